import type { BankEntry, BankStatement } from './bank-statement.ts';

/**
 * What tells one bank transaction from another across statements. A statement id and an entry
 * reference only hold within one statement: the intraday report and the day-end statement, a
 * re-export of a period, and the MT940 and the CAMT.053 of the same day carry the same money under
 * other statement ids.
 *
 * - referenceKey: the bank's own transaction reference (CAMT AcctSvcrRef, MT940 :61: after "//"),
 *   the servicing bank's id of the booking, which a re-export and the day-end report of an
 *   intraday booking repeat. Equal, it proves the same transaction; different, it proves nothing
 *   (recognizeBankTransactions): a bank may number its MT940 and its CAMT.053 apart.
 * - endToEndKey: the payer's end-to-end id, which travels with the transfer into every format.
 * Both are scoped by account, booking date, sign and amount, so a reference a bank reuses on
 * another day or a payer reuses for another amount is not taken for the same transaction.
 * - contentKey: what is left when a bank gives neither (account, booking and value date, sign,
 *   amount, counterparty account and the remittance text): equal content in another statement
 *   is likely the same money, but two equal transfers on one day are possible, so it only ever
 *   sends an entry to a person, never drops it.
 */
export interface BankTransactionIdentity {
  readonly format: BankStatement['format'];
  readonly referenceKey: string | null;
  readonly endToEndKey: string | null;
  readonly contentKey: string;
}

export function identifyBankTransaction({
  format,
  account,
  entry,
}: {
  format: BankStatement['format'];
  account: string;
  entry: BankEntry;
}): BankTransactionIdentity {
  const sign = `${entry.reversal ? 'R' : ''}${entry.direction === 'credit' ? 'C' : 'D'}`;
  const money = `${account}|${entry.bookingDate}|${sign}|${entry.amountCents}|${entry.currency}`;
  const bankReference = clean(entry.bankReference);
  const endToEndId = clean(entry.endToEndId);
  return {
    format,
    referenceKey: bankReference ? `${money}|${bankReference}` : null,
    endToEndKey: endToEndId ? `${money}|${endToEndId}` : null,
    contentKey: [
      money,
      entry.valueDate ?? '',
      entry.counterpartyIban ?? '',
      // MT940 wraps :86: at 65 characters and CAMT splits Ustrd at 140: compare the text, not its layout.
      [entry.structuredReference ?? '', entry.remittance]
        .join(' ')
        .toUpperCase()
        .replace(/[^A-Z0-9]+/gu, ''),
    ].join('|'),
  };
}

/** NONREF and NOTPROVIDED are what a format writes when there is no reference. */
function clean(value: string | null): string | null {
  const trimmed = value?.trim().toUpperCase();
  return trimmed && trimmed !== 'NONREF' && trimmed !== 'NOTPROVIDED' ? trimmed : null;
}
