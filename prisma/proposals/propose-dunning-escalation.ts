import type { WikResult } from '../../domain/law/compute-wik.ts';
import type { PrismaClient } from '../generated/client.ts';
import { createProposals } from './create-proposals.ts';
import { listOpenDunningEscalations } from './list-open-dunning-escalations.ts';

/**
 * A ladder letter that needs a person (the step's approval in the policy) is stored as an
 * escalation proposal for approval instead of being sent. Once per step and set of invoices
 * while it is open.
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
  return prisma.$transaction(async (tx) => {
    const letterKey = `${stepCode}:${[...invoiceIds].sort().join(',')}`;
    const same = (await listOpenDunningEscalations({ db: tx, debtorId })).find(
      (open) => open.letterKey === letterKey,
    );
    if (same) return { created: false, proposalId: same.proposalId };
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
