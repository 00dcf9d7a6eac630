import type { WikResult } from '../../domain/law/compute-wik.ts';
import { parseProposedStep } from '../../domain/proposals/parse-proposed-step.ts';
import type { PrismaClient } from '../generated/client.ts';
import { createProposals } from './create-proposals.ts';

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
  params: { readonly stepLabel: string; readonly principalCents: number; readonly costs?: WikResult | null };
}): Promise<{ created: boolean; proposalId: string }> {
  const key = [...invoiceIds].sort().join(',');
  return prisma.$transaction(async (tx) => {
    const open = await tx.proposal.findMany({
      where: { debtorId, action: 'escalate', status: { in: ['proposed', 'approved'] } },
      select: { id: true, action: true, params: true },
    });
    const same = open.find((row) => {
      const step = parseProposedStep(row);
      return (
        step.action === 'escalate' &&
        step.params.stepCode === stepCode &&
        [...step.params.invoiceIds].sort().join(',') === key
      );
    });
    if (same) return { created: false, proposalId: same.id };
    const [created] = await createProposals({
      db: tx,
      proposals: [
        {
          debtorId,
          invoiceId: null,
          messageId: null,
          classificationId: null,
          proposal: {
            action: 'escalate',
            rationale,
            requiresApproval: true,
            pause: null,
            params: { ...params, stepCode, invoiceIds: [...invoiceIds] },
          },
          invoiceIds,
          actor: 'dunning',
          auditData: { stepCode, invoiceIds: [...invoiceIds] },
        },
      ],
    });
    if (!created) throw new Error('the escalation proposal was not created');
    await tx.auditEvent.createMany({ data: created.audit });
    return { created: true, proposalId: created.proposalId };
  });
}
