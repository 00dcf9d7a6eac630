import type { ParsedMail } from 'mailparser';

/** One trace header field of a mail, in the order the mail carries them (top first). */
export interface TraceField {
  readonly name: 'received' | 'authentication-results';
  /** Unfolded, as written (comments and quoted strings kept). */
  readonly value: string;
}

/** More than any real trace holds at its top, where our own server's results are. */
const MAX_TRACE_FIELDS = 100;

/**
 * The Received and Authentication-Results fields from the top of the header, in order: where the
 * receiving server's verdict on the From address is read (channels/email/read-sender-authentication.ts),
 * which needs every occurrence and its place among the hops, not the first one alone.
 */
export function readTraceFields(parsed: ParsedMail): TraceField[] {
  const fields: TraceField[] = [];
  for (const { key, line } of parsed.headerLines) {
    if (key !== 'received' && key !== 'authentication-results') continue;
    const value = line
      .slice(line.indexOf(':') + 1)
      .replace(/\r?\n[ \t]+/gu, ' ')
      .trim();
    fields.push({ name: key, value });
    if (fields.length === MAX_TRACE_FIELDS) break;
  }
  return fields;
}
