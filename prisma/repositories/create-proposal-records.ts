import type { NextStepProposal } from '../../domain/model/next-step.ts';
import type { Prisma } from '../generated/client.ts';
import { fromIsoDate } from './to-iso-date.ts';

/**
 * Inside a caller's transaction: stores a policy proposal, the dunning pause it asks for on each
 * invoice concerned, and returns the audit events that record both (the caller writes them with
 * its own). Shared by the inbound pipeline and by triage, so a proposal is stored the same way
 * whoever decided the reason.
 */
export async function createProposalRecords({
  tx,
  debtorId,
  invoiceId,
  messageId,
  classificationId,
  proposal,
  invoiceIds,
  auditData = {},
}: {
  tx: Prisma.TransactionClient;
  debtorId: string;
  /** The invoice when the proposal concerns exactly one; else the channel's match, if any. */
  invoiceId: string | null;
  messageId: string;
  classificationId: string;
  proposal: NextStepProposal;
  invoiceIds: readonly string[];
  auditData?: Readonly<Record<string, string>>;
}): Promise<{ proposalId: string; audit: Prisma.AuditEventCreateManyInput[] }> {
  const stored = await tx.proposal.create({
    data: {
      debtorId,
      invoiceId: invoiceIds.length === 1 ? invoiceIds[0]! : invoiceId,
      messageId,
      classificationId,
      action: proposal.action,
      rationale: proposal.rationale,
      params: { ...proposal.params, invoiceIds: [...invoiceIds] } as Prisma.InputJsonValue,
      requiresApproval: proposal.requiresApproval,
    },
  });
  const audit: Prisma.AuditEventCreateManyInput[] = [
    {
      actor: 'policy',
      type: 'proposal.created',
      entityType: 'proposal',
      entityId: stored.id,
      data: { action: proposal.action, requiresApproval: proposal.requiresApproval, messageId, ...auditData },
    },
  ];
  if (proposal.pause) {
    const pause = proposal.pause;
    await tx.dunningPause.createMany({
      data: invoiceIds.map((id) => ({
        invoiceId: id,
        reason: pause.reason,
        until: fromIsoDate(pause.until),
        createdBy: `proposal:${stored.id}`,
      })),
    });
    for (const id of invoiceIds) {
      audit.push({
        actor: 'policy',
        type: 'dunning.paused',
        entityType: 'invoice',
        entityId: id,
        data: { until: pause.until, reason: pause.reason, proposalId: stored.id },
      });
    }
  }
  return { proposalId: stored.id, audit };
}
