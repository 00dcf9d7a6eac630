import { createHash } from 'node:crypto';
import { extractPdfText } from '../../channels/email/extract-pdf-text.ts';
import type { FetchedMail, IngestStatus } from '../../channels/email/imap-ingester.ts';
import { matchInboundEmail } from '../../channels/email/match-inbound-email.ts';
import { type InboundEmail, parseInboundEmail } from '../../channels/email/parse-inbound-email.ts';
import { createEmailMatchLookup } from '../../prisma/email/create-email-match-lookup.ts';
import { findEmailDuplicate } from '../../prisma/email/find-email-duplicate.ts';
import { loadAnswerContext } from '../../prisma/email/load-answer-context.ts';
import { markContactUndeliverable } from '../../prisma/email/mark-contact-undeliverable.ts';
import {
  type AttachmentRecord,
  recordEmailAttachments,
} from '../../prisma/email/record-email-attachments.ts';
import { storeFailedEmail } from '../../prisma/email/store-failed-email.ts';
import { contentHash, processInboundMessage } from '../pipeline/process-inbound-message.ts';
import { answerInboundEmail } from './answer-inbound-email.ts';
import type { EmailDeps } from './email-deps.ts';

/** Proposals that can come with an automatic mail (see answerInboundEmail). */
const ANSWERABLE = new Set([
  'handoff_to_sales',
  'request_po_number',
  'send_payment_link',
  'offer_payment_plan',
]);

export interface IngestResult {
  readonly status: IngestStatus;
  /** The stored message (or the failed placeholder). */
  readonly messageId: string;
}

/** The external id of a mail's failed placeholder: its place in the mailbox, stable across re-fetches. */
export function failedEmailId(mail: Pick<FetchedMail, 'mailbox' | 'uidValidity' | 'uid'>): string {
  return `imap:${mail.mailbox}:${mail.uidValidity}:${mail.uid}`;
}

/**
 * One fetched mail through the email channel: parse, de-duplicate (Message-ID, then content
 * hash), match, the shared pipeline (one transaction), then the follow-ups that are safe to redo:
 * attachments, marking a bounced contact, the automatic answer. A mail that throws anywhere is
 * stored as failed with its reason and source, and retried later; only when even that cannot be
 * stored does this throw, and the ingester stops without moving its checkpoint.
 */
export async function ingestEmail({
  deps,
  mail,
}: {
  deps: EmailDeps;
  mail: FetchedMail;
}): Promise<IngestResult> {
  const now = deps.now?.() ?? new Date();
  try {
    const email = await parseInboundEmail(mail.raw);
    const externalId =
      email.messageId ??
      `<no-message-id.${createHash('sha256').update(mail.raw).digest('hex').slice(0, 32)}@collections>`;
    const hash = contentHash({ from: email.from, subject: email.subject, text: email.text });
    const duplicate = await findEmailDuplicate({ prisma: deps.prisma, externalId, contentHash: hash });
    // The same mail under another Message-ID: stored once, nothing to redo.
    if (duplicate && duplicate.externalId !== externalId)
      return { status: 'duplicate', messageId: duplicate.id };
    const attachments = await readAttachments(email);
    const lookup = createEmailMatchLookup(deps.prisma);
    const match = await matchInboundEmail({
      email,
      lookup,
      replyTokenSecret: deps.email.replyTokenSecret,
      extraText: attachments.map((attachment) => attachment.extractedText ?? '').join('\n'),
    });
    let status: IngestStatus = 'duplicate';
    let messageId = duplicate?.id ?? '';
    // A replay (crash after commit) redoes every follow-up; a fresh mail only those its outcome needs.
    let followUp = true;
    if (!duplicate) {
      const result = await processInboundMessage({
        prisma: deps.prisma,
        policy: deps.policy,
        understand: deps.understand,
        now,
        actor: `email:${email.from ?? 'unknown'}`,
        message: {
          channel: 'email',
          externalId,
          debtorId: match.debtorId,
          invoiceId: match.invoiceId,
          thread:
            match.debtorId && match.threadId
              ? { externalThreadId: match.threadId, subject: email.subject }
              : null,
          from: email.from,
          to: email.recipients[0] ?? null,
          subject: email.subject,
          text: email.text,
          html: email.html,
          headers: { ...email.headers, 'x-collections-match': `${match.by ?? 'unmatched'}: ${match.note}` },
          receivedAt: email.date ?? now,
        },
      });
      status = result.outcome;
      messageId = result.messageId;
      followUp =
        result.understanding.kind === 'bounce' ||
        (result.proposal !== null && ANSWERABLE.has(result.proposal.action));
    }
    await recordEmailAttachments({ prisma: deps.prisma, messageId, attachments });
    const context =
      match.debtorId && followUp ? await loadAnswerContext({ prisma: deps.prisma, messageId }) : null;
    if (context?.kind === 'bounce') {
      const addresses = match.outbound?.toAddress ? [match.outbound.toAddress] : [...email.failedRecipients];
      await markContactUndeliverable({
        prisma: deps.prisma,
        debtorId: context.debtorId,
        addresses,
        reason: `bounce ${externalId}: ${email.subject}`.slice(0, 300),
        bounceMessageId: messageId,
      });
    } else if (context) {
      await answerInboundEmail({ deps, context, email });
    }
    return { status, messageId };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    deps.log(`email: ${failedEmailId(mail)} failed: ${reason}`);
    const failed = await storeFailedEmail({
      prisma: deps.prisma,
      externalId: failedEmailId(mail),
      mailbox: mail.mailbox,
      uidValidity: mail.uidValidity,
      uid: mail.uid,
      raw: mail.raw,
      reason,
      now,
    });
    return { status: 'failed', messageId: failed.messageId };
  }
}

/** Attachments as records; PDF text is read for evidence, and a PDF that cannot be read is noted, not fatal. */
async function readAttachments(email: InboundEmail): Promise<AttachmentRecord[]> {
  const records: AttachmentRecord[] = [];
  for (const attachment of email.attachments) {
    let extractedText: string | null = null;
    let extractionError: string | null = null;
    if (attachment.contentType === 'application/pdf' || /\.pdf$/iu.test(attachment.filename ?? '')) {
      try {
        extractedText = await extractPdfText(attachment.content);
      } catch (error) {
        extractionError = (error as Error).message.slice(0, 500);
      }
    }
    records.push({
      position: attachment.position,
      filename: attachment.filename,
      contentType: attachment.contentType,
      sizeBytes: attachment.size,
      sha256: attachment.sha256,
      extractedText,
      extractionError,
    });
  }
  return records;
}
