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
 * Which of a new statement's entries (its identities, in order) were already imported from another
 * statement. Each earlier entry answers for one entry only: when the day-end statement has two
 * equal transfers and the intraday report had one, one of the two is new. References are matched
 * for the whole statement before content is, so an entry the bank names by its reference is never
 * taken as new because an equal-looking entry listed before it claimed its earlier sighting.
 * Entries of one statement are never compared with each other: a statement lists each transaction
 * once, so equal entries there are separate money.
 */
export function recognizeBankTransactions({
  identities,
  earlier,
}: {
  identities: readonly BankTransactionIdentity[];
  earlier: readonly EarlierBankEntry[];
}): Recognition[] {
  const claimed = new Set<string>();
  const claim = (find: (e: EarlierBankEntry) => boolean): EarlierBankEntry | undefined => {
    const found = earlier.find((e) => !claimed.has(e.id) && find(e));
    if (found) claimed.add(found.id);
    return found;
  };
  const result: Recognition[] = identities.map((identity) => {
    const { referenceKey, endToEndKey } = identity;
    const byReference = referenceKey ? claim((e) => e.referenceKey === referenceKey) : undefined;
    if (byReference) return { kind: 'same', by: 'bank_reference', earlier: byReference };
    const byEndToEnd = endToEndKey ? claim((e) => e.endToEndKey === endToEndKey) : undefined;
    if (byEndToEnd) return { kind: 'same', by: 'end_to_end_id', earlier: byEndToEnd };
    return { kind: 'new' };
  });
  return result.map((recognition, i) => {
    if (recognition.kind !== 'new') return recognition;
    const identity = identities[i]!;
    const alike = claim((e) => e.contentKey === identity.contentKey && !toldApart(identity, e));
    return alike ? { kind: 'likely', earlier: alike } : recognition;
  });
}

/**
 * Two different end-to-end ids are two transfers: the payer sets the id and SEPA carries it
 * unchanged into every report. Two different bank references are not proof: a bank need not use
 * the same reference in its MT940 as in its CAMT.053, nor in an intraday report as at day end,
 * and taking them for two transfers would count money twice; a person looks instead.
 */
function toldApart(a: BankTransactionIdentity, b: BankTransactionIdentity): boolean {
  return a.endToEndKey !== null && b.endToEndKey !== null;
}
