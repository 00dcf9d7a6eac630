import type { Prisma, PrismaClient } from '../generated/client.ts';

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
    const { count } = await tx.proposal.updateMany({
      where: { id: proposalId, status: 'proposed', action: 'handoff_to_sales' },
      data: { status: 'executed', decidedBy: actor, decidedAt: now, executedAt: now },
    });
    if (count === 0) return [];
    const proposal = await tx.proposal.findUniqueOrThrow({
      where: { id: proposalId },
      include: { classification: true },
    });
    const params = (proposal.params ?? {}) as Record<string, unknown>;
    const invoiceIds = Array.isArray(params.invoiceIds) ? (params.invoiceIds as string[]) : [];
    const invoices = await tx.invoice.findMany({
      where: { id: { in: invoiceIds }, debtorId: proposal.debtorId },
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
