import { findAttributionEnd } from './find-attribution-end.ts';
import { bare } from './is-attribution.ts';
import {
  markDatedHeaderPairs,
  markLoneSenderLines,
  markNotesSenders,
  markPastedMailHeaders,
  markQuotedHeaderBlocks,
} from './mark-embedded-headers.ts';
import { markOpeningDatedLine } from './mark-opening-dated-line.ts';
import { markElisionMarks, markPipeQuotes, markSessionPrompts } from './mark-quote-lines.ts';
import { markWrappedQuoteTails } from './mark-wrapped-quote-tails.ts';
import type { ReplyLineKind } from './reply-line-kind.ts';
import {
  CODE_FENCE,
  DELIMITER_LINE,
  FIGURE_BORDER,
  HEADER_FIELD_IN_LINE,
  HEADER_LINE,
  INVISIBLE_LINE,
  isDeviceFooter,
  QUOTE_LINE,
  SIGNATURE_SEPARATOR,
  VALEDICTION_LINE,
} from './reply-line-patterns.ts';

const MIN_FIELDS_IN_LINE = 3;

/** A name on a line of its own: a few words, no sentence punctuation. */
const NAME_LINE = /^[\s>]*[\p{L}"'][\p{L}\p{M}"'.,\- ]{0,58}$/u;

/** Three or more header fields on one line are a whole header block. */
function isHeaderBlockInLine(line: string): boolean {
  let fields = 0;
  for (const _match of line.matchAll(HEADER_FIELD_IN_LINE)) if (++fields >= MIN_FIELDS_IN_LINE) return true;
  return false;
}

/** The first line of AOL's attribution, "In a message dated 1/4/26 3:18:50 PM Eastern Standard Time,". */
const AOL_DATED = /^\s*(?:in\s+a\s+message\s+dated|in\s+einer\s+e-?mail\s+vom)\s+\d[^\n]{0,100},\s*$/iu;
const MAX_AOL_QUOTE_LINES = 500;

/**
 * AOL quotes the message it answers between "<<" and ">>" instead of marking each line: the last
 * line of that quote when it starts right under the attribution ending at `end`, or -1.
 */
function aolQuoteEnd(lines: readonly string[], end: number): number {
  let j = end + 1;
  while (j < lines.length && (lines[j] ?? '').trim() === '') j++;
  if (!/^\s*<</u.test(lines[j] ?? '')) return -1;
  for (let k = j; k < Math.min(lines.length, j + MAX_AOL_QUOTE_LINES); k++)
    if (/>>\s*$/u.test(lines[k] ?? '')) return k;
  return -1;
}

/** "In message <id@host>" or "In article <id@host>" opening a line, a date after it at times. */
const IN_MESSAGE = /^\s*in\s+(?:message|article)\s+<[^<>\s@]+@[^<>\s]+>(?:\s+on\s+\S{1,40})?[\s,]*$/iu;

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
    const end = findAttributionEnd(lines, i);
    if (end >= 0) {
      for (let j = i; j <= end; j++) kinds[j] = 'b';
      // "Jan Jansen" + "<jan@x.nl> schrieb am 4. Nov. 2024, 09:12:": the name wrapped away.
      if (i > 0 && kinds[i - 1] === 't' && /^[<(]/u.test(bare(line)) && NAME_LINE.test(lines[i - 1] ?? '')) {
        kinds[i - 1] = 'b';
      }
      // "In message <id@host> on 06/13/92(02:29:05)" + "you Jan <jan@x> wrote:": the message the
      // attribution names, on the line above it.
      if (i > 0 && kinds[i - 1] === 't' && IN_MESSAGE.test(lines[i - 1] ?? '')) kinds[i - 1] = 'b';
      // AOL: "In a message dated 1/4/26 3:18:50 PM Eastern Standard Time," + "jan@x.nl writes:",
      // and the message it answers between "<<" and ">>" under it.
      if (i > 0 && kinds[i - 1] === 't' && AOL_DATED.test(lines[i - 1] ?? '')) {
        kinds[i - 1] = 'b';
        const quoteEnd = aolQuoteEnd(lines, end);
        for (let j = end + 1; j <= quoteEnd; j++) kinds[j] = (lines[j] ?? '').trim() === '' ? 'e' : 'q';
        i = Math.max(end, quoteEnd);
        continue;
      }
      i = end;
      continue;
    }
    const trimmed = line.trim();
    if (DELIMITER_LINE.test(line)) kinds[i] = FIGURE_BORDER.test(line) ? 't' : 'd';
    else if (QUOTE_LINE.test(line)) kinds[i] = 'q';
    else if (isDeviceFooter(trimmed)) kinds[i] = 's';
    else if (HEADER_LINE.test(line)) kinds[i] = isHeaderBlockInLine(line) ? 'b' : 'h';
    else if (trimmed.length <= 60 && VALEDICTION_LINE.test(trimmed)) kinds[i] = 'v';
    else kinds[i] = 't';
  }
  markOpeningDatedLine(lines, kinds);
  markPipeQuotes(lines, kinds);
  markPastedMailHeaders(lines, kinds);
  markWrappedQuoteTails(lines, kinds);
  markElisionMarks(lines, kinds);
  markNotesSenders(lines, kinds);
  markDatedHeaderPairs(lines, kinds);
  markLoneSenderLines(lines, kinds);
  markQuotedHeaderBlocks(lines, kinds);
  markSessionPrompts(lines, kinds);
  return kinds;
}
