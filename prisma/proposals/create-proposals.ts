import { randomUUID } from 'node:crypto';
import { parseProposedStep } from '../../domain/proposals/parse-proposed-step.ts';
import type { Proposal } from '../../domain/proposals/proposal.ts';
import type { Prisma } from '../generated/client.ts';
import { insertJsonRows, type RawSql } from '../sql/insert-json-rows.ts';

export interface NewProposal {
  readonly debtorId: string;
  /** The invoice when the proposal concerns exactly one; else the channel's match, if any. */
  readonly invoiceId: string | null;
  /** The message it answers; null for one the ladder makes. */
  readonly messageId: string | null;
  readonly classificationId: string | null;
  readonly proposal: Proposal;
  /** The invoices it concerns: stored in its params, and each gets the pause it asks for. */
  readonly invoiceIds: readonly string[];
  /** Who made it: the policy (default) or the ladder ("dunning"). */
  readonly actor?: string;
  readonly auditData?: Readonly<Record<string, Prisma.InputJsonValue>>;
}

export interface CreatedProposal {
  readonly proposalId: string;
  /** The audit events that record the proposal and its pauses; the caller writes them with its own. */
  readonly audit: Prisma.AuditEventCreateManyInput[];
}

/**
 * The one way a proposal is stored, inside the caller's transaction: the proposal (its params
 * checked against its action's schema first, so every row reads back), one dunning pause per
 * invoice concerned when it asks for one, and their audit events. Two statements however many
 * there are, so one message and a chunk of a thousand are stored the same way. Results in order.
 */
export async function createProposals({
  db,
  proposals,
}: {
  db: RawSql;
  proposals: readonly NewProposal[];
}): Promise<CreatedProposal[]> {
  const built = proposals.map(buildRows);
  await insertJsonRows({
    db,
    table: 'proposal',
    columns: {
      id: 'uuid',
      debtor_id: 'uuid',
      invoice_id: 'uuid',
      message_id: 'uuid',
      classification_id: 'uuid',
      action: 'text',
      rationale: 'text',
      params: 'jsonb',
      requires_approval: 'boolean',
    },
    // clock_timestamp: proposals of one chunk keep the order they were made in ("latest" reads).
    extra: { created_at: 'clock_timestamp()', updated_at: 'clock_timestamp()' },
    rows: built.map((rows) => rows.proposal),
  });
  await insertJsonRows({
    db,
    table: 'dunning_pause',
    columns: { id: 'uuid', invoice_id: 'uuid', reason: 'text', until: 'date', created_by: 'text' },
    rows: built.flatMap((rows) => rows.pauses),
  });
  return built.map(({ proposalId, audit }) => ({ proposalId, audit }));
}

function buildRows({
  debtorId,
  invoiceId,
  messageId,
  classificationId,
  proposal,
  invoiceIds,
  actor = 'policy',
  auditData = {},
}: NewProposal) {
  const proposalId = randomUUID();
  const params = { ...proposal.params, invoiceIds: [...invoiceIds] };
  parseProposedStep({ id: `${proposalId} (new)`, action: proposal.action, params });
  const audit: Prisma.AuditEventCreateManyInput[] = [
    {
      actor,
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
  for (const id of pause ? invoiceIds : []) {
    audit.push({
      actor,
      type: 'dunning.paused',
      entityType: 'invoice',
      entityId: id,
      data: { until: pause?.until, reason: pause?.reason, proposalId },
    });
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
      params,
      requires_approval: proposal.requiresApproval,
    },
    pauses,
    audit,
  };
}
