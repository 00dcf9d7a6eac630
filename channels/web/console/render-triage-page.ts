import type { BankEntryReview, PaymentReview } from '../../../domain/payments/payment-review.ts';
import { REASON_CODES } from '../../../domain/reasons.ts';
import {
  DISMISS_KINDS,
  type DismissKind,
  type UnmatchedMail,
} from '../../../domain/triage/unmatched-mail.ts';
import { escapeHtml } from '../escape-html.ts';
import type { PageLanguage } from '../page-strings.ts';
import { consoleFormats } from './console-formats.ts';
import { CONSOLE_PAYMENT_REVIEW_STRINGS } from './console-payment-review-strings.ts';
import { CONSOLE_STRINGS } from './console-strings.ts';
import { CONSOLE_TRIAGE_STRINGS } from './console-triage-strings.ts';
import { renderConsoleSection } from './render-console-section.ts';
import { renderConsoleShell } from './render-console-shell.ts';
import { renderTransferApplyForm, type TransferApplyState } from './render-transfer-apply-form.ts';

/** What the last action stored, read back from the database (never from the query string alone). */
export type TriageNotice =
  | {
      readonly code: 'assigned';
      readonly debtorName: string;
      /** The proposal the policy made from the person's reason (its action), or null when none. */
      readonly action: string | null;
      /** The sender's address when it is a contact of the debtor now. */
      readonly contact: string | null;
    }
  | { readonly code: 'dismissed'; readonly kind: DismissKind; readonly reason: string }
  | { readonly code: 'already' | 'gone' | 'invalid' | 'transfer_already' }
  /** A bank transfer finance applied to an invoice: the invoice and what it still has open. */
  | {
      readonly code: 'applied';
      readonly invoiceNumber: string;
      readonly openCents: number;
      /** Why part of it still waits (paid beyond the open amount), or null. */
      readonly left: string | null;
    };

/** The debtors found for one mail's search, shown as its assign form's choices. */
export interface TriageSearch {
  readonly messageId: string;
  readonly query: string;
  readonly matches: readonly { readonly id: string; readonly name: string; readonly reference: string }[];
}

/**
 * The triage page: mail that matched no debtor (sender, subject, when, the extracted reply, a
 * link to the original) with, for finance, a debtor search, the assign form (debtor, reason,
 * add the sender as contact) and the set-aside form; then payments waiting for review. No script:
 * the search is a GET form whose results come back as the assign form's radio buttons.
 */
export function renderTriagePage({
  language,
  companyName,
  mail,
  totalMail,
  payments,
  search,
  canDecide,
  signedIn,
  notice,
  applyState = null,
}: {
  language: PageLanguage;
  companyName: string;
  mail: readonly UnmatchedMail[];
  totalMail: number;
  payments: { readonly provider: readonly PaymentReview[]; readonly bank: readonly BankEntryReview[] };
  search: TriageSearch | null;
  canDecide: boolean;
  signedIn: { readonly name: string; readonly email: string; readonly csrf: string };
  notice: TriageNotice | null;
  /** A transfer's apply form sent back with an error (422). */
  applyState?: TransferApplyState | null;
}): string {
  const t = CONSOLE_TRIAGE_STRINGS[language];
  const reasons = CONSOLE_STRINGS[language].reasons;
  const f = consoleFormats(language);
  const e = escapeHtml;
  const csrf = `<input type="hidden" name="csrf" value="${e(signedIn.csrf)}">`;

  const assignForm = (m: UnmatchedMail) => {
    const id = e(m.id);
    const found = search?.messageId === m.id ? search : null;
    const finder = `<form method="get" action="/console/triage#m-${id}" class="inline-form" role="search"><input type="hidden" name="for" value="${id}"><label for="q-${id}">${e(t.find)}</label><input id="q-${id}" name="q" type="search" maxlength="100" required value="${e(found?.query ?? '')}"><button type="submit">${e(t.findButton)}</button></form>`;
    const section = (content: string) =>
      `<div class="stack"><h4>${e(t.findTitle)}</h4>${finder}${content}</div>`;
    if (!found) return section('');
    if (found.matches.length === 0) return section(`<p class="muted">${e(t.noMatches)}</p>`);
    const choices = found.matches
      .map(
        (d, index) =>
          `<li><input type="radio" name="debtor" id="d-${id}-${index}" value="${e(d.id)}" required${found.matches.length === 1 ? ' checked' : ''}><label for="d-${id}-${index}">${e(d.name)} <span class="muted">${e(d.reference)}</span></label></li>`,
      )
      .join('');
    const options = REASON_CODES.map(
      (code) =>
        `<option value="${code}"${code === m.suggestedReason ? ' selected' : ''}>${e(reasons[code] ?? code)}</option>`,
    ).join('');
    const contact = m.from
      ? `<p><input type="checkbox" name="contact" value="1" id="c-${id}"><label for="c-${id}">${e(t.addContact(m.from))}</label></p>`
      : '';
    return section(
      `<form method="post" action="/console/triage/${id}/assign" class="stack">${csrf}<fieldset><legend>${e(t.debtor)}</legend><ul class="results">${choices}</ul></fieldset><label for="r-${id}">${e(t.reason)}</label><select id="r-${id}" name="reason">${options}</select>${contact}<button type="submit" class="primary">${e(t.assign)}</button></form>`,
    );
  };
  const dismissForm = (m: UnmatchedMail) => {
    const id = e(m.id);
    const kinds = DISMISS_KINDS.map(
      (kind) => `<option value="${kind}">${e(t.kinds[kind] ?? kind)}</option>`,
    ).join('');
    return `<form method="post" action="/console/triage/${id}/dismiss" class="stack">${csrf}<h4>${e(t.dismissTitle)}</h4><label for="k-${id}">${e(t.dismissKind)}</label><select id="k-${id}" name="kind">${kinds}</select><label for="why-${id}">${e(t.dismissReason)}</label><input id="why-${id}" name="reason" type="text" required minlength="3" maxlength="500"><button type="submit">${e(t.dismiss)}</button></form>`;
  };
  const mailCard = (m: UnmatchedMail) => {
    const suggested = m.suggestedReason
      ? `${reasons[m.suggestedReason] ?? m.suggestedReason} (${Math.round(m.confidence * 100)}%)`
      : t.suggestedNothing;
    return `<article class="item" id="m-${e(m.id)}"><header><h3>${e(m.subject ?? t.noSubject)}</h3><p class="what">${e(m.from ?? '?')}</p></header>
<dl><dt>${e(t.from)}</dt><dd>${e(m.from ?? '?')}</dd><dt>${e(t.received)}</dt><dd>${e(f.instant(m.receivedAt))}</dd><dt>${e(t.suggested)}</dt><dd>${e(suggested)}</dd><dt>${e(t.reply)}</dt><dd><blockquote class="plain">${e(m.reply.trim())}</blockquote></dd></dl>
<p><a href="/console/triage/${e(m.id)}">${e(t.original)}</a></p>
${canDecide ? `<div class="resolve triage">${assignForm(m)}${dismissForm(m)}</div>` : ''}</article>`;
  };
  const money = (cents: number, currency: string) =>
    currency === 'EUR' ? f.eur(cents) : `${(cents / 100).toFixed(2)} ${currency}`;
  const providerCard = (p: PaymentReview) =>
    `<article class="item" id="p-${e(p.id)}"><header><h3>${e(t.providerPayment)} ${e(p.provider)} ${e(p.id)}</h3><p class="what"><strong>${e(money(p.amountCents, p.currency))}</strong></p></header>
<dl><dt>${e(t.invoice)}</dt><dd>${p.invoice ? `${e(p.invoice.number)} · ${e(p.invoice.debtorName)} <span class="muted">${e(p.invoice.debtorReference)}</span> · ${e(f.eur(p.invoice.openCents))}` : e(t.noInvoice)}</dd><dt>${e(t.why)}</dt><dd>${e(p.reason)}</dd></dl><p class="muted">${e(t.booked[p.booked] ?? '')}</p></article>`;
  const bankCard = (b: BankEntryReview) =>
    `<article class="item" id="b-${e(b.id)}"><header><h3>${e(t.bankEntry)} ${e(f.day(b.bookingDate))}</h3><p class="what"><strong>${e(money(b.amountCents, b.currency))}</strong></p></header>
<dl><dt>${e(t.counterparty)}</dt><dd>${e(b.counterpartyName ?? '?')}</dd><dt>${e(t.remittance)}</dt><dd>${e(b.remittance)}</dd><dt>${e(t.why)}</dt><dd>${e(b.reason)}</dd><dt>${e(t.file)}</dt><dd>${e(b.sourceFile)}</dd></dl>${
      canDecide
        ? renderTransferApplyForm({
            language,
            entry: b,
            csrf: signedIn.csrf,
            state: applyState?.entryId === b.id ? applyState : null,
          })
        : ''
    }</article>`;
  const nothing = `<p class="muted">${e(t.nothing)}</p>`;
  const paymentCount = payments.provider.length + payments.bank.length;
  const body = `<h1>${e(t.title)} <span class="count">${totalMail + paymentCount}</span></h1>
<p class="muted">${e(t.intro)}</p>
${notice ? renderNotice(notice, language) : ''}
${canDecide ? '' : `<p class="muted">${e(t.readOnly)}</p>`}
${renderConsoleSection(
  'mail',
  `${t.mailTitle} (${totalMail})`,
  `<p class="muted">${e(t.mailIntro)}</p>${totalMail > mail.length ? `<p class="muted">${e(t.more(mail.length, totalMail))}</p>` : ''}${mail.length === 0 ? nothing : mail.map(mailCard).join('\n')}`,
)}
${renderConsoleSection(
  'payments',
  `${t.paymentsTitle} (${paymentCount})`,
  `<p class="muted">${e(t.paymentsIntro)}</p>${canDecide ? '' : `<p class="muted">${e(CONSOLE_PAYMENT_REVIEW_STRINGS[language].readOnly)}</p>`}${paymentCount === 0 ? nothing : [...payments.provider.map(providerCard), ...payments.bank.map(bankCard)].join('\n')}`,
)}`;
  const query = search
    ? `?for=${encodeURIComponent(search.messageId)}&q=${encodeURIComponent(search.query)}`
    : '';
  return renderConsoleShell({
    language,
    title: t.title,
    companyName,
    path: `/console/triage${query}`,
    signedIn,
    body,
  });
}

function renderNotice(notice: TriageNotice, language: PageLanguage): string {
  const n = CONSOLE_TRIAGE_STRINGS[language].notices;
  const actions = CONSOLE_STRINGS[language].actions;
  const ok = (lines: string[]) =>
    `<div class="notice ok" role="status">${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</div>`;
  const error = (text: string) => `<p class="notice error" role="alert">${escapeHtml(text)}</p>`;
  switch (notice.code) {
    case 'assigned':
      return ok(
        [
          n.assigned(notice.debtorName, notice.action ? (actions[notice.action] ?? notice.action) : '-'),
          notice.contact ? n.contactAdded(notice.contact, notice.debtorName) : '',
        ].filter(Boolean),
      );
    case 'dismissed':
      return ok([n.dismissed(`${CONSOLE_TRIAGE_STRINGS[language].kinds[notice.kind]}: ${notice.reason}`)]);
    case 'already':
      return ok([n.already]);
    case 'gone':
      return error(n.gone);
    case 'invalid':
      return error(n.invalid);
    case 'applied':
      return ok(
        [
          CONSOLE_PAYMENT_REVIEW_STRINGS[language].notices.applied(
            notice.invoiceNumber,
            consoleFormats(language).eur(notice.openCents),
          ),
          notice.left ? CONSOLE_PAYMENT_REVIEW_STRINGS[language].notices.left(notice.left) : '',
        ].filter(Boolean),
      );
    case 'transfer_already':
      return ok([CONSOLE_PAYMENT_REVIEW_STRINGS[language].notices.already]);
  }
}
