import type { DebtorPage, DebtorPageEvent } from '../../../domain/debtors/debtor-page.ts';
import { escapeHtml } from '../escape-html.ts';
import type { PageLanguage } from '../page-strings.ts';
import { CONSOLE_CONTACT_STRINGS } from './console-contact-strings.ts';
import { CONSOLE_DEBTOR_ACTION_STRINGS } from './console-debtor-action-strings.ts';
import { consoleFormats } from './console-formats.ts';
import { CONSOLE_PAGE_STRINGS } from './console-page-strings.ts';
import { renderConsoleSection } from './render-console-section.ts';
import { renderConsoleShell } from './render-console-shell.ts';
import { renderConsoleTable } from './render-console-table.ts';
import { type ContactFormState, renderDebtorContacts } from './render-debtor-contacts.ts';

export type DebtorPageNotice =
  | { readonly code: 'paused'; readonly count: number; readonly until: string }
  | { readonly code: 'nothing_to_pause' | 'invalid_pause' | 'invalid_action' }
  | { readonly code: 'nothing_to_act_on'; readonly action: string }
  /** A button's proposal as stored: its status, and for a hand-off the disputes it opened. */
  | {
      readonly code: 'acted';
      readonly action: string;
      readonly status: string;
      readonly disputes: number;
      readonly again: boolean;
    }
  /** What a contact form did (added, changed, unchanged, deactivated, reactivated). */
  | { readonly code: 'contact'; readonly outcome: string };

const SNIPPET = 400;

/**
 * A debtor's page: the account (open invoices, plans and instalments, promises, disputes,
 * contacts) and the timeline of every channel, each message linking to its original. Finance gets
 * the form that pauses dunning. Everything from the database is escaped; mail is text, never HTML.
 */
export function renderDebtorPage({
  language,
  companyName,
  page,
  canPause,
  canAct = false,
  canManageContacts = false,
  contactForm = null,
  signedIn,
  notice,
}: {
  language: PageLanguage;
  companyName: string;
  page: DebtorPage;
  canPause: boolean;
  /** Finance: resend the invoice, send a payment link, hand to sales. */
  canAct?: boolean;
  /** Finance and admin: add, change, deactivate contacts. */
  canManageContacts?: boolean;
  /** A contact form that came back with errors. */
  contactForm?: ContactFormState | null;
  signedIn: { readonly name: string; readonly email: string; readonly csrf: string };
  notice: DebtorPageNotice | null;
}): string {
  const t = CONSOLE_PAGE_STRINGS[language];
  const f = consoleFormats(language);
  const e = escapeHtml;
  const base = `/console/debtors/${e(page.debtor.id)}`;
  const section = renderConsoleSection;
  const table = (
    label: string,
    headers: readonly string[],
    rows: readonly string[][],
    numeric: readonly number[] = [],
  ) =>
    rows.length === 0
      ? `<p class="muted">${e(t.none)}</p>`
      : renderConsoleTable(label, headers, rows, numeric);

  const invoices = table(
    t.openInvoices,
    [t.invoice, t.amount, t.open, t.due, t.status],
    page.openInvoices.map((invoice) => [
      e(invoice.number),
      e(f.eur(invoice.amountCents)),
      `<strong>${e(f.eur(invoice.openCents))}</strong>`,
      e(f.day(invoice.dueDate)),
      [
        e(invoice.status),
        invoice.stepCode ? `${e(t.step)} ${e(invoice.stepCode)}` : '',
        invoice.pausedUntil ? `<span class="tag">${e(t.pausedUntil(f.day(invoice.pausedUntil)))}</span>` : '',
      ]
        .filter(Boolean)
        .join(' · '),
    ]),
    [1, 2],
  );
  const plans =
    page.plans.length === 0
      ? `<p class="muted">${e(t.none)}</p>`
      : page.plans
          .map(
            (plan) =>
              `<h3>${e(t.planLine(plan.status, f.eur(plan.totalCents)))}${plan.approvedBy ? ` <span class="muted">· ${e(plan.approvedBy)}</span>` : ''}</h3>${table(
                t.plans,
                [t.instalment, t.due, t.amount, t.paid, t.status],
                plan.instalments.map((i) => [
                  String(i.sequence),
                  e(f.day(i.dueDate)),
                  e(f.eur(i.amountCents)),
                  e(f.eur(i.paidCents)),
                  e(i.status),
                ]),
                [2, 3],
              )}`,
          )
          .join('');
  const promises = table(
    t.promises,
    [t.promised, t.amount, t.invoice, t.status],
    page.promises.map((p) => [
      e(f.day(p.promisedDate)),
      p.amountCents === null ? '–' : e(f.eur(p.amountCents)),
      e(p.invoiceNumber ?? '–'),
      e(p.status),
    ]),
    [1],
  );
  const disputes = table(
    t.disputes,
    [t.invoice, t.status, t.owner, t.resolution],
    page.disputes.map((d) => [
      `${e(d.invoiceNumber)}<br><span class="muted">${e(d.summary)}</span>`,
      e(d.status),
      e(d.owner ?? '–'),
      e(d.resolution ?? '–'),
    ]),
  );
  const contacts = renderDebtorContacts({
    language,
    debtorId: page.debtor.id,
    contacts: page.contacts,
    canManage: canManageContacts,
    csrf: signedIn.csrf,
    form: contactForm,
    labels: { none: t.none, primary: t.primary, undeliverable: t.undeliverable },
  });
  const ct = CONSOLE_CONTACT_STRINGS[language];
  const shown = (field: string, value: string | boolean | null) =>
    value === null || value === ''
      ? '–'
      : value === true
        ? ct.yes
        : value === false
          ? ct.no
          : ((field === 'role' ? ct.roles[value] : field === 'language' ? ct.languages[value] : null) ??
            value);

  const event = (entry: DebtorPageEvent): string => {
    const when = `<time datetime="${e(entry.at.toISOString())}">${e(f.instant(entry.at))}</time>`;
    switch (entry.kind) {
      case 'message': {
        const text = entry.text.replace(/\s+/g, ' ').trim();
        const snippet = text.length > SNIPPET ? `${text.slice(0, SNIPPET - 1)}…` : text;
        const meta = [
          e(entry.channel),
          e(entry.direction === 'inbound' ? t.fromDebtor : t.toDebtor),
          entry.template ? e(entry.template) : '',
          e(entry.status),
        ]
          .filter(Boolean)
          .join(' · ');
        return `<li class="event message ${entry.direction}"><p class="meta">${when} · ${meta}</p>${entry.subject ? `<p class="subject">${e(entry.subject)}</p>` : ''}<p class="text">${e(snippet)}</p><p><a href="${base}/messages/${e(entry.messageId)}">${e(t.showOriginal)}</a></p></li>`;
      }
      case 'payment':
        return `<li class="event payment"><p class="meta">${when}</p><p>${e(t.payment(f.eur(entry.amountCents), entry.source))}${entry.invoiceNumber ? ` ${e(t.forInvoice(entry.invoiceNumber))}` : ''}${entry.alsoBookedIn.length ? ` <span class="tag">${e(t.alsoBookedIn(entry.alsoBookedIn.join(', ')))}</span>` : ''}</p></li>`;
      case 'pause':
        return `<li class="event pause"><p class="meta">${when}</p><p>${e(t.pause(f.day(entry.until), entry.invoiceNumber, entry.createdBy))}${entry.liftedAt ? ` <span class="tag">${e(t.lifted)}</span>` : ''}</p><p class="muted">${e(entry.reason)}</p></li>`;
      case 'audit':
        return `<li class="event audit"><p class="meta">${when}</p><p><code>${e(entry.type)}</code> ${e(t.auditBy(entry.actor))}</p>${
          entry.changes.length > 0
            ? `<p class="muted">${entry.changes.map((c) => `${e(ct.fields[c.field] ?? c.field)}: ${e(shown(c.field, c.before))} → ${e(shown(c.field, c.after))}`).join('; ')}</p>`
            : ''
        }</li>`;
    }
  };
  const timeline =
    page.timeline.length === 0
      ? `<p class="muted">${e(t.none)}</p>`
      : `<ol class="timeline">${page.timeline.map(event).join('')}</ol>`;

  const a = CONSOLE_DEBTOR_ACTION_STRINGS[language];
  const noticeHtml = !notice
    ? ''
    : notice.code === 'contact'
      ? `<p class="notice ok" role="status">${e(ct.done[notice.outcome] ?? '')}</p>`
      : notice.code === 'paused'
        ? `<p class="notice ok" role="status">${e(t.paused(notice.count, f.day(notice.until)))}</p>`
        : notice.code === 'acted'
          ? `<p class="notice ok" role="status">${e(a.acted(notice.action, notice.status, notice.disputes, notice.again))}</p>`
          : notice.code === 'nothing_to_act_on'
            ? `<p class="notice" role="status">${e(a.nothingToActOn(notice.action))}</p>`
            : notice.code === 'invalid_action'
              ? `<p class="notice" role="status">${e(a.invalid)}</p>`
              : `<p class="notice" role="status">${e(notice.code === 'nothing_to_pause' ? t.nothingToPause : t.invalidPause)}</p>`;
  const actions = canAct
    ? `<form method="post" action="${base}/act" class="card inline-form" aria-labelledby="act-title"><h2 id="act-title">${e(a.title)}</h2><input type="hidden" name="csrf" value="${e(signedIn.csrf)}">${(['resend_invoice', 'send_payment_link', 'handoff_to_sales'] as const).map((code) => `<button type="submit" name="do" value="${code}">${e(a.buttons[code] ?? code)}</button>`).join('')}</form>`
    : '';
  const pauseForm = canPause
    ? `<form method="post" action="${base}/pause" class="card inline-form" aria-labelledby="pause-title"><h2 id="pause-title">${e(t.pauseTitle)}</h2><input type="hidden" name="csrf" value="${e(signedIn.csrf)}">
<label for="pause-days">${e(t.pauseDays)}</label><input id="pause-days" name="days" type="number" inputmode="numeric" min="1" max="90" value="14" required>
<label for="pause-reason">${e(t.pauseReason)}</label><input id="pause-reason" name="reason" type="text" maxlength="200">
<button type="submit" class="primary">${e(t.pauseButton)}</button></form>`
    : '';
  const body = `<h1>${e(page.debtor.name)} <span class="count">${e(page.debtor.reference)}</span></h1>
<p class="summary">${e(t.openSummary(page.openInvoices.length, f.eur(page.openCents)))}${page.debtor.accountOwner ? ` · ${e(page.debtor.accountOwner)}` : ''}</p>
<p><a href="${base}/letters">${e(language === 'nl' ? 'Brieven per stap van de ladder bekijken' : 'Preview the letters of each ladder step')}</a></p>
${noticeHtml}
${pauseForm}
${actions}
<div class="columns">
<div class="column">
${section('h-invoices', t.openInvoices, invoices)}
${section('h-plans', t.plans, plans)}
${section('h-promises', t.promises, promises)}
${section('h-disputes', t.disputes, disputes)}
${section('h-contacts', t.contacts, contacts)}
</div>
<div class="column">
${section('h-timeline', t.timeline, `<p class="muted">${e(t.timelineIntro)}</p>${timeline}`)}
</div>
</div>`;
  return renderConsoleShell({
    language,
    title: page.debtor.name,
    companyName,
    path: `/console/debtors/${page.debtor.id}`,
    signedIn,
    body,
  });
}
