import type { DecisionOutcome, ProposalDecision } from '../../prisma/proposals/decide-proposal.ts';
import { type DecisionDeps, decideAndExecute } from './decide-and-execute.ts';

/**
 * A decision taken in the staff console: the same path as Slack's (decideInSlack). Recorded once
 * (a second decision, from here or from Slack, finds it decided and changes nothing), audited
 * with the console user as actor, then an approved proposal is carried out (once, whoever gets
 * there first). Telling the debtor and updating the Slack approval message are the workers'
 * (`action_notice`, and the Slack worker's dispatch of decided proposals).
 */
export async function decideInConsole({
  deps,
  proposalId,
  email,
  decision,
}: {
  deps: DecisionDeps;
  proposalId: string;
  /** The signed-in member of staff. */
  email: string;
  decision: ProposalDecision;
}): Promise<DecisionOutcome> {
  const contactEmail = decision.kind === 'approve' ? decision.input?.contactEmail : undefined;
  return decideAndExecute({ deps, proposalId, actor: `console:${email}`, decision, contactEmail });
}
