import { parseProposedStep } from '../../domain/proposals/parse-proposed-step.ts';
import type { Prisma, PrismaClient } from '../generated/client.ts';
import { moveProposals } from '../proposals/move-proposals.ts';

/**
 * Carries out a hand-off proposal: one open dispute per invoice concerned, each invoice marked
 * disputed (the dunning ladder holds disputed invoices, so dunning stays paused until sales
 * resolves it, however long that takes). The proposal moves to executed with a conditional
 * update, so running this twice opens the disputes once. Returns the new dispute ids.
 */
export async function openDisputesForProposal({
  prisma,
  proposalId,
  actor = 'policy',
  now = new Date(),
}: {
  prisma: PrismaClient;
  proposalId: string;
  actor?: string;
  now?: Date;
}): Promise<string[]> {
  return prisma.$transaction(async (tx) => {
    const moved = await moveProposals({
      tx,
      which: { id: proposalId, action: 'handoff_to_sales' },
      from: 'proposed',
      to: 'executed',
      by: actor,
      at: now,
    });
    if (moved.length === 0) return [];
    const proposal = await tx.proposal.findUniqueOrThrow({
      where: { id: proposalId },
      include: { classification: true },
    });
    const { invoiceIds } = parseProposedStep(proposal).params;
    const invoices = await tx.invoice.findMany({
      where: { id: { in: [...invoiceIds] }, debtorId: proposal.debtorId },
    });
    const reason = proposal.classification;
    const summary =
      `${reason ? `Reason: ${reason.reason ?? 'unknown'} (${Math.round(reason.confidence * 100)}%${reason.decidedBy === 'classifier' ? '' : `, picked by ${reason.decidedBy}`}). ` : ''}` +
      proposal.rationale;
    const ids: string[] = [];
    const audit: Prisma.AuditEventCreateManyInput[] = [];
    for (const invoice of invoices) {
      const dispute = await tx.dispute.create({
        data: {
          debtorId: proposal.debtorId,
          invoiceId: invoice.id,
          messageId: proposal.messageId,
          summary,
          status: 'open',
        },
      });
      ids.push(dispute.id);
      if (invoice.status === 'open') {
        await tx.invoice.update({ where: { id: invoice.id }, data: { status: 'disputed' } });
      }
      audit.push({
        actor,
        type: 'dispute.opened',
        entityType: 'dispute',
        entityId: dispute.id,
        data: { proposalId, invoiceId: invoice.id, previousInvoiceStatus: invoice.status },
      });
    }
    await tx.auditEvent.createMany({ data: audit });
    return ids;
  });
}
