import { type ParsedMail, simpleParser } from 'mailparser';
import { AppError } from '../domain/errors/app-error.ts';
import { readMailAddresses } from './mail/read-mail-addresses.ts';
import { MAIL_PARSER_OPTIONS, readMailBody } from './mail/read-mail-body.ts';
import { readMailHeaders } from './mail/read-mail-headers.ts';
import { readMailIds } from './mail/read-mail-ids.ts';
import { stripControlCharacters } from './mail/strip-control-characters.ts';

export interface ParsedEmail {
  readonly messageId: string | null;
  readonly inReplyTo: string | null;
  readonly references: string[];
  readonly from: string | null;
  readonly to: string[];
  readonly subject: string;
  readonly date: Date | null;
  /** Lower-case header names, first occurrence, unfolded and decoded as text. */
  readonly headers: Record<string, string>;
  readonly text: string;
  readonly html: string | undefined;
  /** The Content-Type header as received, e.g. "multipart/report; report-type=delivery-status". */
  readonly contentType: string;
  /** Recipients a delivery status notification reports as failed (RFC 3464), or X-Failed-Recipients. */
  readonly bounceRecipients: string[];
}

const MAX_RAW_BYTES = 25 * 1024 * 1024;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** mailparser accepts any text; a message has at least one of these. */
const KNOWN_HEADERS = new Set([
  'from',
  'to',
  'subject',
  'date',
  'message-id',
  'received',
  'return-path',
  'content-type',
  'mime-version',
  'sender',
]);

const DSN_FIELD = /^(final-recipient|original-recipient|action)\s*:\s*(?:[a-z0-9-]+\s*;\s*)?(.+?)\s*$/gimu;

/**
 * Failed recipients from the per-recipient fields of an RFC 3464 report. mailparser folds the
 * message/delivery-status part into the text, so the text is searched as well as attachments.
 * Original-Recipient is preferred: it is the address we sent to, before any forwarding.
 */
function failedRecipients(sources: readonly string[], failedHeader: string | undefined): string[] {
  const found = new Set<string>();
  for (const source of sources) {
    let final: string | null = null;
    let original: string | null = null;
    const flush = (action: string | null): void => {
      const address = original ?? final;
      if (address && (action === null || /^failed/iu.test(action))) found.add(address.toLowerCase());
      final = null;
      original = null;
    };
    for (const match of source.matchAll(DSN_FIELD)) {
      const field = match[1]?.toLowerCase();
      const value = (match[2] ?? '').replace(/^<|>$/gu, '');
      if (field === 'final-recipient') {
        if (final !== null) flush(null);
        final = value;
      } else if (field === 'original-recipient') original = value;
      else if (final !== null || original !== null) flush(value);
    }
    if (final !== null || original !== null) flush(null);
  }
  for (const address of (failedHeader ?? '').split(',')) {
    const trimmed = address.trim().replace(/^<|>$/gu, '');
    if (trimmed.includes('@')) found.add(trimmed.toLowerCase());
  }
  return [...found];
}

/** Parses a raw RFC 822 message (an .eml file, an IMAP fetch) into the fields nlp/ needs. */
export async function parseRawEmail(source: Buffer | string): Promise<ParsedEmail> {
  if (typeof source !== 'string' && !Buffer.isBuffer(source)) {
    throw new AppError('INPUT_INVALID', 'Raw email must be a string or a Buffer with an RFC 822 message.');
  }
  // A file saved by an editor may start with a UTF-8 byte order mark: not part of the first header.
  const raw =
    typeof source === 'string'
      ? source.replace(/^\uFEFF/u, '')
      : source.subarray(source.subarray(0, 3).equals(UTF8_BOM) ? 3 : 0);
  const size = typeof raw === 'string' ? Buffer.byteLength(raw) : raw.length;
  if (size === 0) throw new AppError('INPUT_INVALID', 'Raw email is empty: expected an RFC 822 message.');
  if (size > MAX_RAW_BYTES) {
    throw new AppError('INPUT_INVALID', `Raw email is ${size} bytes; the limit is ${MAX_RAW_BYTES} bytes.`);
  }
  let parsed: ParsedMail;
  try {
    parsed = await simpleParser(raw, MAIL_PARSER_OPTIONS);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('INPUT_INVALID', `Raw email could not be parsed as RFC 822: ${reason}`, {
      cause: error,
    });
  }
  if (!parsed.headerLines.some((header) => KNOWN_HEADERS.has(header.key))) {
    throw new AppError(
      'INPUT_INVALID',
      'Raw email has no header lines: expected an RFC 822 message starting with headers such as From: and Subject:.',
    );
  }
  const headers = readMailHeaders(parsed);
  const ids = readMailIds(parsed);
  const { text, html } = readMailBody(parsed);
  const reportParts = parsed.attachments
    .filter((part) => /delivery-status/iu.test(part.contentType))
    .map((part) => part.content.toString('utf8'));
  return {
    ...ids,
    from: readMailAddresses(parsed.from)[0] ?? null,
    to: readMailAddresses(parsed.to),
    subject: stripControlCharacters(parsed.subject ?? ''),
    date: parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date : null,
    headers,
    text,
    html,
    contentType: headers['content-type'] ?? 'text/plain',
    bounceRecipients: failedRecipients([...reportParts, text], headers['x-failed-recipients']),
  };
}
