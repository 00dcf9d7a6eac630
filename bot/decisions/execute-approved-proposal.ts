import { AppError } from '../../domain/errors/app-error.ts';
import { amsterdamDate } from '../../domain/model/iso-date.ts';
import type { NoticeSpec } from '../../domain/notices/action-notice.ts';
import type { CollectionsPolicy } from '../../domain/policy/collections-policy.ts';
import { type ExecutionPlan, planProposalExecution } from '../../domain/proposals/plan-proposal-execution.ts';
import type { Database } from '../../prisma/open-database.ts';
import { type ExecutionOutcome, executeProposal } from '../../prisma/proposals/execute-proposal.ts';
import { loadProposalForExecution } from '../../prisma/proposals/load-proposal-for-execution.ts';

/**
 * What a decision led to. `notices` is what the planner owes the debtor for it (a channel that
 * tells the debtor there and then, the chat, renders exactly these); they are queued keyed, so a
 * repeat owes the same and queues nothing twice.
 */
export type DecisionOutcome =
  | {
      /** executed: carried out; acknowledged: left to a person (sales, triage), the debtor told it is in hand. */
      readonly outcome: 'executed' | 'acknowledged';
      readonly summary: string;
      readonly notices: readonly NoticeSpec[];
    }
  | Exclude<ExecutionOutcome, { outcome: 'executed' | 'acknowledged' }>;

/**
 * Carries out a decided proposal, whoever decided it: a person in Slack, or the policy itself
 * for what needs no person (a plan, promise, link or PO request confirmed on e-mail or in the
 * chat, the acknowledgement of a dispute). The one execution step: decides the effects and the
 * debtor's notices from the records as they are now (domain/actions), then applies them with
 * the status change in one transaction. Safe to call again and from several places (the click,
 * the worker's sweep, a replayed mail): only one call moves it to executed; the others get
 * `not_approved`.
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
}): Promise<DecisionOutcome> {
  const proposal = await loadProposalForExecution({
    prisma: db.prisma,
    proposalId,
  });
  const ready =
    approvedBy === 'policy'
      ? proposal?.status === 'proposed' && !proposal.requiresApproval
      : proposal?.status === 'approved';
  if (!proposal || !ready) {
    return { outcome: 'not_approved', status: proposal?.status ?? 'missing' };
  }
  const by = actor ?? (approvedBy === 'policy' ? 'policy' : (proposal.decidedBy ?? 'system'));
  // A row that does not parse is never guessed at: it expires, with the error as the reason.
  const plan: ExecutionPlan =
    proposal.step instanceof AppError
      ? { kind: 'blocked', reason: proposal.step.message }
      : planProposalExecution({
          ...proposal.step,
          proposalId,
          debtor: proposal.debtor,
          invoices: proposal.invoices,
          channel: proposal.message?.channel === 'chat' ? 'chat' : 'email',
          messageId: proposal.message?.id ?? null,
          today: amsterdamDate(now),
          policy,
          approverInput: { contactEmail: contactEmail ?? proposal.approverInput.contactEmail },
          approvedBy,
          pausedUntil: proposal.pausedUntil,
        });
  const outcome = await executeProposal({
    prisma: db.prisma,
    proposalId,
    actor: by,
    now,
    plan,
    approvedBy,
    toldInChat,
  });
  if (outcome.outcome !== 'executed' && outcome.outcome !== 'acknowledged') return outcome;
  // A blocked plan never gets here: it expires (not_executable).
  return {
    outcome: outcome.outcome,
    summary: outcome.summary,
    notices: plan.kind === 'blocked' ? [] : plan.notices,
  };
}
