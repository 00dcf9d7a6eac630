import type { StatutoryInterestTable } from '../../domain/law/statutory-interest-table.ts';
import type { CollectionsPolicy } from '../../domain/policy/collections-policy.ts';
import type { Database } from '../../prisma/open-database.ts';
import type { DecisionOutcome, ProposalDecision } from '../../prisma/proposals/decide-proposal.ts';
import { decideAndExecute } from './decide-and-execute.ts';

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
  deps: {
    db: Pick<Database, 'prisma'>;
    policy: CollectionsPolicy;
    /** Statutory interest rates (built-in plus COLLECTIONS_RATES_FILE); absent: built-in. */
    interestTable?: StatutoryInterestTable | undefined;
    log: (line: string) => void;
    now: () => Date;
  };
  proposalId: string;
  /** The signed-in member of staff. */
  email: string;
  decision: ProposalDecision;
}): Promise<DecisionOutcome> {
  const contactEmail = decision.kind === 'approve' ? decision.input?.contactEmail : undefined;
  return decideAndExecute({ deps, proposalId, actor: `console:${email}`, decision, contactEmail });
}
