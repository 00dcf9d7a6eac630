import type { EmailMatch } from '../../channels/email/match-inbound-email.ts';
import { mayAnswerEmail } from '../../channels/email/may-answer-email.ts';
import { speaksForDebtor } from '../../domain/model/sender-authority.ts';
import { loadAnswerContexts } from '../../prisma/debtors/load-answer-contexts.ts';
import { markContactUndeliverable } from '../../prisma/debtors/mark-contact-undeliverable.ts';
import { executeAutoApprovedProposals } from '../decisions/execute-auto-approved-proposals.ts';
import type { EmailDeps } from '../server/email-deps.ts';
import type { PreparedEmail } from './prepare-inbound-email.ts';
import type { ProcessedInbound } from './process-inbound-messages.ts';

export interface StoredEmail {
  readonly prepared: PreparedEmail;
  readonly match: EmailMatch;
  /** The stored inbound message. */
  readonly messageId: string;
  /** What the pipeline did now; null for a replay (stored before a crash), which redoes every follow-up. */
  readonly processed: ProcessedInbound | null;
}

/**
 * What follows a stored mail (the e-mail sink runs it right after the chunk is stored, before the
 * ingester moves its checkpoint), all safe to redo after a crash, when the mail comes again as a
 * replay: a bounce marks the contact undeliverable, and a proposal the policy decides by itself goes
 * through the one execution step (executeAutoApprovedProposals): the plan or the promise is
 * carried out, a dispute is acknowledged while it waits for sales. The answer is the notice the
 * planner owes for it, committed with the execution and threaded to the debtor's mail when the
 * sink delivers it after the sync (a dispute's keyed `answer:<message id>`). Never for a mail
 * that may not be answered (an auto-reply, our own): nothing automatic follows it. Everything is
 * read back from the database first.
 */
export async function followUpEmails({
  deps,
  stored,
}: {
  deps: EmailDeps;
  stored: readonly StoredEmail[];
}): Promise<void> {
  const sql = deps.sql ?? deps.prisma;
  // A fresh mail needs only the follow-ups its outcome asks for; skipping the others saves reads.
  // An unverified sender gets no answer and marks no contact undeliverable: the pipeline already
  // turned its proposal into a review, and a forged "bounce" must not silence a real contact.
  const due = stored.filter(
    ({ match, processed }) =>
      match.debtorId &&
      speaksForDebtor(match.senderAuthority) &&
      (processed === null ||
        processed.understanding.kind === 'bounce' ||
        (processed.proposal !== null && !processed.proposal.requiresApproval)),
  );
  const contexts = await loadAnswerContexts({
    prisma: sql,
    messageIds: due.map(({ messageId }) => messageId),
  });
  const db = { prisma: deps.prisma };
  const now = deps.now?.() ?? new Date();
  // In mail order, as mail by mail would: a bounce later in the chunk does not change the answer
  // owed to a mail before it, nor the other way round.
  for (const { messageId, match, prepared } of due) {
    const context = contexts.get(messageId);
    if (!context) continue;
    if (context.kind === 'bounce') {
      // A delay notice ("still being retried") is kept on the timeline but proves no address wrong.
      const { failedRecipients, delayedRecipients } = prepared.email;
      if (failedRecipients.length === 0 && delayedRecipients.length > 0) continue;
      await markContactUndeliverable({
        prisma: deps.prisma,
        debtorId: context.debtorId,
        addresses: match.outbound?.toAddress ? [match.outbound.toAddress] : [...failedRecipients],
        reason: `bounce ${prepared.externalId}: ${prepared.email.subject}`.slice(0, 300),
        bounceMessageId: messageId,
      });
      continue;
    }
    const proposal = context.proposal;
    if (!proposal || proposal.requiresApproval || !context.fromAddress) continue;
    // Nothing automatic answers or acts on an auto-reply, a bounce, our own mail or a mail without a sender.
    const mayFollowUp = mayAnswerEmail({
      kind: context.kind ?? '',
      from: context.fromAddress,
      headers: context.headers,
      ownAddresses: deps.email.from ? [deps.email.from.address] : [],
    });
    if (!mayFollowUp) continue;
    await executeAutoApprovedProposals({ db, policy: deps.policy, proposals: [proposal], now });
  }
}
