import type { BankStatement } from '../../domain/bank/bank-statement.ts';
import type { BankTransactionIdentity } from '../../domain/bank/identify-bank-transaction.ts';
import type { EarlierBankEntry } from '../../domain/bank/recognize-bank-transactions.ts';
import type { Prisma } from '../generated/client.ts';

/**
 * The entries of this account's other statements that share a key with any of a statement's
 * entries, in one query per statement. Only first sightings count (duplicate_of is null): an entry
 * recognised as a repeat points at its first sighting and answers for nothing itself.
 */
export async function loadEarlierBankEntries({
  tx,
  account,
  statementId,
  identities,
}: {
  tx: Prisma.TransactionClient;
  account: string;
  statementId: string;
  identities: readonly BankTransactionIdentity[];
}): Promise<EarlierBankEntry[]> {
  if (identities.length === 0) return [];
  const keys = (pick: (identity: BankTransactionIdentity) => string | null) => [
    ...new Set(identities.flatMap((identity) => pick(identity) ?? [])),
  ];
  const referenceKeys = keys((i) => i.referenceKey);
  const endToEndKeys = keys((i) => i.endToEndKey);
  const rows = await tx.bankEntry.findMany({
    where: {
      account,
      statementId: { not: statementId },
      duplicateOf: null,
      OR: [
        { contentKey: { in: keys((i) => i.contentKey) } },
        ...(referenceKeys.length ? [{ referenceKey: { in: referenceKeys } }] : []),
        ...(endToEndKeys.length ? [{ endToEndKey: { in: endToEndKeys } }] : []),
      ],
    },
    select: {
      id: true,
      format: true,
      statementId: true,
      sourceFile: true,
      referenceKey: true,
      endToEndKey: true,
      contentKey: true,
    },
    // The first sighting first: an earlier entry is claimed in the order the money arrived.
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map((row) => ({
    id: row.id,
    format: row.format as BankStatement['format'],
    statementId: row.statementId,
    sourceFile: row.sourceFile,
    referenceKey: row.referenceKey,
    endToEndKey: row.endToEndKey,
    contentKey: row.contentKey ?? '',
  }));
}
