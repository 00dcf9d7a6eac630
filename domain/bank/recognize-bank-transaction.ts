import type { BankTransactionIdentity } from './identify-bank-transaction.ts';

/** An entry stored from another statement of the same account, as the importer finds it. */
export interface EarlierBankEntry extends BankTransactionIdentity {
  readonly id: string;
  readonly statementId: string;
  readonly sourceFile: string;
}

export type Recognition =
  | { readonly kind: 'new' }
  /** The bank or the payer says it is the same transaction: nothing more is done with it. */
  | {
      readonly kind: 'same';
      readonly by: 'bank_reference' | 'end_to_end_id';
      readonly earlier: EarlierBankEntry;
    }
  /** Equal content and nothing that tells them apart: a person decides. */
  | { readonly kind: 'likely'; readonly earlier: EarlierBankEntry };

/**
 * Whether an entry of a new statement is one already imported from another statement. Each earlier
 * entry answers for one entry only (`claimed` holds those already taken in this statement): when
 * the day-end statement has two equal transfers and the intraday report had one, one of the two is
 * new. Entries of one statement are never compared with each other: the bank lists each transaction
 * once per statement, so equal entries there are separate money.
 */
export function recognizeBankTransaction({
  identity,
  earlier,
  claimed,
}: {
  identity: BankTransactionIdentity;
  earlier: readonly EarlierBankEntry[];
  claimed: ReadonlySet<string>;
}): Recognition {
  const open = earlier.filter((e) => !claimed.has(e.id));
  const byReference = identity.referenceKey && open.find((e) => e.referenceKey === identity.referenceKey);
  if (byReference) return { kind: 'same', by: 'bank_reference', earlier: byReference };
  const byEndToEnd = identity.endToEndKey && open.find((e) => e.endToEndKey === identity.endToEndKey);
  if (byEndToEnd) return { kind: 'same', by: 'end_to_end_id', earlier: byEndToEnd };
  const alike = open.find((e) => e.contentKey === identity.contentKey && !toldApart(identity, e));
  return alike ? { kind: 'likely', earlier: alike } : { kind: 'new' };
}

/**
 * Two different references in the same format, or two different end-to-end ids, are two
 * transactions. A bank need not use the same reference in its MT940 as in its CAMT.053, so across
 * formats different bank references prove nothing.
 */
function toldApart(a: BankTransactionIdentity, b: BankTransactionIdentity): boolean {
  if (a.endToEndKey && b.endToEndKey) return true;
  return a.format === b.format && a.referenceKey !== null && b.referenceKey !== null;
}
