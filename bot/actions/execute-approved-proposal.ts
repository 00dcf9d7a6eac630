import { planProposalExecution } from '../../domain/actions/plan-proposal-execution.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import { amsterdamDate } from '../../domain/model/iso-date.ts';
import type { CollectionsPolicy } from '../../domain/policy/collections-policy.ts';
import { type ExecutionOutcome, executeProposal } from '../../prisma/actions/execute-proposal.ts';
import { loadProposalForExecution } from '../../prisma/actions/load-proposal-for-execution.ts';
import type { Database } from '../../prisma/open-database.ts';

/**
 * Carries out a decided proposal, whoever decided it: a person in Slack, or the policy itself
 * for what needs no person (a plan, promise, link or PO request confirmed on e-mail or in the
 * chat). The one execution step: decides the effects and notices from the records as they are
 * now (domain/actions), then applies them with the status change in one transaction. Safe to
 * call again and from several places (the click, the worker's sweep, a replayed mail): only one
 * call moves it to executed; the others get `not_approved`.
 */
export async function executeApprovedProposal({
  db,
  policy,
  proposalId,
  actor,
  approvedBy = 'person',
  toldInChat = false,
  now = new Date(),
  contactEmail,
}: {
  db: Pick<Database, 'prisma'>;
  policy: CollectionsPolicy;
  proposalId: string;
  /** Defaults to whoever approved it. */
  actor?: string | null;
  /** 'policy': the proposal needs no person and is still proposed; decided and executed at once. */
  approvedBy?: 'person' | 'policy';
  /** Decided in an open chat dialog that tells the debtor itself (see writeActionNotices). */
  toldInChat?: boolean;
  now?: Date;
  /** The address the approver confirmed for update_contact (else read from the approval's audit event). */
  contactEmail?: string;
}): Promise<ExecutionOutcome> {
  const proposal = await loadProposalForExecution({ prisma: db.prisma, proposalId });
  const ready =
    approvedBy === 'policy'
      ? proposal?.status === 'proposed' && !proposal.requiresApproval
      : proposal?.status === 'approved';
  if (!proposal || !ready) {
    return { outcome: 'not_approved', status: proposal?.status ?? 'missing' };
  }
  const by = actor ?? (approvedBy === 'policy' ? 'policy' : (proposal.decidedBy ?? 'system'));
  if (proposal.step instanceof AppError) {
    // A row that does not parse is never guessed at: it expires, with the error as the reason.
    return executeProposal({
      prisma: db.prisma,
      proposalId,
      actor: by,
      now,
      approvedBy,
      plan: { kind: 'blocked', reason: proposal.step.message },
    });
  }
  const plan = planProposalExecution({
    ...proposal.step,
    proposalId,
    debtor: proposal.debtor,
    invoices: proposal.invoices,
    channel: proposal.message?.channel === 'chat' ? 'chat' : 'email',
    messageId: proposal.message?.id ?? null,
    today: amsterdamDate(now),
    policy,
    approverInput: { contactEmail: contactEmail ?? proposal.approverInput.contactEmail },
  });
  return executeProposal({ prisma: db.prisma, proposalId, actor: by, now, plan, approvedBy, toldInChat });
}
