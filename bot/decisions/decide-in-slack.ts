import { mention } from '../../channels/slack/blocks/format-slack.ts';
import { decideProposal, type ProposalDecision } from '../../prisma/proposals/decide-proposal.ts';
import type { SlackDeps } from '../server/slack-deps.ts';
import { carryOutDecision } from './carry-out-decision.ts';
import { queueEphemeral } from './queue-ephemeral.ts';

/**
 * Finance's decision on a proposal, from a button or a form: recorded (two deciders racing cannot
 * both win; a click that came too late is told, to its clicker alone, that nothing changed), then
 * an approved proposal is carried out. Telling the debtor and updating the approval message are
 * the workers' (see carryOutDecision).
 */
export async function decideInSlack({
  deps,
  proposalId,
  user,
  decision,
  click = null,
  contactEmail,
}: {
  deps: Pick<SlackDeps, 'db' | 'policy' | 'log' | 'now' | 'interestTable'>;
  proposalId: string;
  /** The Slack user who decided. */
  user: string;
  decision: ProposalDecision;
  /** The click's channel and trigger id, to tell a late clicker; a form's submission has none. */
  click?: { readonly channel: string | undefined; readonly triggerId: string } | null;
  /** The address the approver confirmed for update_contact. */
  contactEmail?: string;
}): Promise<void> {
  const outcome = await decideProposal({
    prisma: deps.db.prisma,
    proposalId,
    actor: `slack:${user}`,
    decision,
    now: deps.now(),
  });
  if (outcome.outcome === 'already_decided' && click) {
    await queueEphemeral({
      db: deps.db,
      channel: click.channel,
      user,
      text: `Already ${outcome.status} by ${mention(outcome.decidedBy)}; nothing changed.`,
      key: click.triggerId,
    });
  }
  await carryOutDecision({
    db: deps.db,
    policy: deps.policy,
    interestTable: deps.interestTable,
    log: deps.log,
    now: deps.now(),
    proposalId,
    ...(contactEmail ? { contactEmail } : {}),
  });
}
