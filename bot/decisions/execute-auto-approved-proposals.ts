import type { CollectionsPolicy } from '../../domain/policy/collections-policy.ts';
import type { Database } from '../../prisma/open-database.ts';
import { type DecisionOutcome, executeApprovedProposal } from './execute-approved-proposal.ts';

export interface AutoApproved {
  readonly id: string;
  /** A proposal waiting for a person's approval is left alone here. */
  readonly requiresApproval: boolean;
}

/**
 * The one place where a proposal the policy approves by itself is decided, whichever channel it
 * came from (an e-mail reply, a chat dialog): through the same execution step as a person's
 * approval in Slack, so a plan confirmed automatically is a plan with instalments and planned
 * invoices, a promise is recorded, and the debtor's notice comes from the same planner. What the
 * policy leaves to a person (a dispute for sales, a review) stays open and is only acknowledged,
 * as the planner says. Whatever gates automatic effects (who may trigger them) gates this call.
 * One transaction per proposal; a proposal already carried out (a replay) changes nothing.
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
  /** From an open chat dialog that tells the debtor itself (see writeActionNotices). */
  toldInChat?: boolean;
  now?: Date;
}): Promise<Map<string, DecisionOutcome>> {
  const outcomes = new Map<string, DecisionOutcome>();
  for (const proposal of proposals) {
    if (proposal.requiresApproval || outcomes.has(proposal.id)) continue;
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
