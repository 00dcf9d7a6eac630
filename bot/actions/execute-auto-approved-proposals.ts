import type { CollectionsPolicy } from '../../domain/policy/collections-policy.ts';
import { isTakenUpElsewhere } from '../../domain/proposals/taken-up-elsewhere.ts';
import type { ExecutionOutcome } from '../../prisma/actions/execute-proposal.ts';
import type { Database } from '../../prisma/open-database.ts';
import { executeApprovedProposal } from './execute-approved-proposal.ts';

export interface AutoApproved {
  readonly id: string;
  readonly action: string;
  readonly requiresApproval: boolean;
}

/** Whether the policy's own approval carries this proposal out here. */
function isAutoExecuted(proposal: Pick<AutoApproved, 'action' | 'requiresApproval'>): boolean {
  // A dispute hand-off or a review stays proposed until sales or a person takes it up.
  return !proposal.requiresApproval && !isTakenUpElsewhere(proposal.action);
}

/**
 * The one place where a proposal the policy approves by itself is carried out, whichever channel
 * it came from (an e-mail reply, a chat dialog): through the same execution step as a person's
 * approval in Slack, so a plan confirmed automatically is a plan with instalments and planned
 * invoices, a promise is recorded, and the debtor's notice comes from the same planner. Whatever
 * gates automatic effects (who may trigger them) gates this call. One transaction per proposal;
 * a proposal already carried out (a replay) changes nothing.
 */
export async function executeAutoApprovedProposals({
  db,
  policy,
  proposals,
  toldInChat = false,
  now = new Date(),
}: {
  db: Pick<Database, 'prisma'>;
  policy: CollectionsPolicy;
  proposals: readonly AutoApproved[];
  /** From an open chat dialog that confirms to the debtor itself (see writeActionNotices). */
  toldInChat?: boolean;
  now?: Date;
}): Promise<Map<string, ExecutionOutcome>> {
  const outcomes = new Map<string, ExecutionOutcome>();
  for (const proposal of proposals) {
    if (!isAutoExecuted(proposal) || outcomes.has(proposal.id)) continue;
    outcomes.set(
      proposal.id,
      await executeApprovedProposal({
        db,
        policy,
        proposalId: proposal.id,
        approvedBy: 'policy',
        actor: 'policy',
        toldInChat,
        now,
      }),
    );
  }
  return outcomes;
}
