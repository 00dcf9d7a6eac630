import type { SalesDispute, SalesHandoff, SalesView } from '../../../domain/disputes/sales-dispute.ts';
import { escapeHtml } from '../escape-html.ts';
import type { PageLanguage } from '../page-strings.ts';
import { consoleFormats } from './console-formats.ts';
import { CONSOLE_SALES_STRINGS } from './console-sales-strings.ts';
import { renderConsoleSection } from './render-console-section.ts';
import { renderConsoleShell } from './render-console-shell.ts';

/** What the last action stored, read back from the database (never from the query string alone). */
export type SalesNotice =
  | { readonly code: 'taken'; readonly count: number }
  | { readonly code: 'already'; readonly status: string }
  | { readonly code: 'already_handoff' | 'gone' | 'invalid' }
  | { readonly code: 'invalid_amount'; readonly openCents: number }
  | { readonly code: 'escalated' }
  | { readonly code: 'handed_back'; readonly owner: string }
  | {
      readonly code: 'resolved';
      readonly status: 'credited' | 'corrected' | 'resolved_stands';
      readonly invoiceNumber: string;
      readonly creditCents: number;
      readonly openCents: number;
      readonly correctedInvoiceNumber: string | null;
      readonly note: string | null;
      /** Another dispute on the invoice is still open, so dunning stays paused. */
      readonly stillPaused: boolean;
    };

/**
 * The sales view: disputes assigned to the signed-in person, those nobody owns, and hand-offs not
 * opened yet; each with the debtor's words and what is disputed, and (for sales) the forms that
 * take, settle or escalate it; then the disputes escalated to finance, with (for finance) the forms
 * that hand one back to sales or settle it. Everything from the database is escaped.
 */
export function renderSalesPage({
  language,
  companyName,
  view,
  canResolve,
  canSettleEscalated,
  signedIn,
  notice,
}: {
  language: PageLanguage;
  companyName: string;
  view: SalesView;
  canResolve: boolean;
  /** Finance: hand an escalated dispute back to sales, or settle it. */
  canSettleEscalated: boolean;
  signedIn: { readonly name: string; readonly email: string; readonly csrf: string };
  notice: SalesNotice | null;
}): string {
  const t = CONSOLE_SALES_STRINGS[language];
  const f = consoleFormats(language);
  const e = escapeHtml;
  const csrf = `<input type="hidden" name="csrf" value="${e(signedIn.csrf)}">`;
  const invoiceLine = (invoice: SalesDispute['invoice']) =>
    `<dt>${e(t.invoice)}</dt><dd><strong>${e(invoice.number)}</strong>: ${e(t.amount)} ${e(f.eur(invoice.amountCents))} · ${e(t.open)} <strong>${e(f.eur(invoice.openCents))}</strong> · ${e(t.due)} ${e(f.day(invoice.dueDate))}</dd>`;
  const words = (text: string) =>
    text.trim()
      ? `<dt>${e(t.theirWords)}</dt><dd><blockquote class="plain">${e(text.trim().slice(0, 4000))}</blockquote></dd>`
      : '';
  const heading = (debtor: SalesDispute['debtor']) =>
    `<h3><a href="/console/debtors/${e(debtor.id)}">${e(debtor.name)}</a> <span class="muted">${e(debtor.reference)}</span></h3>`;

  const resolveForms = (d: SalesDispute, verb: 'resolve' | 'settle') => {
    const id = e(d.id);
    const action = `/console/disputes/${id}/${verb}`;
    const field = (name: string, key: string, label: string, attrs: string) =>
      `<label for="${key}-${id}">${e(label)}</label><input id="${key}-${id}" name="${name}" ${attrs}>`;
    const note = (key: string) => field('note', key, t.note, 'type="text" maxlength="1000"');
    return `<div class="resolve">
<form method="post" action="${action}" class="stack">${csrf}<input type="hidden" name="outcome" value="credited"><h4>${e(t.creditTitle)}</h4>${field('amount', 'amount', t.creditAmount, `type="text" inputmode="decimal" required maxlength="20" pattern="[0-9]+([.,][0-9]{1,2})?" placeholder="${e((d.invoice.openCents / 100).toFixed(2))}"`)}${note('credit-note')}<button type="submit" class="primary">${e(t.creditButton)}</button></form>
<form method="post" action="${action}" class="stack">${csrf}<input type="hidden" name="outcome" value="corrected"><h4>${e(t.correctedTitle)}</h4>${field('invoiceNumber', 'corrected', t.correctedNumber, 'type="text" required maxlength="80"')}${note('corrected-note')}<button type="submit">${e(t.correctedButton)}</button></form>
<form method="post" action="${action}" class="stack">${csrf}<input type="hidden" name="outcome" value="rejected"><h4>${e(t.rejectTitle)}</h4><label for="reason-${id}">${e(t.rejectReason)}</label><textarea id="reason-${id}" name="note" required minlength="3" maxlength="1000" rows="2"></textarea><button type="submit">${e(t.rejectButton)}</button></form>
</div>`;
  };
  const disputeCard = (d: SalesDispute) => {
    const status = `${t.statuses[d.status] ?? d.status}${d.owner ? ` · ${t.owner(d.owner)}` : ''}`;
    const take =
      canResolve && d.status === 'open'
        ? `<form method="post" action="/console/disputes/${e(d.id)}/take" class="decide">${csrf}<button type="submit">${e(t.take)}</button></form>`
        : '';
    const note = (key: string, label: string) =>
      `<label for="${key}-${e(d.id)}">${e(label)}</label><input id="${key}-${e(d.id)}" name="note" type="text" maxlength="1000">`;
    const escalated = d.status === 'escalated';
    const escalate =
      canResolve && !escalated
        ? `<form method="post" action="/console/disputes/${e(d.id)}/escalate" class="stack">${csrf}<h4>${e(t.escalateTitle)}</h4>${note('escalate-note', t.escalateNote)}<button type="submit">${e(t.escalateButton)}</button></form>`
        : '';
    const forms = escalated
      ? canSettleEscalated
        ? `<form method="post" action="/console/disputes/${e(d.id)}/hand-back" class="stack">${csrf}<h4>${e(t.handBackTitle)}</h4>${note('hand-back-note', t.handBackNote)}<button type="submit" class="primary">${e(t.handBackButton)}</button></form>${resolveForms(d, 'settle')}`
        : ''
      : canResolve
        ? resolveForms(d, 'resolve')
        : '';
    const reason = d.note ? `<dt>${e(t.note)}</dt><dd>${e(d.note)}</dd>` : '';
    return `<article class="item" id="d-${e(d.id)}"><header>${heading(d.debtor)}<p class="what">${e(d.invoice.number)} · <strong>${e(f.eur(d.invoice.openCents))}</strong></p></header>
<dl>${invoiceLine(d.invoice)}<dt>${e(t.summary)}</dt><dd>${e(d.summary)}</dd>${words(d.debtorWords)}<dt>${e(t.status)}</dt><dd>${e(status)}</dd>${reason}<dt>${e(t.opened)}</dt><dd>${e(f.instant(d.openedAt))}</dd></dl>
${take}${forms}${escalate}</article>`;
  };
  const handoffCard = (h: SalesHandoff) => {
    const take = canResolve
      ? `<form method="post" action="/console/handoffs/${e(h.proposalId)}/take" class="decide">${csrf}<button type="submit" class="primary">${e(t.takeHandoff)}</button></form>`
      : '';
    return `<article class="item" id="h-${e(h.proposalId)}"><header>${heading(h.debtor)}</header>
<dl>${h.invoices.map(invoiceLine).join('')}<dt>${e(t.summary)}</dt><dd>${e(h.rationale)}</dd>${words(h.debtorWords)}<dt>${e(t.opened)}</dt><dd>${e(f.instant(h.proposedAt))}</dd></dl>${take}</article>`;
  };
  const list = <T>(items: readonly T[], card: (item: T) => string) =>
    items.length === 0 ? `<p class="muted">${e(t.nothing)}</p>` : items.map(card).join('\n');

  const body = `<h1>${e(t.title)} <span class="count">${view.mine.length}</span></h1>
<p class="muted">${e(t.intro)}</p>
${notice ? renderNotice(notice, language) : ''}
${canResolve ? '' : `<p class="muted">${e(t.readOnly)}</p>`}
${renderConsoleSection('mine', t.mine, list(view.mine, disputeCard))}
${renderConsoleSection('handoffs', t.handoffs, list(view.handoffs, handoffCard))}
${renderConsoleSection('unassigned', t.unassigned, list(view.unassigned, disputeCard))}
${renderConsoleSection('escalated', `${t.escalated} (${view.escalated.length})`, `<p class="muted">${e(t.escalatedIntro)}</p>${list(view.escalated, disputeCard)}`)}`;
  return renderConsoleShell({
    language,
    title: t.title,
    companyName,
    path: '/console/sales',
    signedIn,
    body,
  });
}

function renderNotice(notice: SalesNotice, language: PageLanguage): string {
  const n = CONSOLE_SALES_STRINGS[language].notices;
  const f = consoleFormats(language);
  const ok = (text: string) => `<p class="notice ok" role="status">${escapeHtml(text)}</p>`;
  const error = (text: string) => `<p class="notice error" role="alert">${escapeHtml(text)}</p>`;
  switch (notice.code) {
    case 'taken':
      return ok(n.taken(notice.count));
    case 'already':
      return ok(n.already(notice.status.replace('_', ' ')));
    case 'already_handoff':
      return ok(n.alreadyHandoff);
    case 'gone':
      return error(n.gone);
    case 'invalid':
      return error(n.invalid);
    case 'invalid_amount':
      return error(n.invalidAmount(f.eur(notice.openCents)));
    case 'escalated':
      return ok(n.escalated);
    case 'handed_back':
      return ok(n.handedBack(notice.owner));
    case 'resolved': {
      const lines = [
        notice.status === 'credited'
          ? n.credited(
              notice.invoiceNumber,
              f.eur(notice.creditCents),
              f.eur(notice.openCents),
              notice.openCents > 0,
            )
          : notice.status === 'corrected'
            ? n.corrected(notice.invoiceNumber, notice.correctedInvoiceNumber ?? '')
            : n.rejected(notice.invoiceNumber, f.eur(notice.openCents)),
        notice.stillPaused && notice.openCents > 0 ? n.stillPaused : '',
        notice.note ? n.reason(notice.note) : '',
      ].filter(Boolean);
      return `<div class="notice ok" role="status">${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</div>`;
    }
  }
}
