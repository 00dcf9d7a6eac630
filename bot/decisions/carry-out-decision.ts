import type { StatutoryInterestTable } from '../../domain/law/statutory-interest-table.ts';
import type { CollectionsPolicy } from '../../domain/policy/collections-policy.ts';
import type { Database } from '../../prisma/open-database.ts';
import { executeApprovedProposal } from './execute-approved-proposal.ts';

/**
 * What follows a decision in Slack: an approved proposal is carried out (once, whoever gets
 * there first). The decision's use case ends there: its effects, its status and the notices it
 * owes the debtor are committed in one transaction. Telling the debtor is the notices' worker's
 * job (`action_notice`, delivered by the e-mail outbox and the Slack worker rounds), and so is
 * the approval message's update (the Slack worker's dispatch finds decided proposals whose
 * message does not show it yet). Keyed throughout, so a repeat after a crash or a double click
 * repeats nothing.
 */
export async function carryOutDecision({
  db,
  policy,
  log,
  now,
  proposalId,
  contactEmail,
  interestTable,
}: {
  db: Pick<Database, 'prisma'>;
  policy: CollectionsPolicy;
  /** Statutory interest rates (built-in plus COLLECTIONS_RATES_FILE) for letters that demand interest. */
  interestTable?: StatutoryInterestTable | undefined;
  log: (line: string) => void;
  now: Date;
  proposalId: string;
  contactEmail?: string;
}): Promise<void> {
  const outcome = await executeApprovedProposal({
    db,
    policy,
    proposalId,
    now,
    ...(contactEmail ? { contactEmail } : {}),
    ...(interestTable ? { interestTable } : {}),
  });
  if (outcome.outcome === 'executed' && outcome.notices.length === 0)
    log(`slack: executed ${proposalId}: ${outcome.summary}`);
}
