import type { Prisma, PrismaClient } from '../generated/client.ts';

/**
 * A ladder step past the first reminder needs a person: it is stored as an escalation proposal
 * for approval instead of being sent. Once per step and set of invoices while it is open.
 */
export async function proposeDunningEscalation({
  prisma,
  debtorId,
  invoiceIds,
  stepCode,
  rationale,
  params,
}: {
  prisma: PrismaClient;
  debtorId: string;
  invoiceIds: readonly string[];
  stepCode: string;
  rationale: string;
  params: Readonly<Record<string, unknown>>;
}): Promise<{ created: boolean; proposalId: string }> {
  const key = [...invoiceIds].sort().join(',');
  return prisma.$transaction(async (tx) => {
    const open = await tx.proposal.findMany({
      where: { debtorId, action: 'escalate', status: { in: ['proposed', 'approved'] } },
      select: { id: true, params: true },
    });
    const same = open.find((proposal) => {
      const p = proposal.params as { stepCode?: string; invoiceIds?: string[] };
      return p.stepCode === stepCode && [...(p.invoiceIds ?? [])].sort().join(',') === key;
    });
    if (same) return { created: false, proposalId: same.id };
    const proposal = await tx.proposal.create({
      data: {
        debtorId,
        invoiceId: invoiceIds.length === 1 ? invoiceIds[0]! : null,
        action: 'escalate',
        rationale,
        params: { ...params, stepCode, invoiceIds: [...invoiceIds] } as Prisma.InputJsonValue,
        requiresApproval: true,
      },
    });
    await tx.auditEvent.create({
      data: {
        actor: 'dunning',
        type: 'proposal.created',
        entityType: 'proposal',
        entityId: proposal.id,
        data: { action: 'escalate', stepCode, invoiceIds: [...invoiceIds] },
      },
    });
    return { created: true, proposalId: proposal.id };
  });
}
