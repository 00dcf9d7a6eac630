import { mention } from '../../channels/slack/blocks/format-slack.ts';
import type { ProposalDecision } from '../../prisma/proposals/decide-proposal.ts';
import type { SlackDeps } from '../server/slack-deps.ts';
import { decideAndExecute } from './decide-and-execute.ts';

/**
 * Finance's decision on a proposal, from a button or a form: recorded (two deciders racing cannot
 * both win), then an approved proposal is carried out (once, whoever gets there first). The
 * decision's use case ends there: its effects, its status and the notices it owes the debtor are
 * committed in one transaction. Telling the debtor is the notices' worker's job (`action_notice`),
 * and so is the approval message's update (the Slack worker's dispatch finds decided proposals
 * whose message does not show it yet). Keyed throughout, so a repeat after a crash or a double
 * click repeats nothing. Returns the note for a click that came too late (nothing changed), for
 * the handler to tell its clicker; null otherwise.
 */
export async function decideInSlack({
  deps,
  proposalId,
  user,
  decision,
  contactEmail,
}: {
  deps: Pick<SlackDeps, 'db' | 'policy' | 'log' | 'now'>;
  proposalId: string;
  /** The Slack user who decided. */
  user: string;
  decision: ProposalDecision;
  /** The address the approver confirmed for update_contact. */
  contactEmail?: string;
}): Promise<string | null> {
  const decided = await decideAndExecute({
    deps,
    proposalId,
    actor: `slack:${user}`,
    decision,
    contactEmail,
  });
  return decided.outcome === 'already_decided'
    ? `Already ${decided.status} by ${mention(decided.decidedBy)}; nothing changed.`
    : null;
}
