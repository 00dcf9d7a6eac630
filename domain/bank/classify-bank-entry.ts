import type { BankEntry } from './bank-statement.ts';

/**
 * What an entry is to collections, before matching. Only an incoming payment in euros is
 * matched: a reversal or a return is the bank undoing money, never a payment; a debit is money
 * going out; another currency is reported for a person, never converted on a guess.
 */
export type BankEntryKind = 'payment' | 'debit' | 'reversal' | 'return' | 'foreign';

export function classifyBankEntry(entry: BankEntry): BankEntryKind {
  if (entry.reversal) return 'reversal';
  if (entry.returnCode) return 'return';
  if (entry.direction === 'debit') return 'debit';
  if (entry.currency !== 'EUR') return 'foreign';
  return 'payment';
}
