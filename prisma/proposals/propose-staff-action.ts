import type { Proposal } from '../../domain/proposals/proposal.ts';
import type { PrismaClient } from '../generated/client.ts';
import { createProposals } from './create-proposals.ts';

export type StaffAction = 'resend_invoice' | 'send_payment_link' | 'handoff_to_sales';

/**
 * A proposal a member of staff asks for from a debtor's page (resend the invoice, send a payment
 * link, hand to sales), stored the one way proposals are (createProposals), with them as actor, so
 * it is then decided and carried out like any other. A second ask for the same action on the same
 * debtor within a minute (a double click, a reload) finds the first and stores nothing.
 */
export async function proposeStaffAction({
  prisma,
  debtorId,
  proposal,
  invoiceIds,
  actor,
  now = new Date(),
}: {
  prisma: PrismaClient;
  debtorId: string;
  proposal: Proposal & { readonly action: StaffAction };
  invoiceIds: readonly string[];
  /** "console:anna@example.com" */
  actor: string;
  now?: Date;
}): Promise<{ created: boolean; proposalId: string }> {
  return prisma.$transaction(async (tx) => {
    // Serializes two asks for one debtor, so the check below sees the other's proposal.
    await tx.$queryRaw`SELECT id FROM debtor WHERE id = ${debtorId}::uuid FOR UPDATE`;
    const recent = await tx.auditEvent.findFirst({
      where: {
        actor,
        type: 'proposal.created',
        at: { gte: new Date(now.getTime() - 60_000) },
        data: { path: ['staffAction'], equals: `${proposal.action}:${debtorId}` },
      },
      orderBy: { id: 'desc' },
    });
    if (recent) return { created: false, proposalId: recent.entityId };
    const [created] = await createProposals({
      db: tx,
      proposals: [
        {
          debtorId,
          invoiceId: invoiceIds.length === 1 ? invoiceIds[0]! : null,
          messageId: null,
          classificationId: null,
          proposal,
          invoiceIds,
          actor,
          auditData: { staffAction: `${proposal.action}:${debtorId}` },
        },
      ],
    });
    if (!created) throw new Error('the proposal was not created');
    await tx.auditEvent.createMany({ data: created.audit });
    return { created: true, proposalId: created.proposalId };
  });
}
