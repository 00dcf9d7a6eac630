import { neighbourKind } from './find-neighbour-kind.ts';
import type { ReplyLineKind } from './reply-line-kind.ts';
import { HEADER_LINE, QUOTE_LINE } from './reply-line-patterns.ts';

/** The trace fields a mail starts with: "Return-Path: <jan@x>", "Received: from host by host". */
const TRACE_FIELD = /^(?:return-path:\s*<|received:\s+(?:from|by)\s)/iu;

/** A header field of RFC 5322 ("Mime-Version: 1.0"), or its folded continuation. */
const RAW_FIELD = /^(?:[A-Za-z][A-Za-z0-9-]{0,40}:\s|[ \t]+\S)/u;
const MIN_RAW_HEADER_LINES = 4;

/**
 * "Return-Path: <jan@x>" / "Received: from ..." / "To:" / "Subject:" ...: a whole mail's header
 * pasted under the text (a forwarded message copied with its header). The history starts there.
 */
export function markPastedMailHeaders(lines: readonly string[], kinds: ReplyLineKind[]): void {
  for (let i = 0; i < kinds.length; i++) {
    if (!TRACE_FIELD.test(lines[i] ?? '') || (i > 0 && kinds[i - 1] !== 'e')) continue;
    let j = i + 1;
    while (j < kinds.length && RAW_FIELD.test(lines[j] ?? '')) j++;
    if (j - i >= MIN_RAW_HEADER_LINES) kinds.fill('b', i, j);
    i = j - 1;
  }
}

/** The fields that make a header block: who sent it, when, to whom or about what. */
const SENDER_FIELD = /^(?:from|von|van|de|da|från|fra|od)\s*:/iu;
const DATE_FIELD = /^(?:sent|date|datum|gesendet|verzonden|envoyé|enviado|inviato|skickat|sendt)\s*:/iu;
const MIN_QUOTED_HEADER_LINES = 3;

/**
 * "> From: Jan" / "> Sent: ..." / "> To: ..." / "> Subject: ...": the header block of the mail
 * quoted under it, written inside the quote (the attribution line of a client that quotes the
 * header). It names the quoted message as an attribution does, so it is marked as one.
 */
export function markQuotedHeaderBlocks(lines: readonly string[], kinds: ReplyLineKind[]): void {
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] !== 'q') continue;
    let j = i;
    const fields: string[] = [];
    while (kinds[j] === 'q') {
      const field = (lines[j] ?? '').replace(/^\s*(?:>\s?)+/u, '');
      if (!HEADER_LINE.test(field)) break;
      fields.push(field);
      j++;
    }
    const sender = fields.some((field) => SENDER_FIELD.test(field));
    const dated = fields.some((field) => DATE_FIELD.test(field));
    if (fields.length >= MIN_QUOTED_HEADER_LINES && sender && dated) kinds.fill('b', i, j);
    i = Math.max(i, j - 1);
  }
}

/** Lotus Notes' sender line: "Jan de Vries/Finance/Klant@Klant", or a name and an address in brackets. */
const NOTES_SENDER =
  /^\s*(?:[^\s/@<>][^/@<>]{0,60}(?:\/[^/@<>\s][^/@<>]{0,40})+@[^\s@<>]{1,60}|"?[^"<>@]{1,60}"?\s*<[^<>\s]+@[^<>\s]+>)\s*$/u;

/** Its date and time, alone on the line under it: "03/03/2026 10:00 AM", "2026-03-03 10:00". */
const NOTES_DATE =
  /^\s*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})\s+\d{1,2}:\d\d(?::\d\d)?(?:\s*[AP]M)?\s*$/iu;

/**
 * Lotus Notes puts the sender and the date, each on a line of its own ("Please respond to" and an
 * address between them at times), above the To:/cc:/Subject: block of the mail it quotes: they
 * open the history as the header block does.
 */
export function markNotesSenders(lines: readonly string[], kinds: ReplyLineKind[]): void {
  for (let i = 1; i < kinds.length; i++) {
    if (kinds[i] !== 'h' || kinds[i - 1] === 'h') continue;
    let j = i - 1;
    while (kinds[j] === 'e') j--;
    if (/^\s*please\s+respond\s+to\s*$/iu.test(lines[j - 1] ?? '')) {
      j -= 2;
      while (kinds[j] === 'e') j--;
    }
    if (j < 1 || !NOTES_DATE.test(lines[j] ?? '') || !NOTES_SENDER.test(lines[j - 1] ?? '')) continue;
    for (let k = j - 1; k < i; k++) if (kinds[k] !== 'e') kinds[k] = 'b';
  }
}

function countEmpty(kinds: readonly ReplyLineKind[], from: number): number {
  let n = 0;
  while (kinds[from + n] === 'e') n++;
  return n;
}

/** "From: "Jan" <jan@klant.nl>" or the archive's "<jan at klant.nl>": a sender and nothing else. */
const LONE_SENDER_LINE = /^\s*from:\s*[^<>]{0,80}<[^<>\s]+(?:@|\s+at\s+)[^<>\s]+>\s*$/iu;

/**
 * A lone "From: "Jan" <jan@klant.nl>" line (no other header line next to it) right above a quote,
 * blank lines apart: the client's attribution of that quote, written as its sender header.
 */
export function markLoneSenderLines(lines: readonly string[], kinds: ReplyLineKind[]): void {
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] !== 'h' || kinds[i - 1] === 'h' || kinds[i + 1] === 'h') continue;
    if (!LONE_SENDER_LINE.test(lines[i] ?? '')) continue;
    const below = neighbourKind(kinds, i, 1);
    // The quote may open with its own attribution ("> Jan wrote:").
    if (below === 'q' || (below === 'b' && QUOTE_LINE.test(lines[i + 1 + countEmpty(kinds, i + 1)] ?? ''))) {
      kinds[i] = 'b';
    }
  }
}

/** A header field holding a full date and time: "Date: Wed, 16 May 2012 00:15:02 -0600". */
const DATED_FIELD = /\b(?:19|20)\d\d\b.*\b\d{1,2}:\d\d\b|\b\d{1,2}:\d\d\b.*\b(?:19|20)\d\d\b/u;

/**
 * Two header lines alone ("Date: <date and time>" + "To: <address>"): shorter than the three an
 * embedded block needs, but a full timestamp next to an address is a client's header, not a
 * sentence a debtor writes. Marked as a marker line each, so the history is cut there.
 */
export function markDatedHeaderPairs(lines: readonly string[], kinds: ReplyLineKind[]): void {
  for (let i = 0; i + 1 < kinds.length; i++) {
    if (kinds[i] !== 'h' || kinds[i + 1] !== 'h' || kinds[i - 1] === 'h' || kinds[i + 2] === 'h') continue;
    const pair = [lines[i] ?? '', lines[i + 1] ?? ''];
    if (pair.some((line) => DATED_FIELD.test(line)) && pair.some((line) => /@/u.test(line))) {
      kinds[i] = 'b';
      kinds[i + 1] = 'b';
    }
  }
}
