import { deliverActionNotices } from '../notices/deliver-action-notices.ts';
import type { SlackDeps } from '../server/slack-deps.ts';
import { announceDecision } from './announce-decision.ts';
import { executeApprovedProposal } from './execute-approved-proposal.ts';

/**
 * What follows a decision in Slack: an approved proposal is carried out (once, whoever gets
 * there first), the debtor's notices go to their channel's queue, and the approval message
 * shows the outcome. Every step is keyed, so repeating it after a crash or a double click
 * repeats nothing.
 */
export async function carryOutDecision({
  deps,
  proposalId,
  contactEmail,
}: {
  deps: Pick<SlackDeps, 'db' | 'policy' | 'email' | 'log' | 'now'>;
  proposalId: string;
  contactEmail?: string;
}): Promise<void> {
  const outcome = await executeApprovedProposal({
    db: deps.db,
    policy: deps.policy,
    proposalId,
    now: deps.now(),
    ...(contactEmail ? { contactEmail } : {}),
  });
  if (outcome.outcome === 'executed' && outcome.notices.length === 0)
    deps.log(`slack: executed ${proposalId}: ${outcome.summary}`);
  await deliverActionNotices({ db: deps.db, email: deps.email, log: deps.log, now: deps.now, proposalId });
  await announceDecision({ db: deps.db, now: deps.now(), proposalId });
}
