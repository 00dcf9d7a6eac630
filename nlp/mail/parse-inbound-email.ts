import { createHash } from 'node:crypto';
import { type ParsedMail, simpleParser } from 'mailparser';
import { AppError } from '../../domain/errors/app-error.ts';
import { readFirstTextPart } from './read-first-text-part.ts';
import { readMailAddresses } from './read-mail-addresses.ts';
import { MAIL_PARSER_OPTIONS, readMailBody } from './read-mail-body.ts';
import { readMailHeaders } from './read-mail-headers.ts';
import { readMailIds } from './read-mail-ids.ts';
import { readTraceFields, type TraceField } from './read-trace-fields.ts';
import { stripControlCharacters } from './strip-control-characters.ts';

export interface InboundAttachment {
  readonly position: number;
  readonly filename: string | null;
  readonly contentType: string;
  readonly size: number;
  readonly sha256: string;
  readonly content: Buffer;
}

/**
 * One inbound mail as the email channel and `collections classify --eml` need it, from a single
 * MIME parse. In nlp/ because both read mail through it and nlp/ may not import channels/.
 */
export interface InboundEmail {
  /** With angle brackets, as in the header: "<abc@example.nl>". */
  readonly messageId: string | null;
  readonly inReplyTo: string | null;
  readonly references: readonly string[];
  readonly from: string | null;
  /** To, Cc, Delivered-To and X-Original-To, lower case: where a reply token may be. */
  readonly recipients: readonly string[];
  readonly subject: string;
  readonly date: Date | null;
  /** Lower-case names, first occurrence, unfolded. */
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
  readonly html: string | undefined;
  /**
   * The text the reply is read from: the first text/plain body part (readFirstTextPart), where
   * `text` joins every inline text part (files a client shows inline too) and mailparser's
   * format=flowed decoding runs lines over the "-- " separator. `text` when the body is HTML.
   */
  readonly replyText: string;
  readonly attachments: readonly InboundAttachment[];
  /**
   * Message-IDs quoted in a delivery report or an attached original: how a bounce names the mail
   * that failed, since bounces rarely carry In-Reply-To.
   */
  readonly quotedMessageIds: readonly string[];
  /** Final-Recipient / X-Failed-Recipients of a delivery report. */
  readonly failedRecipients: readonly string[];
  /** Recipients a delivery report says are delayed (still being retried) or delivered: not failed. */
  readonly delayedRecipients: readonly string[];
  /** Received and Authentication-Results fields, top first: where our server's verdict on From is read. */
  readonly traceFields: readonly TraceField[];
}

const MAX_RAW_BYTES = 25 * 1024 * 1024;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const QUOTED_ID = /^(?:message-id|original-message-id)\s*:\s*(<[^>\s]+>)/gimu;
const FINAL_RECIPIENT = /^(?:final|original)-recipient\s*:\s*(?:rfc822\s*;)?\s*<?([^\s<>]+@[^\s<>]+)>?/gimu;

/**
 * Parses a raw RFC 822 message once: charsets, HTML-only mail (mailparser derives the text),
 * attachments with their hashes, and the ids a bounce quotes. Throws INPUT_INVALID for what is
 * not a mail; the ingester stores such a message as failed, `classify --eml` prints an error line.
 */
export async function parseInboundEmail(source: Buffer): Promise<InboundEmail> {
  // A file saved by an editor may start with a UTF-8 byte order mark: not part of the first header.
  const raw = source.subarray(source.subarray(0, 3).equals(UTF8_BOM) ? 3 : 0);
  if (raw.length === 0) throw new AppError('INPUT_INVALID', 'The message is empty.');
  if (raw.length > MAX_RAW_BYTES) {
    throw new AppError('INPUT_INVALID', `The message is ${raw.length} bytes; the limit is ${MAX_RAW_BYTES}.`);
  }
  let parsed: ParsedMail;
  try {
    parsed = await simpleParser(raw, MAIL_PARSER_OPTIONS);
  } catch (cause) {
    throw new AppError('INPUT_INVALID', `The message is not valid MIME: ${(cause as Error).message}`, {
      cause,
    });
  }
  if (
    parsed.headerLines.length === 0 ||
    !parsed.headerLines.some((h) => h.key === 'from' || h.key === 'subject')
  ) {
    throw new AppError('INPUT_INVALID', 'The message has no From or Subject header: not an RFC 822 mail.');
  }
  const headers = readMailHeaders(parsed);
  const ids = readMailIds(parsed);
  const { text, html } = readMailBody(parsed);
  const firstText = readFirstTextPart(raw);
  const replyText =
    firstText !== undefined && firstText.trim() !== '' ? stripControlCharacters(firstText) : text;
  const attachments = parsed.attachments.map(
    (part, position): InboundAttachment => ({
      position,
      filename: part.filename ?? null,
      contentType: part.contentType.toLowerCase(),
      size: part.size ?? part.content.length,
      sha256: createHash('sha256').update(part.content).digest('hex'),
      content: part.content,
    }),
  );
  const reportText = [
    text,
    ...attachments
      .filter((part) =>
        /^(message\/(rfc822|delivery-status|global)|text\/rfc822-headers)/u.test(part.contentType),
      )
      .map((part) => part.content.toString('utf8')),
  ].join('\n');
  const quoted = new Set<string>();
  for (const match of reportText.matchAll(QUOTED_ID)) quoted.add(match[1]!);
  if (ids.messageId) quoted.delete(ids.messageId);
  const failed = new Set<string>();
  const delayed = new Set<string>();
  // RFC 3464: one block of fields per recipient, blocks apart by a blank line. "Action: delayed"
  // (or a 4.x.x status without an action) is a mail still being retried, not a failed address.
  for (const block of reportText.split(/\r?\n[ \t]*\r?\n/u)) {
    const action = /^action\s*:\s*([a-z]+)/imu.exec(block)?.[1]?.toLowerCase();
    const status = /^status\s*:\s*([245])\./imu.exec(block)?.[1];
    const transient = action ? action !== 'failed' : status === '4' || status === '2';
    for (const match of block.matchAll(FINAL_RECIPIENT)) {
      (transient ? delayed : failed).add(match[1]!.toLowerCase());
    }
  }
  for (const address of failed) delayed.delete(address);
  for (const address of (headers['x-failed-recipients'] ?? '').split(',')) {
    if (address.includes('@')) failed.add(address.trim().replace(/^<|>$/gu, '').toLowerCase());
  }
  const delivered = [headers['delivered-to'], headers['x-original-to']]
    .filter((value): value is string => Boolean(value))
    .map((value) => value.replace(/^<|>$/gu, '').trim().toLowerCase());
  return {
    ...ids,
    from: readMailAddresses(parsed.from)[0] ?? null,
    recipients: [...readMailAddresses(parsed.to), ...readMailAddresses(parsed.cc), ...delivered],
    subject: stripControlCharacters(parsed.subject ?? ''),
    date: parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date : null,
    headers,
    text,
    html,
    replyText,
    attachments,
    quotedMessageIds: [...quoted],
    failedRecipients: [...failed],
    delayedRecipients: [...delayed],
    traceFields: readTraceFields(parsed),
  };
}
