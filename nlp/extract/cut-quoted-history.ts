import { NOTES_TABBED_FROM } from './cut-lotus-notes-history.ts';
import { isSignatureTail } from './cut-quote-above-signature.ts';
import type { TrimLineKind } from './locate-reply-content.ts';
import { isContent } from './locate-reply-content.ts';
import { VALEDICTION_LINE } from './reply-line-patterns.ts';

const MIN_HEADER_LINES = 3;

/** Text after a quoted block this long means the person answered between the quotes. */
const MIN_INTERLEAVED_TEXT_LINES = 4;

/** A closing and a name under the quote; more is a message of its own. */
const MAX_CLOSING_LINES_UNDER_QUOTE = 3;

/** Outlook's own sender form, "From: Jan [mailto:jan@x.nl]": no one writes it in a reply. */
const OUTLOOK_SENDER = /\[mailto:[^\]\s]+@[^\]\s]+\]/iu;

/** Header lines enough for a block that names its sender in Outlook's form ("From: … [mailto:…]" / "Subject: …"). */
const MIN_OUTLOOK_HEADER_LINES = 2;

/** Last index of an embedded header block (From:/Sent:/To:/Subject:) starting at `start`, or -1. */
function headerBlockEnd(lines: readonly string[], kinds: readonly TrimLineKind[], start: number): number {
  let count = 0;
  let last = -1;
  let continuation = false;
  for (let j = start; j < kinds.length; j++) {
    const kind = kinds[j];
    if (kind === 'h') {
      count++;
      last = j;
      continuation = false;
    } else if (kind === 'e' && kinds[j + 1] === 'h') {
    } else if (
      kind === 'e' &&
      kinds[j + 1] === 'e' &&
      kinds[j + 2] === 'h' &&
      NOTES_TABBED_FROM.test(lines[start] ?? '')
    ) {
      // Notes's tabbed "From:  Jan Smit   12/12/2000 12:03 PM" puts two blank lines under it.
    } else if (kind === 't' && !continuation && last === j - 1 && kinds[j + 1] === 'h') {
      // A wrapped header value ("Subject: Some subject that\nspans over 2 lines").
      continuation = true;
    } else break;
  }
  if (count >= MIN_HEADER_LINES) return last;
  const outlook = lines.slice(start, last + 1).some((line) => OUTLOOK_SENDER.test(line));
  return outlook && count >= MIN_OUTLOOK_HEADER_LINES ? last : -1;
}

/** Index after the lines that belong to a leading marker: its quote or header block and blanks. */
function skipQuotedBlock(lines: readonly string[], kinds: readonly TrimLineKind[], from: number): number {
  let j = from;
  while (j < kinds.length) {
    const kind = kinds[j];
    if (kind === 'e' || kind === 'q' || kind === 'b' || kind === 'd') j++;
    else if (kind === 'h') {
      const end = headerBlockEnd(lines, kinds, j);
      j = end >= 0 ? end + 1 : j + 1;
    } else break;
  }
  return j;
}

/**
 * After "On ... wrote:" with reply text above it: is the rest a quote with answers in between
 * (keep it, drop only the marker), or quoted history (cut)?
 */
function isInterleaved(lines: readonly string[], kinds: readonly TrimLineKind[], after: number): boolean {
  let j = after;
  while (kinds[j] === 'e') j++;
  if (kinds[j] !== 'q') return false;
  while (kinds[j] === 'q' || kinds[j] === 'e' || kinds[j] === 'b') j++;
  // Apple Mail and others put the signature under the quote: contact lines are not an answer.
  if (isSignatureTail(lines, kinds, j, kinds.length)) return false;
  let textLines = 0;
  for (; j < kinds.length; j++) {
    const kind = kinds[j];
    if (kind === 'q') return textLines > 0;
    // Text that runs into another attribution or header block without answering a quote is the
    // older history of a thread (forwarded chains), not answers between the quotes.
    if (kind === 'b') return false;
    if (isContent(kind)) textLines++;
    else if (kind !== 'e') break;
  }
  return textLines >= MIN_INTERLEAVED_TEXT_LINES;
}

/**
 * "Sender: Kevin <kevin@x.org>" straight above "To:" / "Date:" / "Subject:": the header block of a
 * mail client that names the sender so (list archives rewrite "From:" to it), its first line.
 */
const SENDER_FIELD = /^\s*\*{0,2}sender\s*(?:\*{1,2}\s*)?[:：]\s*\S.{0,200}(?:@|<|\[)/iu;

/** Answers between the quotes from the first one on: more than one quote, each answered under it. */
const MIN_ANSWERED_QUOTES = 3;

/**
 * Under an attribution that opens the mail: quote, answer, quote, answer ..., three answered quotes
 * at least (a bottom-post answers one) before anything else (a signature, another attribution).
 */
function isAnsweredPointByPoint(kinds: readonly TrimLineKind[], from: number): boolean {
  let answered = 0;
  let inQuote = true;
  for (let j = from; j < kinds.length; j++) {
    const kind = kinds[j];
    if (kind === 'q') inQuote = true;
    else if (isContent(kind)) {
      if (inQuote) answered++;
      inQuote = false;
    } else if (kind !== 'e') break;
  }
  return answered >= MIN_ANSWERED_QUOTES;
}

/** Handles quoted-history markers and embedded header blocks; returns the new end of the reply. */
export function cutHistory(lines: readonly string[], kinds: TrimLineKind[]): number {
  let contentSeen = false;
  for (let i = 0; i < kinds.length; i++) {
    const kind = kinds[i];
    const headerEnd = kind === 'h' ? headerBlockEnd(lines, kinds, i) : -1;
    if (kind !== 'b' && headerEnd < 0) {
      // A lone "Datum: vrijdag" is something the person wrote, not an embedded header block.
      if (kind === 'h') kinds[i] = 't';
      if (isContent(kinds[i])) contentSeen = true;
      continue;
    }
    let markerEnd = headerEnd >= 0 ? headerEnd : i;
    while (kinds[markerEnd + 1] === 'b') markerEnd++;
    if (!contentSeen) {
      // Nothing written above the marker: the reply is below the quoted or forwarded block. When
      // the person answers the quote under it point by point, the answered quote stays with them.
      if (kind === 'b' && isAnsweredPointByPoint(kinds, markerEnd + 1)) {
        // An empty quoted line (">") at the top of the quote goes with the attribution.
        while (kinds[markerEnd + 1] === 'q' && /^\s*>\s*$/u.test(lines[markerEnd + 1] ?? '')) markerEnd++;
        kinds.fill('x', i, markerEnd + 1);
        i = markerEnd;
        continue;
      }
      const next = skipQuotedBlock(lines, kinds, markerEnd + 1);
      // The "____" line Outlook draws above its header block goes with it.
      let start = i;
      while (start > 0 && (kinds[start - 1] === 'd' || kinds[start - 1] === 'e')) start--;
      kinds.fill('x', start, next);
      i = next - 1;
    } else if (kind === 'b' && isInterleaved(lines, kinds, markerEnd + 1)) {
      kinds.fill('x', i, markerEnd + 1);
      i = markerEnd;
    } else return headerEnd >= 0 && SENDER_FIELD.test(lines[i - 1] ?? '') ? i - 1 : i;
  }
  return kinds.length;
}

/**
 * Some clients put the signature under the quote ("Reply" / "On ... wrote:" / "> ..." /
 * "Regards, Roman"): a short closing that follows the quoted block and ends the message is the
 * person's. Returns where it starts, or -1.
 */
export function findClosingUnderQuote(
  lines: readonly string[],
  kinds: readonly TrimLineKind[],
  marker: number,
): number {
  let j = marker;
  while (kinds[j] === 'b' || kinds[j] === 'q' || kinds[j] === 'e') j++;
  // "Regards, Roman": the closing with the name on its line.
  const closing = (lines[j] ?? '').trim().replace(/,\s*[\p{L} .'-]{1,40}$/u, '');
  if (!isContent(kinds[j]) || closing.length > 60 || !VALEDICTION_LINE.test(closing)) return -1;
  let count = 0;
  for (let k = j; k < kinds.length; k++) {
    if (kinds[k] === 'e') continue;
    if (!isContent(kinds[k]) || ++count > MAX_CLOSING_LINES_UNDER_QUOTE) return -1;
  }
  return j;
}
