import { createHash } from 'node:crypto';
import { extractPdfText } from '../../channels/email/extract-pdf-text.ts';
import type { FetchedMail } from '../../channels/email/imap-ingester.ts';
import type { FullText } from '../../domain/messages/full-text.ts';
import type { Understanding } from '../../domain/messages/understanding.ts';
import { cutStoredText } from '../../domain/text/cut-stored-text.ts';
import { emailMessageInput } from '../../nlp/mail/email-message-input.ts';
import { type InboundEmail, parseInboundEmail } from '../../nlp/mail/parse-inbound-email.ts';
import { understandMessage } from '../../nlp/understand-message.ts';
import type { AttachmentRecord } from '../../prisma/messages/record-attachments-of-emails.ts';
import { contentHash } from './content-hash.ts';
import { packFullText } from './pack-full-text.ts';

/** One fetched mail made ready for the pipeline, without touching the database. */
export interface PreparedEmail {
  /** Its `text` is cut to what `raw_text` keeps (cutStoredText); the complete text is `fullText`. */
  readonly email: InboundEmail;
  /**
   * The Message-ID, or a stable id made from the source when the mail has none (the ingester
   * replaces that by the mail's place in the mailbox: identifyEmails).
   */
  readonly externalId: string;
  readonly contentHash: string;
  readonly attachments: readonly AttachmentRecord[];
  /** understandMessage's reading, when asked for (the chunked path does it here, in a worker). */
  readonly understanding: Understanding | null;
  /** The complete text, compressed, when `email.text` was cut; else null. */
  readonly fullText: FullText | null;
}

/**
 * Parses (and understands) a mail: a worker pool (createPreparePool), or prepareInboundEmail on
 * this thread. Every path that reads a fetched mail takes one, so serve can keep the work off
 * the main thread, retries included.
 */
export type PrepareEmail = (input: {
  mail: FetchedMail;
  now: Date;
  understand: boolean;
}) => Promise<PreparedEmail>;

/** PrepareEmail without threads: for tests, tools and the CLI. */
export const prepareOnThisThread: PrepareEmail = ({ mail, now, understand }) =>
  prepareInboundEmail({ raw: mail.raw, now, understand });

/**
 * The CPU part of ingesting a mail: parse it once, hash it for de-duplication, read PDF text
 * from attachments (a PDF that cannot be read is noted, not fatal) and, if asked, understand it.
 * A text longer than `raw_text` keeps is cut here and its complete text compressed, so that no
 * per-byte work on it (copying it to the main thread included) is left for the main thread.
 * Pure of I/O, so it can run in a worker thread. Throws for what is not a mail.
 */
export async function prepareInboundEmail({
  raw,
  now,
  understand,
}: {
  raw: Buffer;
  /** Fallback for a mail without a Date header, as the pipeline uses it. */
  now: Date;
  understand: boolean;
}): Promise<PreparedEmail> {
  const email = await parseInboundEmail(raw);
  const externalId =
    email.messageId ??
    `<no-message-id.${createHash('sha256').update(raw).digest('hex').slice(0, 32)}@collections>`;
  const attachments = await readAttachments(email);
  const fullText = packFullText(email.text);
  return {
    email: fullText
      ? { ...email, text: cutStoredText(email.text), replyText: cutStoredText(email.replyText) }
      : email,
    externalId,
    contentHash: contentHash({
      from: email.from,
      subject: email.subject,
      text: email.text,
      attachments: email.attachments.map((attachment) => attachment.sha256),
    }),
    attachments,
    // The same input the pipeline gives understand (the match header it adds is read by no rule).
    understanding: understand ? understandMessage(emailMessageInput({ email, now })) : null,
    fullText,
  };
}

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
