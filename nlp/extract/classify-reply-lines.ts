import {
  ATTRIBUTION_END,
  ATTRIBUTION_EVIDENCE,
  ATTRIBUTION_START,
  ATTRIBUTION_VERB,
  CODE_FENCE,
  DELIMITER_LINE,
  HEADER_LINE,
  INVISIBLE_LINE,
  MOBILE_SIGNATURE_LINE,
  NUMERIC_DATE_ATTRIBUTION,
  ORIGINAL_MESSAGE,
  PAYMENT_WORDS,
  QUOTE_LINE,
  SIGNATURE_SEPARATOR,
  VALEDICTION_LINE,
} from './reply-line-patterns.ts';

/**
 * What a line of a reply is:
 * e empty, t text, q quoted, b marker of embedded history ("On ... wrote:", "-----Original
 * Message-----"), h header of an embedded message (From:/Van:), d separator line, g the "-- "
 * signature separator, s device footer ("Sent from my iPhone"), v closing ("Kind regards").
 */
export type ReplyLineKind = 'e' | 't' | 'q' | 'b' | 'h' | 'd' | 'g' | 's' | 'v';

const MAX_ATTRIBUTION_LINES = 5;
const MAX_ATTRIBUTION_CHARS = 300;

/** Strips quote markers and decoration around a line so that "> -- On ... wrote: --" compares plainly. */
function bare(line: string): string {
  return line
    .replace(/^[\s>|*_-]+/u, '')
    .replace(/[\s*_-]+$/u, '')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>');
}

function isAttribution(text: string): boolean {
  return (
    text.length <= MAX_ATTRIBUTION_CHARS &&
    ATTRIBUTION_END.test(text) &&
    ATTRIBUTION_VERB.test(text) &&
    ATTRIBUTION_EVIDENCE.test(text)
  );
}

/**
 * Returns the index of the last line of an attribution that starts at `index`, or -1. Clients wrap
 * long attributions ("Op 16 aug. 2014 05:13 schreef X <x@y> het\nvolgende geschreven:"), so a
 * likely start is joined with up to four following lines.
 */
function attributionEnd(lines: readonly string[], index: number): number {
  const first = bare(lines[index] ?? '');
  if (first === '') return -1;
  if (ORIGINAL_MESSAGE.test(first)) return index;
  if (isAttribution(first)) return index;
  if (NUMERIC_DATE_ATTRIBUTION.test(first)) {
    // "2016-10-24 15:36 GMT+02:00 Foo <\nfoo@bar>:" continues on the next line.
    const next = lines[index + 1]?.trim() ?? '';
    return /<[^>]*$/u.test(first) && /[:：]$/u.test(next) ? index + 1 : index;
  }
  const mayStart = ATTRIBUTION_START.test(first) || (first.includes('@') && ATTRIBUTION_VERB.test(first));
  // A finished sentence ("I wrote something.") does not continue as an attribution; "28." may.
  if (!mayStart || /(?:[!?]|\p{L}{4}\.)$/u.test(first)) return -1;
  let joined = first;
  const last = Math.min(lines.length - 1, index + MAX_ATTRIBUTION_LINES - 1);
  for (let j = index + 1; j <= last; j++) {
    const part = bare(lines[j] ?? '');
    if (part.length > 120) return -1;
    if (part === '') continue;
    joined = `${joined} ${part}`;
    if (joined.length > MAX_ATTRIBUTION_CHARS) return -1;
    if (ATTRIBUTION_END.test(part) && isAttribution(joined)) return j;
  }
  return -1;
}

function isMobileSignature(trimmed: string): boolean {
  return trimmed.length <= 160 && MOBILE_SIGNATURE_LINE.test(trimmed) && !PAYMENT_WORDS.test(trimmed);
}

/** Classifies every line; an attribution wrapped over several lines marks all of them 'b'. */
export function classifyReplyLines(lines: readonly string[]): ReplyLineKind[] {
  const kinds: ReplyLineKind[] = new Array(lines.length);
  let inCode = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (CODE_FENCE.test(line)) {
      inCode = !inCode;
      kinds[i] = 't';
      continue;
    }
    if (inCode) {
      kinds[i] = INVISIBLE_LINE.test(line) ? 'e' : 't';
      continue;
    }
    if (INVISIBLE_LINE.test(line)) {
      kinds[i] = 'e';
      continue;
    }
    if (SIGNATURE_SEPARATOR.test(line)) {
      kinds[i] = 'g';
      continue;
    }
    const end = attributionEnd(lines, i);
    if (end >= 0) {
      for (let j = i; j <= end; j++) kinds[j] = 'b';
      i = end;
      continue;
    }
    const trimmed = line.trim();
    if (DELIMITER_LINE.test(line)) kinds[i] = 'd';
    else if (QUOTE_LINE.test(line)) kinds[i] = 'q';
    else if (isMobileSignature(trimmed)) kinds[i] = 's';
    else if (HEADER_LINE.test(line)) kinds[i] = 'h';
    else if (trimmed.length <= 60 && VALEDICTION_LINE.test(trimmed)) kinds[i] = 'v';
    else kinds[i] = 't';
  }
  return kinds;
}
