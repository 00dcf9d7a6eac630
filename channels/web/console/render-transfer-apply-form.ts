import type { BankEntryReview } from '../../../domain/payments/payment-review.ts';
import { escapeHtml } from '../escape-html.ts';
import type { PageLanguage } from '../page-strings.ts';
import { consoleFormats } from './console-formats.ts';
import { CONSOLE_PAYMENT_REVIEW_STRINGS } from './console-payment-review-strings.ts';

/** Why an apply form came back (422), with what the person had picked and typed. */
export interface TransferApplyState {
  readonly entryId: string;
  readonly pick: string;
  readonly invoice: string;
  readonly anyway: boolean;
  readonly error:
    | { readonly code: 'missing' }
    | { readonly code: 'duplicate'; readonly statementId: string; readonly sourceFile: string }
    | { readonly code: 'refused'; readonly why: string };
}

/**
 * A bank transfer's "apply to an invoice" form on the triage page (finance's): the matcher's
 * candidates as radio buttons, or an invoice number typed; a likely repeat also asks "apply it
 * anyway", as Slack's form. Sent back with an error, it keeps what was picked and typed and shows
 * the error beside its field.
 */
export function renderTransferApplyForm({
  language,
  entry,
  csrf,
  state,
}: {
  language: PageLanguage;
  entry: BankEntryReview;
  csrf: string;
  state: TransferApplyState | null;
}): string {
  const t = CONSOLE_PAYMENT_REVIEW_STRINGS[language];
  const f = consoleFormats(language);
  const e = escapeHtml;
  if (!entry.transferId) return `<p class="muted">${e(t.notPlaceable)}</p>`;
  const id = e(entry.id);
  const error = state?.error ?? null;
  const message = !error
    ? ''
    : error.code === 'missing'
      ? t.errors.missing
      : error.code === 'duplicate'
        ? t.errors.duplicate(error.statementId, error.sourceFile)
        : t.errors.refused(error.why);
  const field = error?.code === 'duplicate' ? 'anyway' : 'invoice';
  const errorOf = (name: string) =>
    error && field === name ? `<p class="field-error" id="pa-${id}-${name}-error">${e(message)}</p>` : '';
  const aria = (name: string) =>
    error && field === name ? ` aria-invalid="true" aria-describedby="pa-${id}-${name}-error"` : '';
  const choices = entry.candidates
    .map(
      (c, index) =>
        `<li><input type="radio" name="pick" id="pa-${id}-${index}" value="${e(c.number)}"${state?.pick === c.number ? ' checked' : ''}><label for="pa-${id}-${index}">${e(c.number)} · ${e(c.debtorName)} · ${e(t.open(f.eur(c.openCents)))} <span class="muted">${e(c.why)}</span></label></li>`,
    )
    .join('');
  const picker = choices
    ? `<fieldset><legend>${e(t.candidates)}</legend><ul class="results">${choices}</ul></fieldset>`
    : '';
  const anyway = entry.likelyRepeat
    ? `<p class="muted">${e(t.likelyRepeat)}</p>${errorOf('anyway')}<p><input type="checkbox" name="anyway" value="1" id="pa-${id}-anyway"${state?.anyway ? ' checked' : ''}${aria('anyway')}><label for="pa-${id}-anyway">${e(t.anyway)}</label></p>`
    : '';
  return `<form method="post" action="/console/payments/${id}/apply" class="stack"><input type="hidden" name="csrf" value="${e(csrf)}"><h4>${e(t.title)}</h4>${picker}<label for="pa-${id}-invoice">${e(choices ? t.invoice : t.invoiceOnly)}</label>${errorOf('invoice')}<input id="pa-${id}-invoice" name="invoice" type="text" maxlength="100" value="${e(state?.invoice ?? '')}"${aria('invoice')}>${anyway}<button type="submit" class="primary">${e(t.apply)}</button></form>`;
}
