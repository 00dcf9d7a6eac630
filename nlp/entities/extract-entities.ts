import type { Entities } from '../../domain/messages/understanding.ts';
import type { Language } from '../../domain/reasons.ts';
import { extractAmounts } from './extract-amounts.ts';
import { extractDates } from './extract-dates.ts';
import { extractIbans } from './extract-ibans.ts';
import { extractInstalments } from './extract-instalments.ts';
import { extractInvoiceNumbers } from './extract-invoice-numbers.ts';
import { extractPoNumbers } from './extract-po-numbers.ts';
import { shortenLongRuns } from './shorten-long-runs.ts';

/**
 * Everything we pick out of a reply: amounts in cents, dates as Amsterdam calendar days (relative
 * ones resolved against receivedAt, default now), invoice and PO numbers, valid IBANs and proposed
 * instalment plans. Run it on the extracted reply, not on the whole mail, so that the amounts and
 * numbers of our own quoted reminder are not reported as the debtor's. Long runs of one kind of
 * character are shortened first (shortenLongRuns): a sender can write them to make each rule cost
 * the square of their length.
 */
export function extractEntities(
  written: string,
  options: { receivedAt?: Date; language?: Language } = {},
): Entities {
  const text = shortenLongRuns(written);
  const poNumbers = extractPoNumbers(text);
  const ibans = new Set(extractIbans(text));
  // A PO number or an IBAN is not also an invoice number.
  const invoiceNumbers = extractInvoiceNumbers(text).filter(
    (number) => !poNumbers.includes(number) && !ibans.has(number),
  );
  return {
    amounts: extractAmounts(text),
    dates: extractDates(text, options),
    invoiceNumbers,
    poNumbers,
    ibans: [...ibans],
    instalments: extractInstalments(text),
  };
}
