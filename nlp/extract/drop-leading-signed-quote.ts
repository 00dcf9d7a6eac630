import type { TrimLineKind } from './locate-reply-content.ts';
import { isContent } from './locate-reply-content.ts';
import { QUOTE_LINE } from './reply-line-patterns.ts';

/** "> -- " inside a quote: the quoted sender's signature separator. */
const QUOTED_SIGNATURE_SEPARATOR = /^\s*>\s?--\s?$/u;

/** A pasted message, not a point: four quoted lines or more, answered in twice as many lines. */
const MIN_PASTED_QUOTE_LINES = 4;
const PASTED_ANSWER_RATIO = 2;

/**
 * A quote that opens the mail without an attribution is kept as the point the person answers
 * ("> question" / "answer"); but one that runs down to the quoted sender's "-- " signature is the
 * whole earlier message pasted above the answer (a bottom-post whose attribution the list archive
 * dropped): history, like an attributed quote. So is a quote of four lines or more under which the
 * person writes at least twice as many lines of their own: a bottom-post at length, not a point
 * answered (the shared corpus's "> From: ..." block of eight quoted lines over a two-line answer
 * stays, as does a one-line quote over a one-line answer).
 */
export function dropLeadingSignedQuote(lines: readonly string[], kinds: TrimLineKind[]): void {
  let start = 0;
  while (kinds[start] === 'e') start++;
  if (kinds[start] !== 'q') return;
  let end = start;
  let signed = false;
  while (
    kinds[end] === 'q' ||
    kinds[end] === 'e' ||
    (kinds[end] === 'g' && QUOTE_LINE.test(lines[end] ?? ''))
  ) {
    if (QUOTED_SIGNATURE_SEPARATOR.test(lines[end] ?? '')) signed = true;
    end++;
  }
  const quoted = kinds.slice(start, end).filter((kind) => kind === 'q').length;
  const answer = kinds.slice(end).filter(isContent).length;
  const answeredAtLength =
    quoted >= MIN_PASTED_QUOTE_LINES &&
    (answer >= PASTED_ANSWER_RATIO * quoted ||
      (isQuotedMessage(lines, start, end) && answerLines(kinds, end) >= quoted - 1));
  if (!(signed || answeredAtLength) || answer === 0) return;
  kinds.fill('x', start, end);
}

/**
 * A quote of paragraphs (an empty quoted line between quoted text) that holds no quote of its own
 * (">>", "> >"): a whole earlier message pasted above the answer, not a point picked out of it.
 */
function isQuotedMessage(lines: readonly string[], start: number, end: number): boolean {
  let paragraphs = false;
  for (let j = start; j < end; j++) {
    const line = lines[j] ?? '';
    if (/^\s*>\s*>/u.test(line)) return false;
    if (j > start && /^\s*>\s*$/u.test(line)) paragraphs = true;
  }
  return paragraphs;
}

/** The person's own lines under `from`, up to the signature separator. */
function answerLines(kinds: readonly TrimLineKind[], from: number): number {
  let count = 0;
  for (let j = from; j < kinds.length && kinds[j] !== 'g'; j++) if (isContent(kinds[j])) count++;
  return count;
}
