import type { IsoDate } from '../model/iso-date.ts';
import { formatEur } from '../policy/format-eur.ts';

/** What the check window searched for a payment a debtor reported, and what it found. */
export interface PaymentCheckSearch {
  /** The debtor's words the check answers (their message), as stored. */
  readonly debtorWords: string | null;
  /** What the debtor said of the payment (the proposal's params). */
  readonly reported: {
    readonly paidOn: IsoDate | null;
    readonly amountCents: number | null;
    readonly reference: string | null;
    readonly iban: string | null;
  };
  readonly invoices: readonly { readonly number: string; readonly openCents: number }[];
  /** The booking dates searched, first and last. */
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** The sources searched and how much each held in that range. */
  readonly bankEntries: number;
  readonly bankAccounts: readonly string[];
  readonly providerPayments: number;
  /** Payments booked on the invoices (any source): a part payment leaves the rest open. */
  readonly received: readonly {
    readonly amountCents: number;
    readonly source: string;
    readonly on: IsoDate;
  }[];
  /** Incoming transfers in the range no invoice took that fit the amount or a reference. */
  readonly candidates: readonly {
    readonly on: IsoDate;
    readonly amountCents: number;
    readonly name: string | null;
    readonly remittance: string;
  }[];
}

/** How much of the debtor's words finance is shown; the message itself is on the timeline. */
const WORDS_SHOWN = 500;

/**
 * The request to finance when the check window ran out without a payment: what the debtor said
 * (their words, quoted as data), what was searched (sources, the date range, the amount and the
 * references looked for) and what was found (part payments and what is still open, transfers
 * that might be it). Pure: the numbers come from the database, read by the caller.
 */
export function describePaymentCheck(search: PaymentCheckSearch): string {
  const numbers = search.invoices.map((invoice) => invoice.number);
  const open = search.invoices.reduce((sum, invoice) => sum + invoice.openCents, 0);
  const amount = search.reported.amountCents ?? open;
  const references = [...numbers, ...(search.reported.reference ? [search.reported.reference] : [])];
  const words = search.debtorWords?.replace(/\s+/gu, ' ').trim() ?? '';
  const quoted =
    words.length === 0
      ? 'The debtor reported the payment without a message on file.'
      : `The debtor said: "${words.length > WORDS_SHOWN ? `${words.slice(0, WORDS_SHOWN)}…` : words}"`;
  const reported = [
    search.reported.paidOn ? `paid on ${search.reported.paidOn}` : null,
    search.reported.amountCents === null ? null : formatEur(search.reported.amountCents),
    search.reported.reference ? `reference "${search.reported.reference}"` : null,
    search.reported.iban ? `from ${search.reported.iban}` : null,
  ].filter((part) => part !== null);
  const sources = [
    `bank statements (${search.bankEntries} ${search.bankEntries === 1 ? 'entry' : 'entries'}${
      search.bankAccounts.length > 0 ? ` on ${search.bankAccounts.join(', ')}` : ''
    })`,
    `payment page payments (${search.providerPayments})`,
    'payments booked on the invoice (bank, payment page, ledger import)',
  ];
  const received = search.received.reduce((sum, payment) => sum + payment.amountCents, 0);
  const found =
    search.received.length === 0
      ? 'No payment was booked on it.'
      : `Booked: ${search.received
          .map((payment) => `${formatEur(payment.amountCents)} (${payment.source}, ${payment.on})`)
          .join(', ')}, ${formatEur(received)} in all; still open ${formatEur(open)}.`;
  const candidates =
    search.candidates.length === 0
      ? 'No unplaced transfer fits the amount or a reference.'
      : `Unplaced transfers that might be it: ${search.candidates
          .map(
            (c) =>
              `${c.on} ${formatEur(c.amountCents)}${c.name ? ` from ${c.name}` : ''} "${c.remittance.slice(0, 80)}"`,
          )
          .join('; ')}.`;
  return [
    `The check window ran out: no payment matching the debtor's report of ${numbers.join(', ')} arrived.`,
    quoted,
    ...(reported.length > 0 ? [`Reported: ${reported.join(', ')}.`] : []),
    `Searched ${search.from} to ${search.to} for ${formatEur(amount)} or ${references.map((r) => `"${r}"`).join(', ')}: ${sources.join('; ')}.`,
    found,
    candidates,
    'Look for the payment, or tell the debtor it has not arrived.',
  ].join('\n');
}
