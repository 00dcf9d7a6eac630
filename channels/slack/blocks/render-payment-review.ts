import { ACTION } from '../action-ids.ts';
import type { KnownBlock } from './block-kit.ts';
import { clip, escapeMrkdwn, eur } from './format-slack.ts';
import type { SlackMessageBody } from './render-approval-request.ts';
import type { PaymentReviewView } from './slack-views.ts';

/** "€1,210.00", or "$100.00" for another currency the provider reported; never throws on a code. */
function amount(cents: number, currency: string): string {
  if (currency === 'EUR') return eur(cents);
  try {
    return new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(cents / 100);
  } catch {
    return `${(cents / 100).toFixed(2)} ${currency}`;
  }
}

/**
 * A payment the provider reported that we did not apply as it came: finance sees what arrived,
 * for which invoice, why it waits, and what was (not) booked. Informational: the fix is made in
 * the provider's dashboard or the ledger; a bank transfer that booked nothing has one button: apply
 * it to an invoice finance names (a likely repeat only when they say so in the form).
 */
export function renderPaymentReview(view: PaymentReviewView): SlackMessageBody {
  const money = amount(view.amountCents, view.currency);
  const invoice = view.invoice
    ? `${escapeMrkdwn(view.invoice.number)} (${escapeMrkdwn(view.invoice.status)}, open ${eur(view.invoice.openCents)})`
    : '_none of ours_';
  const debtor = view.invoice
    ? `${escapeMrkdwn(view.invoice.debtorName)} (${escapeMrkdwn(view.invoice.debtorReference)})`
    : '_unknown_';
  const booked = {
    nothing: 'Nothing was booked: no balance changed.',
    unapplied: 'The money is booked for the debtor but applied to no invoice: decide where it goes.',
    applied: 'The payment is applied to the invoice; what it paid beyond the open amount waits for you.',
  }[view.booked];
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'A payment needs review' } },
    {
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: `*Received*\n${escapeMrkdwn(money)}` },
        { type: 'mrkdwn', text: clip(`*Payment*\n${escapeMrkdwn(`${view.provider} ${view.id}`)}`, 1900) },
        { type: 'mrkdwn', text: clip(`*Invoice*\n${invoice}`, 1900) },
        { type: 'mrkdwn', text: clip(`*Debtor*\n${debtor}`, 1900) },
      ],
    },
    {
      type: 'section',
      text: { type: 'mrkdwn', text: clip(`*Why it waits*\n${escapeMrkdwn(view.reason)}`, 2900) },
    },
    { type: 'context', elements: [{ type: 'mrkdwn', text: booked }] },
  ];
  // A bank transfer that booked nothing can be placed by finance here (decideBankTransferReview).
  if (view.provider === 'bank' && view.booked === 'nothing') {
    blocks.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: ACTION.paymentApply,
          text: { type: 'plain_text', text: 'Apply to an invoice…' },
          value: view.id,
        },
      ],
    });
  }
  return {
    text: clip(
      escapeMrkdwn(`A payment needs review: ${money} (${view.provider} ${view.id}): ${view.reason}`),
      2900,
    ),
    blocks,
  };
}
