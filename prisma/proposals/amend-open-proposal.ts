import type { Prisma } from '../generated/client.ts';

/**
 * Rewrites the rationale of a proposal nobody has decided yet (the debtor added details in the
 * chat before the hand-off was carried out), inside the caller's transaction. Conditional on
 * `proposed`, so a decided proposal keeps the words it was decided on. True when it was amended.
 */
export async function amendOpenProposal({
  tx,
  id,
  rationale,
}: {
  tx: Prisma.TransactionClient;
  id: string;
  rationale: string;
}): Promise<boolean> {
  const { count } = await tx.proposal.updateMany({ where: { id, status: 'proposed' }, data: { rationale } });
  return count === 1;
}
