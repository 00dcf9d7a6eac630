import type { Proposal } from '../../domain/proposals/proposal.ts';
import type { Prisma } from '../generated/client.ts';
import { buildProposalRows } from './build-proposal-rows.ts';
import { writeProposalRows } from './write-proposal-rows.ts';

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
  proposal: Proposal;
  invoiceIds: readonly string[];
  auditData?: Readonly<Record<string, string>>;
}): Promise<{ proposalId: string; audit: Prisma.AuditEventCreateManyInput[] }> {
  const built = buildProposalRows({
    debtorId,
    invoiceId,
    messageId,
    classificationId,
    proposal,
    invoiceIds,
    auditData,
  });
  await writeProposalRows({ db: tx, built: [built] });
  return { proposalId: built.proposalId, audit: built.audit };
}
