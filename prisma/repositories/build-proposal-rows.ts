import { randomUUID } from 'node:crypto';
import type { Proposal } from '../../domain/proposals/proposal.ts';
import type { Prisma } from '../generated/client.ts';

/** A proposal and the dunning pauses it asks for, as rows for insertJsonRows (snake_case columns). */
export interface ProposalRows {
  readonly proposalId: string;
  readonly proposal: Readonly<Record<string, unknown>>;
  readonly pauses: readonly Readonly<Record<string, unknown>>[];
  /** The audit events that record both; the caller writes them with its own. */
  readonly audit: Prisma.AuditEventCreateManyInput[];
}

/**
 * The rows a policy proposal is stored as: the proposal (its invoice when it concerns exactly
 * one), one pause per invoice concerned when the policy pauses dunning, and their audit events.
 * Pure, so one message and a chunk of a thousand are stored the same way.
 */
export function buildProposalRows({
  debtorId,
  invoiceId,
  messageId,
  classificationId,
  proposal,
  invoiceIds,
  auditData = {},
}: {
  debtorId: string;
  /** The invoice when the proposal concerns exactly one; else the channel's match, if any. */
  invoiceId: string | null;
  messageId: string;
  classificationId: string;
  proposal: Proposal;
  invoiceIds: readonly string[];
  auditData?: Readonly<Record<string, string>>;
}): ProposalRows {
  const proposalId = randomUUID();
  const audit: Prisma.AuditEventCreateManyInput[] = [
    {
      actor: 'policy',
      type: 'proposal.created',
      entityType: 'proposal',
      entityId: proposalId,
      data: { action: proposal.action, requiresApproval: proposal.requiresApproval, messageId, ...auditData },
    },
  ];
  const pause = proposal.pause;
  const pauses = pause
    ? invoiceIds.map((id) => ({
        id: randomUUID(),
        invoice_id: id,
        reason: pause.reason,
        until: pause.until,
        created_by: `proposal:${proposalId}`,
      }))
    : [];
  if (pause) {
    for (const id of invoiceIds) {
      audit.push({
        actor: 'policy',
        type: 'dunning.paused',
        entityType: 'invoice',
        entityId: id,
        data: { until: pause.until, reason: pause.reason, proposalId },
      });
    }
  }
  return {
    proposalId,
    proposal: {
      id: proposalId,
      debtor_id: debtorId,
      invoice_id: invoiceIds.length === 1 ? invoiceIds[0]! : invoiceId,
      message_id: messageId,
      classification_id: classificationId,
      action: proposal.action,
      rationale: proposal.rationale,
      params: { ...proposal.params, invoiceIds: [...invoiceIds] },
      requires_approval: proposal.requiresApproval,
    },
    pauses,
    audit,
  };
}
