import type { InvoiceStatus } from '../../domain/model/invoice.ts';
import { amsterdamDate } from '../../domain/model/iso-date.ts';
import type { InvoiceStanding } from '../../domain/standing/invoice-standing.ts';
import { nextOpenInstalment } from '../../domain/standing/next-open-instalment.ts';
import { escapeHtml } from './escape-html.ts';
import { formatPageAmount, formatPageDate } from './format-page-values.ts';
import { PAGE_STRINGS, type PageLanguage } from './page-strings.ts';
import { renderPageShell } from './render-page-shell.ts';

/** Everything the page shows about one invoice; strings are raw (escaped here). */
export interface PaymentPageView {
  readonly companyName: string;
  readonly debtorName: string;
  readonly invoiceNumber: string;
  readonly poNumber: string | null;
  readonly issueDate: string;
  readonly dueDate: string;
  readonly amountCents: number;
  readonly openCents: number;
  readonly currency: string;
  readonly status: InvoiceStatus;
  readonly contactEmail: string | null;
  readonly iban: string | null;
  /** The plan, dispute and pending request on file for the invoice, shown as they stand. */
  readonly standing: InvoiceStanding;
}

export type CheckoutNotice = 'checking' | 'not_completed' | null;

const SETTLED: readonly InvoiceStatus[] = ['paid', 'credited', 'written_off'];

/**
 * The payment page for one invoice: details, amount due, what is on file (the plan with each
 * instalment, an open dispute, a request waiting for finance), the PDF, a pay button (only when a
 * provider is configured and something is open), bank details when configured, and the chat mount. The link token goes to our script in
 * a data- attribute; the script fetches a chat token with it and starts Web Chat.
 */
export function renderPaymentPage({
  view,
  language,
  token,
  canPayOnline,
  notice,
}: {
  view: PaymentPageView;
  language: PageLanguage;
  token: string;
  canPayOnline: boolean;
  notice: CheckoutNotice;
}): string {
  const t = PAGE_STRINGS[language];
  const e = escapeHtml;
  const amount = (cents: number) => formatPageAmount(cents, view.currency, language);
  const base = `/pay/${encodeURIComponent(token)}`;
  const settled = SETTLED.includes(view.status) || view.openCents <= 0;
  const row = (label: string, value: string, id?: string) =>
    `<div class="row"><dt>${e(label)}</dt><dd${id ? ` id="${id}"` : ''}>${e(value)}</dd></div>`;

  const paid = view.status === 'paid';
  const status = settled
    ? `<section class="status paid" aria-labelledby="paid-title"><h2 id="paid-title">${e(
        paid ? t.paidTitle : t.settledTitle,
      )}</h2><p>${e(paid ? t.paidText : t.settledText)}</p></section>`
    : '';
  const noticeHtml =
    !settled && notice
      ? `<p class="notice" role="status">${e(notice === 'checking' ? t.checking : t.notCompleted)}</p>`
      : '';
  const partly =
    !settled && view.openCents < view.amountCents
      ? `<p class="partly">${e(t.partlyPaid(amount(view.amountCents - view.openCents)))}</p>`
      : '';
  const plan = settled ? null : view.standing.plan;
  const next = plan ? nextOpenInstalment(plan.instalments) : null;
  const day = (iso: string) => formatPageDate(iso, language);
  const planHtml = plan
    ? `<section class="plan" aria-labelledby="plan-title">
<h2 id="plan-title">${e(t.planTitle)}</h2>
<p>${e(t.planIntro(amount(plan.totalCents), plan.agreedAt ? day(amsterdamDate(new Date(plan.agreedAt))) : null))}</p>
<table id="plan-instalments">
<caption class="visually-hidden">${e(t.planCaption)}</caption>
<thead><tr><th scope="col">${e(t.planNumber)}</th><th scope="col">${e(t.planDate)}</th><th scope="col">${e(t.planAmount)}</th><th scope="col">${e(t.planState)}</th></tr></thead>
<tbody>
${plan.instalments
  .map((i) => {
    const state =
      i.status === 'paid' || i.paidCents >= i.amountCents
        ? t.instalmentPaid
        : i.paidCents > 0
          ? t.instalmentPartly(amount(i.paidCents))
          : i.status === 'missed'
            ? t.instalmentMissed
            : t.instalmentDue;
    return `<tr data-status="${e(i.status)}"><td>${i.sequence}</td><td>${e(day(i.dueDate))}</td><td>${e(amount(i.amountCents))}</td><td>${e(state)}</td></tr>`;
  })
  .join('\n')}
</tbody>
</table>
</section>`
    : '';
  const since = (instant: string) => day(amsterdamDate(new Date(instant)));
  const dispute =
    !settled && view.standing.dispute
      ? `<section class="status on-file" id="dispute-on-file" aria-labelledby="dispute-title"><h2 id="dispute-title">${e(t.disputeTitle)}</h2><p>${e(t.disputeText(since(view.standing.dispute.openedAt)))}</p></section>`
      : '';
  const request = settled ? null : view.standing.pendingRequest;
  const pending = request
    ? `<section class="status on-file" id="request-pending" aria-labelledby="pending-title"><h2 id="pending-title">${e(t.pendingTitle)}</h2><p>${e(
        request.instalments ? t.pendingPlanText(since(request.since)) : t.pendingText(since(request.since)),
      )}</p></section>`
    : '';
  // Bank details are shown whenever they are configured: a transfer works with or without a provider.
  const transfer = view.iban
    ? `<p class="iban">${e(plan ? t.bankTransferPlan(view.iban, view.invoiceNumber) : t.bankTransfer(view.iban, view.invoiceNumber))}</p>`
    : canPayOnline
      ? ''
      : `<p class="iban">${e(t.noBankDetails(view.invoiceNumber))}</p>`;
  const pay = settled
    ? ''
    : `${
        canPayOnline
          ? `<form class="pay" method="post" action="${e(`${base}/checkout`)}">
<input type="hidden" name="lang" value="${language}">
<button type="submit" id="pay-button">${e(t.payWithIdeal(amount(view.openCents)))}</button>
<p class="hint">${e(t.payHint)}</p>
</form>`
          : `<p>${e(t.noOnlinePayment)}</p>`
      }${transfer}`;
  const body = `<h1>${e(t.heading(view.invoiceNumber))}</h1>
<p class="debtor">${e(t.greeting(view.debtorName))}</p>
${status}${noticeHtml}${dispute}${pending}
<section class="invoice" aria-labelledby="details-title">
<h2 id="details-title" class="visually-hidden">${e(t.invoiceNumber)}</h2>
<dl>
${row(t.amountDue, amount(settled ? 0 : view.openCents), 'amount-due')}
${next ? row(t.nextDue, t.nextDueValue(amount(next.leftCents), day(next.dueDate)), 'next-due') : ''}
${row(t.dueDate, formatPageDate(view.dueDate, language))}
${row(t.invoiceNumber, view.invoiceNumber)}
${view.poNumber ? row(t.poNumber, view.poNumber) : ''}
${row(t.issueDate, formatPageDate(view.issueDate, language))}
${row(t.invoiceAmount, amount(view.amountCents))}
</dl>
${partly}
${planHtml}
${pay}
<p><a class="pdf" href="${e(`${base}/invoice.pdf?lang=${language}`)}" download>${e(t.downloadPdf)}</a></p>
</section>
<section class="chat" aria-labelledby="chat-title">
<h2 id="chat-title">${e(t.chatHeading)}</h2>
<p>${e(t.chatIntro)}</p>
<p id="webchat-status" class="chat-status" role="status" aria-live="polite">${e(t.chatLoading)}</p>
<div id="webchat" data-token="${e(token)}" data-lang="${language}" data-unavailable="${e(t.chatUnavailable)}"></div>
</section>
${view.contactEmail ? `<p class="contact">${e(t.contact(view.contactEmail))}</p>` : ''}`;
  return renderPageShell({
    language,
    title: t.htmlTitle(view.invoiceNumber),
    companyName: view.companyName,
    body,
    languageHref: (code) => `${base}?lang=${code}`,
    scripts: ['/assets/webchat.js', '/assets/pay-page.js'],
  });
}
