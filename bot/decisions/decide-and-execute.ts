import type { CollectionsPolicy } from '../../domain/policy/collections-policy.ts';
import type { Database } from '../../prisma/open-database.ts';
import {
  type DecisionOutcome,
  decideProposal,
  type ProposalDecision,
} from '../../prisma/proposals/decide-proposal.ts';
import { executeApprovedProposal } from './execute-approved-proposal.ts';

/** What carrying out a decision needs, wherever it was taken. */
export interface DecisionDeps {
  readonly db: Pick<Database, 'prisma'>;
  readonly policy: CollectionsPolicy;
  readonly log: (line: string) => void;
  readonly now: () => Date;
}

/**
 * The steps every decision takes, wherever it was taken (Slack, the console): recorded once (a
 * second decision finds it decided and changes nothing), audited with `actor` (`<channel>:<who>`),
 * then an approved proposal is carried out (once, whoever gets there first). An execution that
 * owes the debtor no notice is logged, prefixed with the actor's channel.
 */
export async function decideAndExecute({
  deps,
  proposalId,
  actor,
  decision,
  contactEmail,
}: {
  deps: DecisionDeps;
  proposalId: string;
  /** Who decided, as `<channel>:<who>` (`slack:U123`, `console:ann@example.com`). */
  actor: `${string}:${string}`;
  decision: ProposalDecision;
  /** The address the approver confirmed for update_contact. */
  contactEmail?: string | undefined;
}): Promise<DecisionOutcome> {
  const now = deps.now();
  const decided = await decideProposal({ prisma: deps.db.prisma, proposalId, actor, decision, now });
  const executed = await executeApprovedProposal({
    db: deps.db,
    policy: deps.policy,
    proposalId,
    now,
    ...(contactEmail ? { contactEmail } : {}),
  });
  if (executed.outcome === 'executed' && executed.notices.length === 0) {
    const channel = actor.slice(0, actor.indexOf(':'));
    deps.log(`${channel}: executed ${proposalId}: ${executed.summary}`);
  }
  return decided;
}
