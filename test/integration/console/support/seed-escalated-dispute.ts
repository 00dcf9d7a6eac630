import { moveDispute } from '../../../../prisma/disputes/move-dispute.ts';
import { openDisputesForProposal } from '../../../../prisma/disputes/open-disputes-for-proposal.ts';
import type { Database } from '../../../../prisma/open-database.ts';
import { seedDisputeHandoff } from './seed-dispute.ts';

/** A dispute a sales person took and escalated to finance (as Slack's Escalate button does). */
export async function seedEscalatedDispute(
  db: Database,
  { reference, by = 'sam@acme.example' }: { reference: string; by?: string },
): Promise<{ debtorId: string; invoiceId: string; disputeId: string }> {
  const { debtorId, invoiceId, handoffId } = await seedDisputeHandoff(db, { reference, accountOwner: by });
  const [disputeId] = await openDisputesForProposal({ prisma: db.prisma, proposalId: handoffId });
  if (!disputeId) throw new Error('the hand-off opened no dispute');
  for (const to of ['taken', 'escalated'] as const) {
    const moved = await moveDispute({
      prisma: db.prisma,
      disputeId,
      actor: `console:${by}`,
      userId: by,
      move: { to },
    });
    if (moved.outcome !== 'moved') throw new Error(`the dispute did not move to ${to}`);
  }
  return { debtorId, invoiceId, disputeId };
}
