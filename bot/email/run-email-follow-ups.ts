import type { EmailMatch } from '../../channels/email/match-inbound-email.ts';
import { speaksForDebtor } from '../../domain/model/sender-authority.ts';
import { enqueueEmails } from '../../prisma/email/enqueue-emails.ts';
import { loadAnswerContexts } from '../../prisma/email/load-answer-contexts.ts';
import { markContactUndeliverable } from '../../prisma/email/mark-contact-undeliverable.ts';
import { recordAttachmentsOfEmails } from '../../prisma/email/record-attachments-of-emails.ts';
import type { ProcessedInbound } from '../pipeline/process-inbound-message.ts';
import { buildQueuedEmail } from './build-queued-email.ts';
import type { EmailDeps } from './email-deps.ts';
import { planInboundAnswer } from './plan-inbound-answer.ts';
import type { PreparedEmail } from './prepare-inbound-email.ts';

/** Proposals that can come with an automatic mail (see planInboundAnswer). */
const ANSWERABLE = new Set([
  'handoff_to_sales',
  'request_po_number',
  'send_payment_link',
  'offer_payment_plan',
]);

export interface StoredEmail {
  readonly prepared: PreparedEmail;
  readonly match: EmailMatch;
  /** The stored inbound message. */
  readonly messageId: string;
  /** What the pipeline did now; null for a replay (stored before a crash), which redoes every follow-up. */
  readonly processed: ProcessedInbound | null;
}

/**
 * What follows a stored mail, all safe to redo after a crash: its attachments are recorded, a
 * bounce marks the contact undeliverable, and an answerable reply gets its automatic answer
 * (keyed `answer:<message id>`). Answers are read back from the database and queued for all
 * mails at once, in one transaction.
 */
export async function runEmailFollowUps({
  deps,
  stored,
}: {
  deps: EmailDeps;
  stored: readonly StoredEmail[];
}): Promise<void> {
  const sql = deps.sql ?? deps.prisma;
  await recordAttachmentsOfEmails({
    prisma: sql,
    emails: stored.map(({ messageId, prepared }) => ({ messageId, attachments: prepared.attachments })),
  });
  // A fresh mail needs only the follow-ups its outcome asks for; skipping the others saves reads.
  // An unverified sender gets no answer and marks no contact undeliverable: the pipeline already
  // turned its proposal into a review, and a forged "bounce" must not silence a real contact.
  const due = stored.filter(
    ({ match, processed }) =>
      match.debtorId &&
      speaksForDebtor(match.senderAuthority) &&
      (processed === null ||
        processed.understanding.kind === 'bounce' ||
        (processed.proposal !== null && ANSWERABLE.has(processed.proposal.action))),
  );
  const contexts = await loadAnswerContexts({
    prisma: sql,
    messageIds: due.map(({ messageId }) => messageId),
  });
  const answers = [];
  for (const { messageId, match, prepared } of due) {
    const context = contexts.get(messageId);
    if (!context) continue;
    if (context.kind === 'bounce') {
      await markContactUndeliverable({
        prisma: deps.prisma,
        debtorId: context.debtorId,
        addresses: match.outbound?.toAddress
          ? [match.outbound.toAddress]
          : [...prepared.email.failedRecipients],
        reason: `bounce ${prepared.externalId}: ${prepared.email.subject}`.slice(0, 300),
        bounceMessageId: messageId,
      });
      continue;
    }
    const request = planInboundAnswer({ deps, context, email: prepared.email });
    if (request) answers.push({ mail: buildQueuedEmail({ deps, request }), actor: 'email' });
  }
  await enqueueEmails({ prisma: sql, mails: answers, now: deps.now?.() ?? new Date() });
}
