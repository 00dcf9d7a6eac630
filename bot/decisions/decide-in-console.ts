import type { CollectionsPolicy } from '../../domain/policy/collections-policy.ts';
import type { Database } from '../../prisma/open-database.ts';
import {
  type DecisionOutcome,
  decideProposal,
  type ProposalDecision,
} from '../../prisma/proposals/decide-proposal.ts';
import { carryOutDecision } from './carry-out-decision.ts';

/**
 * A decision taken in the staff console: the same path as Slack's (decideInSlack). Recorded once
 * (a second decision, from here or from Slack, finds it decided and changes nothing), audited
 * with the console user as actor, then an approved proposal is carried out. Telling the debtor
 * and updating the Slack approval message are the workers' (carryOutDecision).
 */
export async function decideInConsole({
  deps,
  proposalId,
  email,
  decision,
}: {
  deps: {
    db: Pick<Database, 'prisma'>;
    policy: CollectionsPolicy;
    log: (line: string) => void;
    now: () => Date;
  };
  proposalId: string;
  /** The signed-in member of staff. */
  email: string;
  decision: ProposalDecision;
}): Promise<DecisionOutcome> {
  const outcome = await decideProposal({
    prisma: deps.db.prisma,
    proposalId,
    actor: `console:${email}`,
    decision,
    now: deps.now(),
  });
  const contactEmail = decision.kind === 'approve' ? decision.input?.contactEmail : undefined;
  await carryOutDecision({
    db: deps.db,
    policy: deps.policy,
    log: deps.log,
    now: deps.now(),
    proposalId,
    via: 'console',
    ...(contactEmail ? { contactEmail } : {}),
  });
  return outcome;
}
