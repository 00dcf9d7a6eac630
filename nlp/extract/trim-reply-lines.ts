import { classifyReplyLines } from './classify-reply-lines.ts';
import { cutAtAttachmentMarker } from './cut-at-attachment-marker.ts';
import { cutAtListFooter } from './cut-at-list-footer.ts';
import { cutAtReplyAboveLine } from './cut-at-reply-above-line.ts';
import { dropLeadingMimeHeaders } from './drop-leading-mime-headers.ts';
import { dropPgpArmor } from './drop-pgp-armor.ts';
import type { ReplyLineKind } from './reply-line-kind.ts';
import {
  DASHED_SIGNOFF,
  DISCLAIMER,
  EXTERNAL_SENDER_BANNER,
  QUOTE_LINE,
  VALEDICTION_LINE,
} from './reply-line-patterns.ts';
import { splitInlineAttributions } from './split-inline-attributions.ts';

const MIN_HEADER_LINES = 3;
/** Text under a separator line this short is a signature, not more reply. */
const MAX_SIGNATURE_LINES_UNDER_SEPARATOR = 6;
/** Text after a quoted block this long means the person answered between the quotes. */
const MIN_INTERLEAVED_TEXT_LINES = 4;
const MAX_NAME_CHARS = 60;
/** A closing and a name under the quote; more is a message of its own. */
const MAX_CLOSING_LINES_UNDER_QUOTE = 3;

type Kind = ReplyLineKind | 'x';

const isContent = (kind: Kind | undefined): boolean => kind === 't' || kind === 'v';

/** Outlook's own sender form, "From: Jan [mailto:jan@x.nl]": no one writes it in a reply. */
const OUTLOOK_SENDER = /\[mailto:[^\]\s]+@[^\]\s]+\]/iu;
/** Header lines enough for a block that names its sender in Outlook's form ("From: … [mailto:…]" / "Subject: …"). */
const MIN_OUTLOOK_HEADER_LINES = 2;

/** Last index of an embedded header block (From:/Sent:/To:/Subject:) starting at `start`, or -1. */
function headerBlockEnd(lines: readonly string[], kinds: readonly Kind[], start: number): number {
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
function skipQuotedBlock(lines: readonly string[], kinds: readonly Kind[], from: number): number {
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

/** A line of prose: a sentence that ends, a question, an exclamation. */
const PROSE_LINE = /[!?]$|\p{Ll}{3}[.;]$/u;
const MAX_SIGNATURE_TAIL_LINES = 16;

/** "Yes, paid." "Done." : a sentence ends in a full stop and has a word in lower case; "Acme Inc." does not. */
function isSentence(line: string): boolean {
  return /\.$/u.test(line) && (/(?:^|\s)\p{Ll}{2,}/u.test(line) || !/\s/u.test(line));
}
const MAX_SIGNATURE_TAIL_LINE_CHARS = 80;

/**
 * The lines from `from` to `end` hold only a signature: name, title, company, address and numbers
 * (short lines, a contact detail among them, no sentence, no closing), a mailing list's footer, and
 * a disclaimer paragraph. What a client appends under a quote, not an answer.
 */
function isSignatureTail(
  lines: readonly string[],
  kinds: readonly Kind[],
  from: number,
  end: number,
): boolean {
  let count = 0;
  let detail = false;
  for (let j = from; j < end; j++) {
    const kind = kinds[j];
    if (kind === 'e' || kind === 'x' || kind === 'd') continue;
    if (kind !== 't') return false;
    if (kinds[j - 1] !== 't') {
      let paragraph = '';
      for (let k = j; k < end && kinds[k] === 't'; k++) paragraph += ` ${lines[k]}`;
      if (DISCLAIMER.test(paragraph.trim())) return detail;
    }
    const line = (lines[j] ?? '').trim();
    if (++count > MAX_SIGNATURE_TAIL_LINES || line.length > MAX_SIGNATURE_TAIL_LINE_CHARS) return false;
    if (PROSE_LINE.test(line) || isSentence(line)) return false;
    if (CONTACT_DETAIL.test(line) || SIGNATURE_DETAIL.test(line)) detail = true;
  }
  return detail;
}

/**
 * A quote under the reply with nothing of the person's own under it but a signature (its
 * attribution lost, or never written: top-posting): history. Returns where the quote starts, or
 * `end`. A quote the person answers under stays.
 */
function cutQuoteAboveSignature(lines: readonly string[], kinds: readonly Kind[], end: number): number {
  let last = end - 1;
  while (last >= 0 && kinds[last] !== 'q') last--;
  if (last < 0 || !isSignatureTail(lines, kinds, last + 1, end)) return end;
  let start = last;
  while (start > 0 && ['q', 'e', 'd'].includes(kinds[start - 1] ?? '')) start--;
  return firstContentBefore(kinds, start) ? start : end;
}

/**
 * After "On ... wrote:" with reply text above it: is the rest a quote with answers in between
 * (keep it, drop only the marker), or quoted history (cut)?
 */
function isInterleaved(lines: readonly string[], kinds: readonly Kind[], after: number): boolean {
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
function dropLeadingSignedQuote(lines: readonly string[], kinds: Kind[]): void {
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
function answerLines(kinds: readonly Kind[], from: number): number {
  let count = 0;
  for (let j = from; j < kinds.length && kinds[j] !== 'g'; j++) if (isContent(kinds[j])) count++;
  return count;
}

/** Answers between the quotes from the first one on: more than one quote, each answered under it. */
const MIN_ANSWERED_QUOTES = 3;

/**
 * Under an attribution that opens the mail: quote, answer, quote, answer ..., three answered quotes
 * at least (a bottom-post answers one) before anything else (a signature, another attribution).
 */
function isAnsweredPointByPoint(kinds: readonly Kind[], from: number): boolean {
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
function cutHistory(lines: readonly string[], kinds: Kind[]): number {
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

function firstContentBefore(kinds: readonly Kind[], end: number): boolean {
  for (let j = 0; j < end; j++) if (isContent(kinds[j])) return true;
  return false;
}

/**
 * "## Key Points" + "----": a rule drawn straight under a heading, with text written on below it,
 * is the layout of the reply (Markdown, plain-text reports), not the start of a signature.
 */
function isMarkdownRule(lines: readonly string[], kinds: readonly Kind[], i: number, end: number): boolean {
  const above = (lines[i - 1] ?? '').trim();
  if (!isContent(kinds[i - 1]) || !/^#{1,6}\s/u.test(above)) return false;
  for (let j = i + 1; j < end; j++) if (isContent(kinds[j])) return true;
  return false;
}

/** "-- " or a separator with a short tail under it ends the reply. */
function cutSignature(lines: readonly string[], kinds: readonly Kind[], end: number): number {
  let markdown = false;
  for (let i = 0; i < end; i++) {
    const kind = kinds[i];
    if (kind !== 'g' && kind !== 'd') continue;
    if (!firstContentBefore(kinds, i)) continue;
    if (kind === 'g') return i;
    // Once the reply is laid out with Markdown rules, its later rules are layout as well.
    if (markdown || isMarkdownRule(lines, kinds, i, end)) {
      markdown = true;
      continue;
    }
    if (
      ((isShortTail(kinds, i, end) || isContactUnderRule(lines, kinds, i, end)) &&
        !holdsNumberedSteps(lines, kinds, i, end)) ||
      isStarBox(lines, kinds, i, end)
    ) {
      return i;
    }
  }
  return end;
}

const NUMBERED_STEP = /^\s{0,8}(\d{1,2})[.)]\s/u;

/**
 * "=====" over "How to match the payment:" / "1. Open the ledger" / "2. Find invoice 42": steps
 * numbered in order under a rule are what the person wrote out, not a signature.
 */
function holdsNumberedSteps(
  lines: readonly string[],
  kinds: readonly Kind[],
  rule: number,
  end: number,
): boolean {
  let expected = 1;
  for (let j = rule + 1; j < end; j++) {
    if (kinds[j] === 'e' || kinds[j] === 'x') continue;
    const line = lines[j] ?? '';
    const step = line.length <= 400 ? NUMBERED_STEP.exec(line) : null;
    if (step && Number(step[1]) === expected) expected++;
  }
  return expected > 2;
}

function isShortTail(kinds: readonly Kind[], rule: number, end: number): boolean {
  let tail = 0;
  for (let j = rule + 1; j < end; j++) if (kinds[j] !== 'e' && kinds[j] !== 'x') tail++;
  return tail <= MAX_SIGNATURE_LINES_UNDER_SEPARATOR;
}

const STAR_RULE = /^\s*\*{5,}\s*$/u;
const STAR_BOX_LINE = /^\s*\*(?:\s.*)?$/u;
const MAX_STAR_BOX_LINES = 12;
/** A contact detail inside the box: a phone, fax or mail label, or an address (archives write "at"). */
const BOX_CONTACT = /\b(?:phone|tel|fax|e-?mail|mobile)\b|@|\S\s+at\s+\S+\.[a-z]{2,}\b/iu;

/**
 * "*****" over "* Jan de Vries, Ph.D." / "* title" / "* address" / "* Phone ..." (and a closing
 * "*****"): a signature boxed in asterisks at the end of the mail, with a contact detail in it.
 * Starred points of the reply have no contact line among them and stay.
 */
function isStarBox(lines: readonly string[], kinds: readonly Kind[], rule: number, end: number): boolean {
  if (!STAR_RULE.test(lines[rule] ?? '')) return false;
  let count = 0;
  let contact = false;
  for (let j = rule + 1; j < end; j++) {
    if (kinds[j] === 'e' || kinds[j] === 'x') continue;
    const line = lines[j] ?? '';
    if (STAR_RULE.test(line)) continue;
    if (!STAR_BOX_LINE.test(line)) return false;
    if (++count > MAX_STAR_BOX_LINES) return false;
    if (BOX_CONTACT.test(line)) contact = true;
  }
  return contact;
}

/** A long rule of dashes, underscores or equals signs. */
const LONG_RULE = /^\s*(?:[-_=]\s?){10,}$/u;
const MAX_CONTACT_UNDER_RULE_LINES = 8;

/**
 * "-----" over "Jan de Vries, Head of Accounts" / "Klant BV, street, city" / "+31 ... FAX: ...": a
 * long rule with a contact block under it (a name or company first, short lines, a contact detail,
 * no sentence), and under that nothing or a short footer behind another rule (a mailing list's):
 * the signature. A log, a table or more text under the rule stays.
 */
function isContactUnderRule(
  lines: readonly string[],
  kinds: readonly Kind[],
  rule: number,
  end: number,
): boolean {
  if (!LONG_RULE.test(lines[rule] ?? '')) return false;
  let j = rule + 1;
  while (j < end && kinds[j] === 'e') j++;
  if (!/^\p{Lu}[^\d]{0,60}$/u.test((lines[j] ?? '').trim())) return false;
  const block: string[] = [];
  for (; j < end && kinds[j] !== 'd' && kinds[j] !== 'g'; j++) {
    if (kinds[j] === 'e' || kinds[j] === 'x') continue;
    if (!isContent(kinds[j])) return false;
    block.push((lines[j] ?? '').trim());
  }
  if (block.length < 2 || block.length > MAX_CONTACT_UNDER_RULE_LINES) return false;
  if (block.some((line) => line.length > MAX_SIGNATURE_TAIL_LINE_CHARS || PROSE_LINE.test(line)))
    return false;
  if (!block.some((line) => CONTACT_DETAIL.test(line) || SIGNATURE_DETAIL.test(line))) return false;
  return j >= end || isShortTail(kinds, j, end);
}

/** Sentences under a closing that make it more reply rather than a signature block. */
const MIN_SENTENCES_AFTER_CLOSING = 2;
const MIN_WORDS_AFTER_CLOSING = 15;
/** What a signature block holds and prose does not. */
const SIGNATURE_DETAIL = /@|https?:|www\.|\+?\d[\d ()./-]{7,}\d/u;

/**
 * Prose under the closing and the name ("Best wishes, Tom" and then two more sentences of the
 * reply): people go on writing after signing off now and then; a signature block is short lines
 * of names, titles, addresses and numbers, not sentences.
 */
function isProseAfter(lines: readonly string[], kinds: readonly Kind[], from: number, end: number): boolean {
  let sentences = 0;
  let words = 0;
  // A rule ("=====", "-----") as the first thing under the closing, past any quote the client put
  // there, opens a boxed signature (name, company, department in columns), not more of the reply.
  let first = from;
  while (kinds[first] === 'e' || kinds[first] === 'q') first++;
  if (first < end && kinds[first] === 'd') return false;
  for (let j = from; j < end; j++) {
    if (!isContent(kinds[j])) continue;
    const line = (lines[j] ?? '').trim();
    if (SIGNATURE_DETAIL.test(line)) return false;
    words += line.split(/\s+/u).length;
    sentences += line.match(/\p{L}[.!?]+(?=\s|$)/gu)?.length ?? 0;
  }
  return sentences >= MIN_SENTENCES_AFTER_CLOSING && words >= MIN_WORDS_AFTER_CLOSING;
}

/** A footnote of a link list: "[1] https://…", "[2]:" (its link wrapped onto the next line), "[3] <https://…>". */
const FOOTNOTE = /^\s*\[(\d{1,2})\]:?(?:\s+<?https?:\/\/\S+)?\s*$/u;
const BARE_LINK = /^\s*<?https?:\/\/\S+\s*$/u;

/**
 * "[1] https://…" lines under the closing, each number referred to in the text above ("an archive
 * [1]"): the links the person's own text points at, so part of the reply, not a signature.
 */
function isFootnoteList(
  lines: readonly string[],
  kinds: readonly Kind[],
  from: number,
  end: number,
): boolean {
  const numbers: string[] = [];
  let previousFootnote = false;
  for (let j = from; j < end; j++) {
    if (!isContent(kinds[j])) continue;
    const line = lines[j] ?? '';
    const footnote = FOOTNOTE.exec(line);
    if (footnote?.[1]) numbers.push(footnote[1]);
    else if (!(previousFootnote && BARE_LINK.test(line))) return false;
    previousFootnote = Boolean(footnote);
  }
  const text = lines.slice(0, from).join('\n');
  return numbers.length > 0 && numbers.every((number) => text.includes(`[${number}]`));
}

/** Keeps "Met vriendelijke groet," and the name under it; drops the signature block below. */
function cutAfterClosing(lines: readonly string[], kinds: readonly Kind[], end: number): number {
  const cut = findClosingEnd(lines, kinds, end);
  if (cut >= end) return end;
  return isProseAfter(lines, kinds, cut, end) || isFootnoteList(lines, kinds, cut, end) ? end : cut;
}

/**
 * "on behalf", "on behalf of Klant BV": a line that says for whom the person signs. (The Dutch
 * "namens de familie," would change a row the reasons model reads, so it waits for a retraining.)
 */
const ON_BEHALF = /^\s*on\s+behalf(?:\s+of\b.{0,50})?[\s,]*$/iu;

/**
 * "Tobias" / "Mit freundlichen Grüßen," / "Tobias Oberstein" / "Geschäftsführer" ...: the person
 * signed the reply with their name, and under it their signature file repeats a closing and the
 * full name that starts with it. The reply ends at the name; the closing belongs to the file.
 */
function isSignatureFileUnderName(
  lines: readonly string[],
  kinds: readonly Kind[],
  closing: number,
  fullName: string,
): boolean {
  const signed = lastContent(kinds, closing);
  if (signed < 1 || kinds[signed + 1] !== 'e' || isContent(kinds[signed - 1])) return false;
  const first = (lines[signed] ?? '').trim();
  if (!/^\p{Lu}[\p{L}\p{M}'’-]{1,20}$/u.test(first) || !firstContentBefore(kinds, signed)) return false;
  return fullName.startsWith(`${first} `) && SIGNOFF_NAME.test(fullName);
}

function findClosingEnd(lines: readonly string[], kinds: readonly Kind[], end: number): number {
  for (let i = 0; i < end; i++) {
    if (kinds[i] !== 'v' || !firstContentBefore(kinds, i)) continue;
    const line = (lines[i] ?? '').trim();
    const closing = VALEDICTION_LINE.exec(line)?.[0] ?? '';
    // "Groeten, Jan" carries the name on the same line; "Grüßen" only completes the closing's word.
    const rest = line.slice(closing.length).replace(/^\p{L}*[\s,.!،]*/u, '');
    // "Grüße aus Rosenheim" names a place, not the person: the name follows on the next line.
    if (/\p{L}/u.test(rest) && !/^(?:aus|von|from|uit|van|de|du)\s/u.test(rest)) return i + 1;
    let j = i + 1;
    while (j < end && (kinds[j] === 'e' || kinds[j] === 'x')) j++;
    // "Kind Regards" / "on behalf" / "Jan de Vries": who signs for whom belongs to the closing,
    // and the name under it is still the person's.
    if (ON_BEHALF.test(lines[j] ?? '')) {
      j++;
      while (j < end && (kinds[j] === 'e' || kinds[j] === 'x')) j++;
    }
    const name = (lines[j] ?? '').trim();
    if (j < end && kinds[j] === 't' && name.length <= MAX_NAME_CHARS)
      return isSignatureFileUnderName(lines, kinds, i, name) ? i : j + 1;
    return i + 1;
  }
  return end;
}

/**
 * Some clients put the signature under the quote ("Reply" / "On ... wrote:" / "> ..." /
 * "Regards, Roman"): a short closing that follows the quoted block and ends the message is the
 * person's. Returns where it starts, or -1.
 */
function closingUnderQuote(lines: readonly string[], kinds: readonly Kind[], marker: number): number {
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

/** Lotus Notes's tabbed sender line: "From:" then the name and the date and time far to the right. */
const NOTES_TABBED_FROM =
  /^\t\s{0,8}\p{L}{2,12}:\s{1,8}\S.{0,100}\s\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?\s*$/iu;

/**
 * The date and time Lotus Notes prints on a line of its own under the sender's name, above its
 * "To:" / "cc:" / "Subject:" block: "12/05/2000 12:00 AM", "05.12.2000 14:03".
 */
const NOTES_DATE_TIME =
  /^\s{0,12}\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?\s*$/iu;
/** The sender and date on one line: '"Smit, Jan" <jan@x.nl> on 04/11/2001 05:26:41 PM'. */
const NOTES_SENDER_ON_DATE =
  /^\s{0,12}\S.{0,150}\s(?:on|am|le|op)\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?\s*$/iu;
/**
 * Lotus Notes's forward line, "----- Forwarded by Jan Smit/NL/Klant on 05/12/2000 07:03 AM -----",
 * and the same in the languages of its other releases, always with the date and time. What is under
 * it is the forwarded message.
 */
const NOTES_FORWARDED_BY =
  /^\s{0,8}-{3,}\s{0,8}(?:forwarded\s+by|weitergeleitet\s+von|transf[ée]r[ée]\s+par|doorgestuurd\s+door)\s.{1,200}\s(?:on|am|le|op)\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?\s+-{3,}\s*$/iu;
const MAX_NOTES_SENDER_CHARS = 80;

/** Index of the first non-blank line at or above `from`, or -1. */
function previousNonBlank(kinds: readonly Kind[], from: number): number {
  let j = from;
  while (j >= 0 && kinds[j] === 'e') j--;
  return j;
}

/**
 * Lotus Notes puts the sender's name and the date on lines of their own above the header block
 * it quotes ("Jan Smit" / "12/05/2000 12:00 AM" / "To: ..."), or both on one line ("... on
 * 04/11/2001 05:26:41 PM"), and its forward line above those: the history starts there, not at
 * "To:".
 */
function extendOverNotesSender(lines: readonly string[], kinds: readonly Kind[], end: number): number {
  if (kinds[end] !== 'h') return end;
  let start = end;
  const above = previousNonBlank(kinds, end - 1);
  const line = lines[above] ?? '';
  if (above > 0 && line.length <= 200 && NOTES_DATE_TIME.test(line)) {
    const name = lines[above - 1] ?? '';
    if (
      isContent(kinds[above - 1]) &&
      name.trim().length <= MAX_NOTES_SENDER_CHARS &&
      !/[.!?:,]\s*$/u.test(name)
    )
      start = above - 1;
  } else if (above > 0 && line.length <= 200 && NOTES_SENDER_ON_DATE.test(line)) start = above;
  if (start === end) return end;
  const forward = previousNonBlank(kinds, start - 1);
  if (forward > 0 && (lines[forward] ?? '').length <= 300 && NOTES_FORWARDED_BY.test(lines[forward] ?? ''))
    start = forward;
  return firstContentBefore(kinds, start) ? start : end;
}

/** "----- Forwarded by ... -----" under the person's comment: the forwarded message starts there. */
function cutNotesForward(lines: readonly string[], kinds: readonly Kind[], end: number): number {
  for (let i = 1; i < end; i++) {
    const line = lines[i] ?? '';
    if (line.length <= 300 && NOTES_FORWARDED_BY.test(line) && firstContentBefore(kinds, i)) return i;
  }
  return end;
}

/**
 * A label of Lotus Notes's two-column header, right of the sender and date column after a run of
 * spaces, or alone far to the right ("Jan Smit        To: ...", "                cc:"). The run
 * starts after text (lookbehind), so a long run of spaces is tried once, not from every space.
 */
const NOTES_COLUMN_LABEL =
  /(?:(?<=\S)\s{3,}|^\s{8,})(to|cc|bcc|subject|an|kopie|betreff|thema|à|objet|aan|onderwerp)\s*:/iu;
const NOTES_COLUMN_WINDOW = 5;
const MAX_NOTES_COLUMN_LINE_CHARS = 300;
const MAX_NOTES_LEFT_COLUMN_LINES = 3;

function notesColumnLabel(line: string): string | null {
  if (line.length > MAX_NOTES_COLUMN_LINE_CHARS) return null;
  return NOTES_COLUMN_LABEL.exec(line)?.[1]?.toLowerCase() ?? null;
}

/**
 * Lotus Notes's two-column header: the sender's address and the date in an indented left column,
 * "To:" / "cc:" / "Subject:" beside them on the right. Three distinct labels within a few lines:
 * the history starts at the top of the left column.
 */
function cutNotesColumnHeader(lines: readonly string[], kinds: readonly Kind[], end: number): number {
  for (let i = 1; i < end; i++) {
    const first = notesColumnLabel(lines[i] ?? '');
    if (first === null) continue;
    const labels = new Set([first]);
    for (let j = i + 1; j < Math.min(end, i + NOTES_COLUMN_WINDOW); j++) {
      const label = notesColumnLabel(lines[j] ?? '');
      if (label !== null) labels.add(label);
    }
    if (labels.size < MIN_NOTES_LABELS) continue;
    let start = i;
    while (
      start > 0 &&
      i - start < MAX_NOTES_LEFT_COLUMN_LINES &&
      isContent(kinds[start - 1]) &&
      /^\s{8,}\S/u.test(lines[start - 1] ?? '')
    )
      start--;
    if (firstContentBefore(kinds, start)) return start;
  }
  return end;
}

/** The labels Lotus Notes prints on lines of their own above a message it quotes. */
const NOTES_LABEL =
  /^\s*(?:请答复\s*给|请回复\s*给|收件人|抄送|密送|主题|please\s+respond\s+to|to|cc|bcc|subject)\s*$/iu;
const MIN_NOTES_LABELS = 3;
const NOTES_LABEL_WINDOW = 12;
/** A line of the sender or date Notes prints above its labels. */
const NOTES_SENDER_OR_DATE = /@|^\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|^\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b/u;

/**
 * Lotus Notes quotes a message under a header of its own: the sender ("Name" <address>) and the
 * date on lines of their own, then labels with their values under them ("请答复 给" / "收件人" /
 * "抄送" / "主题", or "Please respond to" / "To" / "cc" / "Subject"). Three distinct labels within
 * a few lines, with the sender or date right above the first: the history starts at the sender.
 */
function cutNotesHeader(lines: readonly string[], kinds: readonly Kind[], end: number): number {
  for (let i = 0; i < end; i++) {
    if (!NOTES_LABEL.test(lines[i] ?? '')) continue;
    const labels = new Set<string>();
    for (let j = i; j < Math.min(end, i + NOTES_LABEL_WINDOW); j++)
      if (NOTES_LABEL.test(lines[j] ?? '')) labels.add((lines[j] ?? '').trim().toLowerCase());
    if (labels.size < MIN_NOTES_LABELS) continue;
    let start = i;
    while (start > 0 && isContent(kinds[start - 1]) && NOTES_SENDER_OR_DATE.test(lines[start - 1] ?? ''))
      start--;
    if (start === i || !firstContentBefore(kinds, start)) continue;
    return start;
  }
  return end;
}

/**
 * A device footer ends what the person wrote: mobile clients put it between the reply and the
 * message answered, which they often attach without any marker we know ("Sent from my iPhone"
 * followed by the original text, or by a header block in yet another language).
 */
function cutAtDeviceFooter(lines: readonly string[], kinds: readonly Kind[], end: number): number {
  for (let i = 0; i < end; i++) {
    if (kinds[i] !== 's' || !firstContentBefore(kinds, i)) continue;
    // A line of characters the mail lost right over it ("?" where a no-break space was) goes too.
    return i > 1 && LOST_CHARACTERS_LINE.test(lines[i - 1] ?? '') && firstContentBefore(kinds, i - 1)
      ? i - 1
      : i;
  }
  return end;
}

/** A short line of only "?" or U+FFFD: characters an archive or gateway could not convert. */
const LOST_CHARACTERS_LINE = /^\s{0,8}[?\ufffd]{1,3}\s{0,8}$/u;

/** The mail server's "this email originated from outside" paragraph on top is not the reply. */
function dropExternalSenderBanner(lines: readonly string[], kinds: Kind[]): void {
  let i = 0;
  while (kinds[i] === 'e') i++;
  let j = i;
  let paragraph = '';
  while (j < kinds.length && kinds[j] === 't' && paragraph.length < 600) paragraph += ` ${lines[j++]}`;
  if (j > i && EXTERNAL_SENDER_BANNER.test(paragraph.trim())) kinds.fill('x', i, j);
}

/** An indented line of symbols only, as ASCII art draws ("     \\|/", "   (  o o  )" has letters). */
const ART_LINE = /^\s[^\p{L}\p{N}]{0,79}$/u;

/**
 * "Thanks," / "Jabir" / "     \\|/": a drawing in the signature, indented lines of symbols right
 * under the name that ends the reply, is not part of it.
 */
function cutArtUnderName(lines: readonly string[], kinds: readonly Kind[], end: number): number {
  const last = lastContent(kinds, end);
  let name = last;
  while (
    name >= 0 &&
    isContent(kinds[name]) &&
    ART_LINE.test(lines[name] ?? '') &&
    /\S/u.test(lines[name] ?? '')
  )
    name--;
  if (name === last || name < 1 || !isContent(kinds[name])) return end;
  if (!SIGNOFF_NAME.test(lines[name] ?? '') || !firstContentBefore(kinds, name)) return end;
  return name + 1;
}

/**
 * An image a client pasted into the signature, as text conversions print it: Outlook's
 * "[cid:image001.png@01DA...]" (an archive writes "at" for "@") or Gmail's "[image: logo]".
 */
const IMAGE_PLACEHOLDER = /^\s*\[(?:cid:[^\]]{1,200}|image:[^\]]{0,100})\]\s*$/iu;
const MAX_IMAGE_PLACEHOLDER_CHARS = 220;

/**
 * "Thanks," / "Anna Smit" / "[cid:image001.png@...]" / title, address, notice: an image right
 * under the closing and the name is the signature's logo; the block from it is the signature,
 * even when a notice in sentences follows.
 */
function cutImageUnderName(lines: readonly string[], kinds: readonly Kind[], end: number): number {
  for (let i = 2; i < end; i++) {
    const line = lines[i] ?? '';
    if (line.length > MAX_IMAGE_PLACEHOLDER_CHARS || !IMAGE_PLACEHOLDER.test(line)) continue;
    const name = lastContent(kinds, i);
    if (name < 1 || !SIGNOFF_NAME.test(lines[name] ?? '')) continue;
    const closing = lastContent(kinds, name);
    if (closing >= 0 && isShortClosing(lines, kinds, closing)) return i;
  }
  return end;
}

/**
 * An attachment as clients print it on a line of its own under the text: Outlook's " - draft.xls"
 * and "<<draft.xls>>". A file name with an extension a document has, nothing else on the line.
 */
const ATTACHMENT_NAME_LINE =
  /^\s{0,8}(?:-\s|<<)[^<>]{0,150}\.(?:xlsx?|xlsm|docx?|pdf|pptx?|txt|csv|zip|jpe?g|png|gif|tiff?|rtf|msg|html?|vcf)\s*(?:>>)?\s*$/iu;

/** Attachment name lines at the end, under the person's text: they are not what the person wrote. */
function cutAttachmentNameLines(lines: readonly string[], kinds: readonly Kind[], end: number): number {
  let cut = end;
  let last = lastContent(kinds, cut);
  while (last > 0 && (lines[last] ?? '').length <= 200 && ATTACHMENT_NAME_LINE.test(lines[last] ?? '')) {
    if (!firstContentBefore(kinds, last)) break;
    cut = last;
    last = lastContent(kinds, cut);
  }
  return cut;
}

/** A North American phone number at the start of a line, with a label or not: "512-878-5467", "(405) 553-6475 - voice". */
const PHONE_LINE =
  /^\s{0,4}(?:[A-Za-z.#]{1,12}[.:#]?\s{0,4})?(?:\+?1[\s.-])?\(?\d{3}\)?[\s.-]{1,2}\d{3}[.-]\d{4}\b/u;

/**
 * "Thanks," / "Cindy Smit" / "Klant BV" / "(405) 553-6475" / "cindy@klant.example": the name glued
 * under the closing or the last sentence, and under it, without a blank line, a block of short
 * lines with contact details and no sentence. The name stays; the block under it is the signature.
 */
function cutContactUnderGluedName(lines: readonly string[], kinds: readonly Kind[], end: number): number {
  const paragraph = lastParagraph(kinds, end);
  if (!paragraph) return end;
  const { start, last } = paragraph;
  for (let i = Math.max(start, last - MAX_CONTACT_LINES); i < last - 1; i++) {
    const name = (lines[i] ?? '').trim();
    if (!SIGNOFF_NAME.test(name) || !/\s/u.test(name) || VALEDICTION_LINE.test(name)) continue;
    if (isShortClosing(lines, kinds, i)) continue;
    const block = lines.slice(i + 1, last + 1).map((line) => line.trim());
    const detailed = block.some((line) => CONTACT_DETAIL.test(line) || PHONE_LINE.test(line));
    const contact = block.map((line) => (PHONE_LINE.test(line) ? '+1 000 000 0000' : line));
    if (!detailed || !isContactLines(contact)) continue;
    const above = (lines[i - 1] ?? '').trim();
    if (
      i === start
        ? !firstContentBefore(kinds, start)
        : !isShortClosing(lines, kinds, i - 1) && !/[.!?]$/u.test(above)
    )
      continue;
    return i + 1;
  }
  return end;
}

/** Index of the last content line before `end`, or -1. */
function lastContent(kinds: readonly Kind[], end: number): number {
  let j = end - 1;
  while (j >= 0 && !isContent(kinds[j])) j--;
  return j;
}

/** The first and last line of the last paragraph with text before `end`, or null. */
function lastParagraph(kinds: readonly Kind[], end: number): { start: number; last: number } | null {
  const last = lastContent(kinds, end);
  if (last < 0) return null;
  let start = last;
  while (start > 0 && isContent(kinds[start - 1])) start--;
  return { start, last };
}

/**
 * The last paragraph when it stands apart under the person's text (a blank line above it, text
 * further up) and has `min` to `max` lines: where a signature without a marker may be.
 */
function closingParagraph(
  kinds: readonly Kind[],
  end: number,
  min: number,
  max: number,
): { start: number; last: number } | null {
  const paragraph = lastParagraph(kinds, end);
  if (!paragraph) return null;
  const count = paragraph.last - paragraph.start + 1;
  if (count < min || count > max || kinds[paragraph.start - 1] !== 'e') return null;
  return firstContentBefore(kinds, paragraph.start) ? paragraph : null;
}

/** Starts with a dash, as the items of a list drawn with dashes do. */
const DASH_ITEM = /^\s*(?:--?|[—–])\s*\S/u;

/**
 * "Thanks.\n\n--Jan": the "-- " separator with the name run onto it, on the last line and apart from
 * the reply, starts the signature. A list drawn with dashes ("-- Invoice\n-- Credit note") stays.
 */
const SIGNED_BETWEEN_DASHES = /^\s*-{2,3}\s*[^\s-][^-]{0,30}?\s*-{2,3}\s*$/u;

/** The separator with a quotation run onto it: '-- "Hell, there are no rules here."'. */
const SIGNATURE_QUOTATION = /^--\s?["“„«]/u;
const MAX_QUOTATION_LINES = 3;

function cutDashedSignoff(lines: readonly string[], kinds: readonly Kind[], end: number): number {
  const last = lastContent(kinds, end);
  if (last <= 0 || !DASHED_SIGNOFF.test(lines[last] ?? '')) return end;
  // A quotation the signature file carries, run onto the separator, with its author under it:
  // '-- "Paid is paid."' / "-- Jan de Vries".
  for (let i = last - 1; i >= 0 && i >= last - MAX_QUOTATION_LINES; i--) {
    if (!isContent(kinds[i])) break;
    if (SIGNATURE_QUOTATION.test(lines[i] ?? '')) return firstContentBefore(kinds, i) ? i : end;
  }
  if (kinds[last - 1] !== 'e') return end;
  // "--jh--": the name between dashes on both sides is the person signing, not a separator.
  if (SIGNED_BETWEEN_DASHES.test(lines[last] ?? '')) return end;
  const above = lastContent(kinds, last);
  if (above < 0 || DASH_ITEM.test(lines[above] ?? '')) return end;
  return last;
}

/** A sign-off name on a line of its own: one to three words, no digits, no sentence punctuation. */
const SIGNOFF_NAME = /^\s*\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{L}[\p{L}\p{M}'’.-]*){0,2}\s*$/u;
/**
 * What a contact block holds and a reply does not: an address, a link, a labelled phone or fax
 * number ("Tel: +44 ...", "Tel.: 030 ...", "M: 06 ..."), a line that is only an international number
 * ("+31 20 123 4567"). Other bare numbers are not enough: a debtor writes an IBAN or an invoice
 * number under the name now and then.
 */
const CONTACT_DETAIL =
  /@|https?:|www\.|^\s*(?:phone|tel|mobile|fax)\s+\+\d|^\s*(?:tel(?:efon|ephone|\.)?|phone|mobil(?:e|tel)?|mob|handy|fax|gsm|[tmf])\s*[.:]\s*\+?\(?\d|^\s*\+\d{1,3}[\s(]*\d[\d\s()./-]{6,}\d\s*$/iu;
/** A line of a signature: a title and name, a company, an address: a few words, not lower-case prose. */
const SIGNATURE_LINE = /^[\p{Lu}\d(+]\S*(?:\s+\S+){0,6}$/u;
/** An address on one line: "Klant BV, Keizersgracht 1, 1015 AA Amsterdam, Netherlands". */
const ADDRESS_LINE = /^[\p{Lu}\d][^,.!?]{0,30}(?:,\s*[\p{Lu}\d][^,!?]{0,30}){2,5}$/u;
/**
 * A company's legal details on a line of its own: share capital, registry and tax numbers ("Cap.
 * Soc. € 10.000,00 i.v. – REA TV 0341585", "C.F. – P.IVA ...", "KvK 12345678", "USt-IdNr.").
 */
const REGISTRY_LINE =
  /^(?=.*\d)(?=.{0,70}$).*(?:\bP\.\s?IVA\b|\bC\.F\.|\bREA\b|\bCap\.\s?Soc\.|\bReg\.\s?Imp\.|\bKvK\b|\bBTW\b|\bVAT\b|\bUSt-?IdNr|\bHRB\b|\bSIRE[NT]\b|\bRCS\b|\bCIF\b|\bNIF\b|\bAmtsgericht\b)/u;
const MAX_CONTACT_LINES = 8;
const MAX_CONTACT_LINE_CHARS = 70;

/** "Jan Smit | Finance | Klant BV | +31 20 123 4567 | www.klant.nl": a signature on one line. */
function isPipedContactLine(line: string): boolean {
  // The length first: splitting a long run of white space costs the square of its length.
  if (line.length > 160) return false;
  const fields = line.split(/\s+[|•·]\s+/u);
  if (fields.length < 3) return false;
  // An address, a link or an international number: an invoice line ("2026-0042 | EUR 310,00 |
  // due 3 March") has none of them.
  return fields.some((field) => /@|https?:|www\.|^\+\d[\d\s()./-]{7,}\d$/u.test(field));
}

/** "Thanks," or "Cheers!" on a line of its own above the name: a closing in any language. */
const SHORT_CLOSING = /^\s*\p{L}[\p{L} ]{0,20}[,!]\s*$/u;

function isShortClosing(lines: readonly string[], kinds: readonly Kind[], i: number): boolean {
  if (kinds[i] === 'v' || INITIALS_CLOSING.test(lines[i] ?? '')) return true;
  return SHORT_CLOSING.test(lines[i] ?? '') && (i === 0 || !isContent(kinds[i - 1]));
}

/** Short lines with a contact detail among them and no sentence: a signature's contact block. */
function isContactLines(block: readonly string[]): boolean {
  if (block.length < 2 || block.length > MAX_CONTACT_LINES) return false;
  if (block.some((line) => line.length > MAX_CONTACT_LINE_CHARS || /[!?]$|\p{Ll}{3}\.$/u.test(line)))
    return false;
  if (!block.some((line) => CONTACT_DETAIL.test(line))) return false;
  if (
    !block.every(
      (line) =>
        CONTACT_DETAIL.test(line) ||
        SIGNATURE_LINE.test(line) ||
        ADDRESS_LINE.test(line) ||
        REGISTRY_LINE.test(line),
    )
  )
    return false;
  return !/^p\.?\s?s\b/iu.test(block[0] ?? '');
}

/**
 * "sebastian" and straight under it "Sebastian Rahtz   s.rahtz@...": the first name the person
 * signed with (in any case), then the signature that opens with it in full.
 */
function isSignedNameOverFullName(block: readonly string[]): boolean {
  const signed = (block[0] ?? '').toLowerCase();
  const full = block[1] ?? '';
  if (!/^\p{L}[\p{L}\p{M}'’-]{1,20}$/u.test(signed) || !full.toLowerCase().startsWith(`${signed} `))
    return false;
  // The surname follows, capitalized after any particle ("de Vries"): "Friday" over "Friday we
  // pay: ap@klant.example" is prose.
  return /^\s+(?:\p{Ll}{1,3}\s+){0,2}\p{Lu}/u.test(full.slice(signed.length));
}

/**
 * "Eva" and then "Mag. Eva Musterfrau / A-1000 Wien, Grüngasse 1 / Tel: ...": the name the person
 * signed with, and under it, apart, a block of short lines with contact details and no sentence is
 * the signature, also without a closing or a "-- " above it.
 */
function cutContactBlock(lines: readonly string[], kinds: readonly Kind[], end: number): number {
  const paragraph = lastParagraph(kinds, end);
  if (!paragraph) return end;
  const { start, last } = paragraph;
  const block = lines.slice(start, last + 1).map((line) => line.trim());
  if (block.length === 1 && isPipedContactLine(block[0] ?? '') && firstContentBefore(kinds, start))
    return start;
  // "--Jan" / "- Jan" over an address and a link: the person signs with a dash, the contact lines
  // under the name go and the name stays.
  const dashed = (block[0] ?? '').replace(/^(?:--?|[–—])\s?/u, '');
  if (
    dashed !== block[0] &&
    SIGNOFF_NAME.test(dashed) &&
    kinds[start - 1] === 'e' &&
    isContactLines(block.slice(1)) &&
    firstContentBefore(kinds, start)
  )
    return start + 1;
  if (isSignedNameOverFullName(block) && kinds[start - 1] === 'e' && firstContentBefore(kinds, start)) {
    if (isContactLines(block.slice(1)) && !isFootnoteList(lines, kinds, start + 1, last + 1))
      return start + 1;
  }
  if (!isContactLines(block) || isFootnoteList(lines, kinds, start, last + 1)) return end;
  const name = lastContent(kinds, start);
  if (name < 0 || kinds[name + 1] !== 'e') return end;
  // "GERONAZZO Dott.ssa MARIACHIARA" / "Commercialista - Revisore Contabile": the name's title
  // lines under it, apart from the reply, go with the block.
  const titled = titledNameStart(lines, kinds, name);
  if (titled >= 0) return firstContentBefore(kinds, titled) ? titled : end;
  if (name > 0 && isContent(kinds[name - 1]) && !isShortClosing(lines, kinds, name - 1)) return end;
  // "/Jan de Vries", "-Jan": the name with a slash or a dash before it.
  const signed = (lines[name] ?? '').replace(/^\s*[/–—-]\s?/u, '');
  if (!SIGNOFF_NAME.test(signed) || !firstContentBefore(kinds, name)) return end;
  return start;
}

const MAX_TITLES_UNDER_SIGNED_NAME = 2;

/**
 * The first line of a paragraph of the person's name and one or two titles under it ("DE VRIES
 * Drs. JAN" / "Accountant - Auditor"), apart from what is above it, ending at `last`; or -1.
 */
function titledNameStart(lines: readonly string[], kinds: readonly Kind[], last: number): number {
  let name = last;
  while (name > 0 && isContent(kinds[name - 1]) && last - name < MAX_TITLES_UNDER_SIGNED_NAME) name--;
  const signed = (lines[name] ?? '').trim();
  if (name === last || isContent(kinds[name - 1]) || !SIGNOFF_NAME.test(signed) || !/\s/u.test(signed))
    return -1;
  if (isShortClosing(lines, kinds, name) || VALEDICTION_LINE.test(signed)) return -1;
  for (let j = name + 1; j <= last; j++) {
    const fields = (lines[j] ?? '').trim().split(/\s+[|–—-]\s+|,\s+/u);
    if (!fields.every((field) => TITLE_FIELD.test(field))) return -1;
  }
  return name;
}

/** Words that name a team or a mailbox rather than a person. */
const DEPARTMENT_WORD =
  /\b(?:team|service|services|support|department|dept|desk|office|accounts?|finance|payables?|receivables?|bot|admin|administration|customer|billing|sales|helpdesk|crediteuren|debiteuren|buchhaltung|administratie|boekhouding|comptabilit[ée]|service client)\b/iu;

/** A closing written as initials: "B. R.", "BR,", "K.R.". */
const INITIALS_CLOSING = /^\s*(?:\p{Lu}\.\s?){2,3}\s*$|^\s*(?:BR|KR|MfG|VG|LG)[,.]?\s*$/u;

/**
 * "B. R." / "Tina" / "http://…/contact.html": a lone link on the last line, straight under the
 * signed name and the closing, is the signature's contact page, not a link the person points at.
 */
function cutContactLink(lines: readonly string[], kinds: readonly Kind[], end: number): number {
  const link = lastContent(kinds, end);
  if (link < 2 || !BARE_LINK.test(lines[link] ?? '') || !isContent(kinds[link - 1])) return end;
  if (!SIGNOFF_NAME.test(lines[link - 1] ?? '') || !isContent(kinds[link - 2])) return end;
  const closing = lines[link - 2] ?? '';
  const closed =
    kinds[link - 2] === 'v' || INITIALS_CLOSING.test(closing) || isShortClosing(lines, kinds, link - 2);
  return closed && firstContentBefore(kinds, link - 2) ? link : end;
}

/**
 * "David K. Hemsath, IBM DSS Security Strategy & Architecture": the last line, apart under the
 * reply, a full name (two to four capitalized words) and after the comma a title or an
 * organisation of capitalized words: a signature line. A sentence or a closing stays.
 */
function cutNameTitleLine(lines: readonly string[], kinds: readonly Kind[], end: number): number {
  const paragraph = closingParagraph(kinds, end, 1, 1);
  if (!paragraph || kinds[paragraph.start] !== 't') return end;
  const line = (lines[paragraph.start] ?? '').trim();
  const comma = line.indexOf(', ');
  if (comma < 0 || VALEDICTION_LINE.test(line)) return end;
  const name = line.slice(0, comma);
  const title = line.slice(comma + 2);
  if (
    !/^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|van|de|der|den|von|af|le|la)){1,3}$/u.test(
      name,
    )
  )
    return end;
  // "Finance Team, Klant BV", "Customer Service, Oakhill Homes": a department signs, and its reply
  // keeps who it is (the reasons model reads it: a general mailbox points elsewhere).
  if (DEPARTMENT_WORD.test(name)) return end;
  return TITLE_FIELD.test(title) && /\s/u.test(title) ? paragraph.start : end;
}

/** A company's name: a few capitalized words or numbers ("Saankhya Labs", "3GPP Delegate"). */
const COMPANY_FIELD = /^[\p{Lu}\d][\p{L}\p{M}\p{N}&'’.-]*(?:\s+[\p{Lu}\d&(][\p{L}\p{M}\p{N}&'’.()-]*){0,4}$/u;
const MAX_TITLES_UNDER_NAME = 2;

/** "CTO, Saankhya Labs", "Head of Accounts at Klant BV": a title, then the company. */
function isTitleAtCompany(line: string): boolean {
  const text = line.trim();
  if (text.length > MAX_TITLE_LINE_CHARS) return false;
  const match = /^(.+?)(?:,\s+|\s+at\s+)(.+)$/u.exec(text);
  if (!match) return false;
  return TITLE_FIELD.test(match[1] ?? '') && COMPANY_FIELD.test(match[2] ?? '');
}

/**
 * "-best regards" / "Anindya Saha" / "CTO, Saankhya Labs": the last lines a title and company
 * ("Title, Company", "Title at Company") apart under the full name the person signed with, a
 * closing above that: the signature's title lines go, the name stays.
 */
function cutTitleUnderName(lines: readonly string[], kinds: readonly Kind[], end: number): number {
  const last = lastContent(kinds, end);
  let start = last + 1;
  while (
    start > 0 &&
    last - start + 1 < MAX_TITLES_UNDER_NAME &&
    isContent(kinds[start - 1]) &&
    isTitleAtCompany(lines[start - 1] ?? '')
  )
    start--;
  // Apart from the name, as a paragraph of its own: a title straight under the name is left as
  // it is, so the rows the reasons model reads stay the same (issue 16 round 13).
  if (start > last || kinds[start - 1] !== 'e') return end;
  const name = lastContent(kinds, start);
  const signed = (lines[name] ?? '').trim();
  if (name < 1 || !SIGNOFF_NAME.test(signed) || !/\s/u.test(signed) || DEPARTMENT_WORD.test(signed))
    return end;
  const closing = lastContent(kinds, name);
  if (closing < 0) return end;
  const line = (lines[closing] ?? '').replace(/^\s*[-–—]\s*/u, '');
  const closed = isShortClosing(lines, kinds, closing) || VALEDICTION_LINE.test(line);
  return closed && firstContentBefore(kinds, closing) ? start : end;
}

/** A title of a few capitalized words: "Enrollment Manager", "Head of Accounts Payable", "CFO". */
const TITLE_FIELD =
  /^\p{Lu}[\p{L}\p{M}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}&'’.-]*|of|for|and|de|van|der|für|&)){0,5}$/u;
const MAX_TITLE_BLOCK_LINES = 3;
const MAX_TITLE_LINE_CHARS = 50;

/**
 * "Jan Smit | Credit Controller" / "Klant BV": the name and title with a bar or a dash between
 * them, and the company (or a second title) under it, as the last paragraph: a signature without
 * a "-- " or a closing.
 * Only capitalized words without sentence punctuation count, so "Jan - we pay on Friday" stays.
 */
function cutTitleBlock(lines: readonly string[], kinds: readonly Kind[], end: number): number {
  // One line alone ("Team Support | Klant BV") may sign a department's reply; the company under
  // the name and title makes it a signature block.
  const paragraph = closingParagraph(kinds, end, 2, MAX_TITLE_BLOCK_LINES);
  if (!paragraph) return end;
  const { start, last } = paragraph;
  const [name, ...titles] = (lines[start] ?? '').trim().split(/\s+[|–—-]\s+/u);
  if (!name || titles.length === 0 || !SIGNOFF_NAME.test(name) || !/\s/u.test(name)) return end;
  if (!titles.every((title) => TITLE_FIELD.test(title))) return end;
  for (let j = start + 1; j <= last; j++) {
    const line = (lines[j] ?? '').trim();
    if (line.length > MAX_TITLE_LINE_CHARS || !SIGNATURE_LINE.test(line) || /[.!?:]$/u.test(line)) return end;
  }
  return start;
}

/** Columns of a table typed in plain text: a bar, a tab, a run of three spaces, or "\\". */
const TABLE_COLUMN = /\s*\|\s*|\s*\t\s*|\s{3,}|\s*\\\\\s*/u;
const MAX_TABLE_LINES = 8;
const MAX_TABLE_LINE_CHARS = 90;
const MAX_TABLE_FIELD_WORDS = 6;

/**
 * "Maria Jansen | Tel: +31 20 ..." / "Klant BV | Fax: ...": the last paragraph laid out in columns,
 * opening with the full name, with a contact detail in one of its fields and no sentence in any:
 * a signature typed as a table, also without a "-- " above it. Invoice tables (no name first, no
 * contact detail) and lines of prose stay.
 */
function cutSignatureTable(lines: readonly string[], kinds: readonly Kind[], end: number): number {
  const paragraph = closingParagraph(kinds, end, 2, MAX_TABLE_LINES);
  if (!paragraph) return end;
  const { start, last } = paragraph;
  const rows = lines.slice(start, last + 1).map((line) =>
    line
      .trim()
      .split(TABLE_COLUMN)
      .filter((field) => field !== ''),
  );
  if (lines.slice(start, last + 1).some((line) => line.trim().length > MAX_TABLE_LINE_CHARS)) return end;
  const first = rows[0] ?? [];
  const name = (first[0] ?? '').replace(/\.$/u, '');
  if (first.length < 2 || !SIGNOFF_NAME.test(name) || !/\s/u.test(name)) return end;
  const fields = rows.flat();
  if (!fields.some((field) => CONTACT_DETAIL.test(field))) return end;
  const prose = (field: string) =>
    !CONTACT_DETAIL.test(field) &&
    (field.split(/\s+/u).length > MAX_TABLE_FIELD_WORDS || /[!?]$/u.test(field) || /^\p{Ll}/u.test(field));
  return fields.some(prose) ? end : start;
}

/** "... let me know how it goes. -- Jan": the person signs at the end of their last sentence. */
const SIGNED_AT_LINE_END = /\S\s+-{2}\s?\p{Lu}[\p{L}\p{M}'’-]{0,20}\.?\s*$/u;
/**
 * A line drawn as a rule of one symbol outside ASCII repeated, a heading inside it at times ("⇒⇒⇒⇒
 * Klant BV ⇒⇒⇒⇒", "━━━━"). Rules of ASCII characters ("*****", "=-=-=") are the separators above.
 */
const SYMBOL_RULE = /^\s*([^\p{L}\p{N}\s\u0020-\u007f])\1{3,}/u;
/** A boxed signature's rows: "|| Jan de Vries | Klant BV ||", "+  || ... ||". */
const BOX_ROW = /^\s*\+?\s*(?:\|\||\+[-=]{3,})/u;
const MAX_SIGNATURE_BLOCK_LINES = 16;

/**
 * The block the person's client or signature file puts under the end of the reply, apart from it,
 * that carries a contact detail: under a sign-off at the end of the last sentence ("... your end.
 * -- Jan"), anything (boxes, rules, a quotation the signature file holds); and, anywhere apart,
 * a block opened by a rule of a repeated symbol ("⇒⇒⇒⇒ Klant BV ⇒⇒⇒⇒") with only short lines.
 * Text after the sign-off without a contact detail (a sample the person typed) stays.
 */
function cutSignatureBlockUnderEnd(lines: readonly string[], kinds: readonly Kind[], end: number): number {
  // What lies from each line to the end (content lines, a contact detail, a sentence), summed
  // once from the end so that every candidate is read in constant time.
  const count = new Array<number>(end + 1).fill(0);
  const detail = new Array<boolean>(end + 1).fill(false);
  const prose = new Array<boolean>(end + 1).fill(false);
  for (let j = end - 1; j >= 0; j--) {
    const blank = kinds[j] === 'e' || kinds[j] === 'x';
    const text = blank ? '' : (lines[j] ?? '').trim();
    count[j] = (count[j + 1] ?? 0) + (blank ? 0 : 1);
    detail[j] =
      (detail[j + 1] ?? false) || (!blank && (CONTACT_DETAIL.test(text) || SIGNATURE_DETAIL.test(text)));
    prose[j] =
      (prose[j + 1] ?? false) || (!blank && kinds[j] !== 'q' && (PROSE_LINE.test(text) || isSentence(text)));
  }
  let contentSeen = false;
  let lastContentLine = -1;
  for (let i = 1; i < end; i++) {
    if (isContent(kinds[i - 1])) {
      contentSeen = true;
      lastContentLine = i - 1;
    }
    if (kinds[i - 1] !== 'e' || !contentSeen || !detail[i]) continue;
    const afterSignoff = kinds[i] !== 'e' && SIGNED_AT_LINE_END.test(lines[lastContentLine] ?? '');
    const line = lines[i] ?? '';
    const ruled = SYMBOL_RULE.test(line) || BOX_ROW.test(line);
    if (afterSignoff && (count[i] ?? 0) <= 2 * MAX_SIGNATURE_BLOCK_LINES) return i;
    if (ruled && !prose[i] && (count[i] ?? 0) <= MAX_SIGNATURE_BLOCK_LINES) return i;
  }
  return end;
}

/** Cuts at the first paragraph that is a legal disclaimer. */
function cutDisclaimer(lines: readonly string[], kinds: readonly Kind[], end: number): number {
  for (let i = 0; i < end; i++) {
    if (kinds[i] !== 't' || (i > 0 && kinds[i - 1] !== 'e' && kinds[i - 1] !== 'x')) continue;
    let j = i;
    let paragraph = '';
    while (j < end && kinds[j] === 't') paragraph += ` ${lines[j++]}`;
    // Trimmed, so that a heading paragraph of its own ("Disclaimer") is seen as one.
    if (DISCLAIMER.test(paragraph.trim()) && firstContentBefore(kinds, i)) return i;
  }
  return end;
}

/** Bidi controls and the Arabic letter mark: invisible, but they sit inside right-to-left headers. */
const BIDI_MARKS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
/** Arabic-Indic and extended (Persian) digits. */
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/gu;

/**
 * A line as the patterns read it: right-to-left clients wrap header lines in bidi marks
 * ("\u202bفي ٠٤\u200f/٠٧\u200f/٢٠٢٤ ..., كتب ...:\u202c") and print Arabic-Indic digits and the
 * Arabic comma, which the date and time patterns do not know.
 */
function normalizeScript(line: string): string {
  if (!/[\u0600-\u06ff\u200e\u200f\u202a-\u202e\u2066-\u2069]/u.test(line)) return line;
  return line
    .replace(BIDI_MARKS, '')
    .replace(EASTERN_DIGITS, (digit) => String((digit.codePointAt(0) ?? 0) & 0xf))
    .replace(/\u060c/gu, ',');
}

/**
 * Trims a plain-text mail to the reply a person wrote. Lines are classified, then cut in order of
 * certainty: quoted history, device footers and what follows them, signature separators,
 * closings, disclaimers, and finally trailing quotes (only when the person wrote something of their own).
 */
export function trimReplyLines(text: string): string {
  const original = splitInlineAttributions(
    cutAtReplyAboveLine(
      cutAtAttachmentMarker(
        cutAtListFooter(dropPgpArmor(dropLeadingMimeHeaders(text.replace(/\r\n?/gu, '\n').split('\n')))),
      ),
    ),
  );
  // Lines are read without bidi marks and with ASCII digits; the reply keeps them as written.
  const lines = original.map(normalizeScript);
  const kinds: Kind[] = classifyReplyLines(lines);
  dropExternalSenderBanner(lines, kinds);
  dropLeadingSignedQuote(lines, kinds);
  let end = cutHistory(lines, kinds);
  const closing = kinds[end] === 'b' ? closingUnderQuote(lines, kinds, end) : -1;
  if (closing >= 0) {
    kinds.fill('x', end, closing);
    end = kinds.length;
  }
  end = extendOverNotesSender(lines, kinds, end);
  end = cutNotesForward(lines, kinds, end);
  end = cutNotesHeader(lines, kinds, end);
  end = cutNotesColumnHeader(lines, kinds, end);
  end = cutQuoteAboveSignature(lines, kinds, end);
  end = cutAtDeviceFooter(lines, kinds, end);
  end = cutSignatureBlockUnderEnd(lines, kinds, end);
  end = cutSignature(lines, kinds, end);
  end = cutAfterClosing(lines, kinds, end);
  end = cutImageUnderName(lines, kinds, end);
  end = cutDisclaimer(lines, kinds, end);
  end = cutDashedSignoff(lines, kinds, end);
  end = cutAttachmentNameLines(lines, kinds, end);
  end = cutContactBlock(lines, kinds, end);
  end = cutContactUnderGluedName(lines, kinds, end);
  end = cutTitleBlock(lines, kinds, end);
  end = cutSignatureTable(lines, kinds, end);
  end = cutContactLink(lines, kinds, end);
  end = cutNameTitleLine(lines, kinds, end);
  end = cutTitleUnderName(lines, kinds, end);
  end = cutArtUnderName(lines, kinds, end);
  const kept: string[] = [];
  const keptKinds: Kind[] = [];
  for (let i = 0; i < end; i++) {
    const kind = kinds[i];
    if (kind === 'x' || kind === 's' || kind === 'b' || kind === 'g') continue;
    // A line of invisible characters (Gmail's "ᐧ", zero-width spaces) is kept as an empty line.
    kept.push(kind === 'e' ? '' : (original[i] ?? ''));
    keptKinds.push(kind ?? 't');
  }
  if (keptKinds.some(isContent)) {
    while (keptKinds.length > 0 && !isContent(keptKinds.at(-1))) {
      keptKinds.pop();
      kept.pop();
    }
  }
  return kept
    .join('\n')
    .replace(/^\s*\n/u, '')
    .trimEnd();
}
