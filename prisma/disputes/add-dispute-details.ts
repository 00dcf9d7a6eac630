import type { PrismaClient } from '../generated/client.ts';
import { amendOpenProposal } from '../proposals/amend-open-proposal.ts';

/**
 * What the debtor told the chat about a dispute (what is wrong, which lines), added to the
 * disputes the hand-off opened for their message (or, before the hand-off was carried out, to
 * its proposal, whose rationale becomes the dispute's summary). The amount never changes here:
 * only sales does that, through a credit note.
 */
export async function addDisputeDetails({
  prisma,
  proposalId,
  details,
}: {
  prisma: PrismaClient;
  proposalId: string;
  details: string;
}): Promise<{ disputes: number; proposalAmended: boolean }> {
  return prisma.$transaction(async (tx) => {
    const proposal = await tx.proposal.findUnique({ where: { id: proposalId } });
    if (!proposal) return { disputes: 0, proposalAmended: false };
    const line = `\nDebtor in the chat: ${details}`;
    const amended = await amendOpenProposal({
      tx,
      id: proposalId,
      rationale: `${proposal.rationale}${line}`,
    });
    const disputes = proposal.messageId
      ? await tx.$executeRaw`
          UPDATE dispute SET summary = summary || ${line}, updated_at = now()
          WHERE message_id = ${proposal.messageId}::uuid AND status IN ('open', 'taken')`
      : 0;
    await tx.auditEvent.create({
      data: {
        actor: 'debtor:chat',
        type: 'dispute.details_added',
        entityType: 'proposal',
        entityId: proposalId,
        data: { details, disputes, proposalAmended: amended },
      },
    });
    return { disputes, proposalAmended: amended };
  });
}
