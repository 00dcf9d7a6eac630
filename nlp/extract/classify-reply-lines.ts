import { markWrappedQuoteTails } from './mark-wrapped-quote-tails.ts';
import type { ReplyLineKind } from './reply-line-kind.ts';
import {
  ADDRESS_ATTRIBUTION,
  ARCHIVE_ADDRESS_WROTE,
  ATTRIBUTION_END,
  ATTRIBUTION_END_LOST_LETTERS,
  ATTRIBUTION_EVIDENCE,
  ATTRIBUTION_OPENING,
  ATTRIBUTION_START,
  ATTRIBUTION_VERB,
  CODE_FENCE,
  DATED_ADDRESS_ATTRIBUTION,
  DELIMITER_LINE,
  ELISION_MARK,
  FIGURE_BORDER,
  GROUPWISE_ATTRIBUTION,
  HEADER_FIELD_IN_LINE,
  HEADER_LINE,
  INVISIBLE_LINE,
  isDeviceFooter,
  NAME_WROTE,
  NEWS_ATTRIBUTION,
  NUMERIC_DATE_ADDRESS_NO_COLON,
  NUMERIC_DATE_ATTRIBUTION,
  OPENER_WORD,
  ORIGINAL_MESSAGE,
  ORIGINAL_MESSAGE_LOST_LETTERS,
  QUOTE_LINE,
  SIGNATURE_SEPARATOR,
  VALEDICTION_LINE,
} from './reply-line-patterns.ts';

const MAX_ATTRIBUTION_LINES = 5;
const MAX_ATTRIBUTION_CHARS = 300;
const MIN_FIELDS_IN_LINE = 3;
/** A name on a line of its own: a few words, no sentence punctuation. */
const NAME_LINE = /^[\s>]*[\p{L}"'][\p{L}\p{M}"'.,\- ]{0,58}$/u;

/**
 * The line without trailing white space, stars, underscores and dashes, walked from the end (the
 * regex /[\s*_-]+$/ tries every start in a long run of them and costs its square).
 */
function trimDecorationEnd(line: string): string {
  let end = line.length;
  while (end > 0 && /[\s*_=-]/u.test(line[end - 1]!)) end--;
  return line.slice(0, end);
}

/** Strips quote markers and decoration around a line so that "> -- On ... wrote: --" compares plainly. */
function bare(line: string): string {
  return trimDecorationEnd(line.replace(/^[\s>|*_=-]+/u, ''))
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>');
}

/** An attribution ("On <date>, <name> wrote:") once quote markers and decoration are gone. */
export function isAttribution(text: string): boolean {
  if (text.length > MAX_ATTRIBUTION_CHARS) return false;
  if (ATTRIBUTION_END.test(text) && ATTRIBUTION_VERB.test(text) && ATTRIBUTION_EVIDENCE.test(text))
    return true;
  // A wrapped address ("Jan <" + "jan@x.nl>:") is joined with a space.
  return /[:：]$/u.test(text) && DATED_ADDRESS_ATTRIBUTION.test(text.replace(/<\s+/gu, '<'));
}

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

/** A quote marker after an attribution's colon at the end of the line: "wrote: >". */
const GLUED_QUOTE_MARKER = /[:：]\s{0,4}>\s*$/u;

/** The next line with text is quoted. */
function quoteFollows(lines: readonly string[], index: number): boolean {
  for (let j = index + 1; j < lines.length; j++) {
    const line = lines[j] ?? '';
    if (line.trim() !== '') return QUOTE_LINE.test(line) || OTHER_QUOTE.test(line);
  }
  return false;
}

/**
 * Attributions people and older clients write with another verb or none: "Jan de Vries said:",
 * "On Mon, 3 Mar 2026, Jan de Vries mentioned:", "Jan de Vries stated the following on <date> :",
 * "Jan joked:", or the name and a colon alone ("Jan de Vries:"). The name is capitalized words and
 * a quote must follow, so "Your reminder stated:" or "Note:" above a quote stays the person's.
 */
const SAID_ATTRIBUTION =
  /^(?:[Oo]n\s.{1,100}?,\s*)?\p{Lu}[\p{L}\p{M}'’.-]{0,30}(?:\s(?:\p{Lu}[\p{L}\p{M}'’.-]{0,30}|van|de|der|den|von|le|la|da|di|du)){0,4}(?:\s+(?:said|says|\p{Ll}{3,20}ed)(?:\s+the\s+following)?(?:\s+on\s.{1,80}?)?)?\s*[:：]$/u;
/** Greetings and labels that end with a colon above a quote without being an attribution. */
const NOT_A_NAME =
  /^(?:dear|hi|hello|hey|note|re|fw|fwd|subject|from|to|date|cc|ps|p\.s|quote|example|error|output|hallo|beste|bonjour)\b/iu;
/** nmh's "In a message dated: <date>" over "Jan said:". */
const MESSAGE_DATED = /^in\s+a\s+message\s+dated:?\s+\S.{0,80}$/iu;

function saidAttributionEnd(lines: readonly string[], index: number, first: string): number {
  // Inside a quote, "> Complex types:" is a heading of the quoted text.
  if (first.length > 160 || QUOTE_LINE.test(lines[index] ?? '')) return -1;
  if (MESSAGE_DATED.test(first)) {
    const next = bare(lines[index + 1] ?? '');
    return next.length <= 80 &&
      SAID_ATTRIBUTION.test(next) &&
      !NOT_A_NAME.test(next) &&
      quoteFollows(lines, index + 1)
      ? index + 1
      : -1;
  }
  if (!SAID_ATTRIBUTION.test(first) || NOT_A_NAME.test(first)) return -1;
  // With no verb, a name of two words or more and its colon sit right on a ">" quote ("Totals:"
  // over a table the person typed stays).
  const verb = /\s(?:said|says|\p{Ll}{3,20}ed)\b/u.test(first);
  if (!verb && (!/\s/u.test(first) || !QUOTE_LINE.test(lines[index + 1] ?? ''))) return -1;
  return quoteFollows(lines, index) ? index : -1;
}

/** Android's "---- Jan Jansen wrote ----": no date, but the dashes make it a marker. */
function isDashedAttribution(line: string, text: string): boolean {
  return (
    /^\s*-{2,}/u.test(line) &&
    /-{2,}\s*$/u.test(line) &&
    text.length <= 100 &&
    ATTRIBUTION_END.test(text) &&
    ATTRIBUTION_VERB.test(text)
  );
}

/** A display name (quoted, an address in it at times) and the address: Gnus's and mail's sender. */
const NAMED_ADDRESS = `(?:"[^"]{1,100}"|[^<>"]{1,60}?)\\s*<[^<>\\s]+(?:@|\\s+at\\s+)[^<>\\s]+>`;
const NAMED_ADDRESS_WRITES = new RegExp(`^${NAMED_ADDRESS}\\s+(?:writes|wrote)\\s*:$`, 'iu');
const NAMED_ADDRESS_ONLY = new RegExp(`^${NAMED_ADDRESS}$`, 'iu');

/**
 * "\"Jan <jan at klant.nl>\" <jan at klant.nl> writes:" (Gnus, and a list archive that writes the
 * addresses out), on one line or wrapped before "writes:": the sender and the verb, nothing else,
 * an attribution when a quote follows. Returns its last line, or -1.
 */
function namedAddressWritesEnd(lines: readonly string[], index: number, first: string): number {
  if (first.length > 200) return -1;
  if (NAMED_ADDRESS_WRITES.test(first)) return quoteFollows(lines, index) ? index : -1;
  const next = bare(lines[index + 1] ?? '');
  if (!NAMED_ADDRESS_ONLY.test(first) || !/^(?:writes|wrote)\s*:$/iu.test(next)) return -1;
  return quoteFollows(lines, index + 1) ? index + 1 : -1;
}

/** The first line of a news reader's attribution wrapped after "wrote in article". */
const NEWS_WRAPPED = /\b(?:wrote|writes)\s+in\s+(?:message|article)$/iu;

/**
 * The Andrew Message System's attribution: "Excerpts from mail: 8-Mar-93 Re: Invoice.. Jan
 * Jansen@klant (203)", the folder, the date, the subject and the sender (wrapped at times), with
 * the quote under it.
 */
const ANDREW_EXCERPTS = /^excerpts\s+from\s+[^:]{1,60}:\s+\d{1,2}-[a-z]{3}-\d{2,4}\s/iu;
const MAX_ANDREW_LINES = 3;

function andrewExcerptsEnd(lines: readonly string[], index: number, first: string): number {
  if (!ANDREW_EXCERPTS.test(first)) return -1;
  let end = index;
  while (
    end - index + 1 < MAX_ANDREW_LINES &&
    (lines[end + 1] ?? '').trim() !== '' &&
    !QUOTE_LINE.test(lines[end + 1] ?? '')
  )
    end++;
  return quoteFollows(lines, end) ? end : -1;
}

/**
 * Returns the index of the last line of an attribution that starts at `index`, or -1. Clients wrap
 * long attributions ("Op 16 aug. 2014 05:13 schreef X <x@y> het\nvolgende geschreven:"), so a
 * likely start is joined with up to four following lines.
 */
function attributionEnd(lines: readonly string[], index: number): number {
  const line = lines[index] ?? '';
  // Long lines (base64, sequences, unwrapped paragraphs) cannot be attributions; the patterns
  // below scan every position, so they are not run on them.
  if (line.length > MAX_ATTRIBUTION_CHARS + 20) return -1;
  const first = bare(line);
  if (first === '') return -1;
  if (ORIGINAL_MESSAGE.test(first) || ORIGINAL_MESSAGE_LOST_LETTERS.test(first)) return index;
  if (isAttribution(first) || isDashedAttribution(lines[index] ?? '', first)) return index;
  // Yahoo! Mail glues the first quote marker to the attribution ('"Jan" <jan@x.nl> wrote: >') and
  // the first quoted words sit on the next line without one: a quote two lines down confirms it.
  const glued = GLUED_QUOTE_MARKER.exec(first);
  if (
    glued &&
    first.includes('@') &&
    isAttribution(first.slice(0, glued.index + 1)) &&
    quoteFollows(lines, index + 1)
  )
    return index;
  if (
    first.includes('@') &&
    (ADDRESS_ATTRIBUTION.test(first) || GROUPWISE_ATTRIBUTION.test(line) || NEWS_ATTRIBUTION.test(first))
  )
    return index;
  // "Jan <jan@x> wrote in article" + "<id@host>...": the news reader's attribution, wrapped.
  if (first.includes('@') && NEWS_WRAPPED.test(first)) {
    const next = bare(lines[index + 1] ?? '');
    if (next.length <= 120 && NEWS_ATTRIBUTION.test(`${first} ${next}`)) return index + 1;
  }
  const andrew = andrewExcerptsEnd(lines, index, first);
  if (andrew >= 0) return andrew;
  const endsWithColon = /[:：]$/u.test(first);
  if (endsWithColon && first.length <= 80 && NAME_WROTE.test(first) && quoteFollows(lines, index))
    return index;
  const said = saidAttributionEnd(lines, index, first);
  if (said >= 0) return said;
  const named = namedAddressWritesEnd(lines, index, first);
  if (named >= 0) return named;
  if (ARCHIVE_ADDRESS_WROTE.test(first)) return index;
  // An archive's lost letters ("a ?crit :") and Gmail's numeric style without a colon
  // ("2011/6/14 Jan <jan at x.nl>") are attributions only with a quote under them.
  if (
    (NUMERIC_DATE_ADDRESS_NO_COLON.test(first) ||
      (/[?\ufffd]/u.test(first) &&
        ATTRIBUTION_OPENING.test(first) &&
        ATTRIBUTION_EVIDENCE.test(first) &&
        /@|\sat\s/u.test(first) &&
        ATTRIBUTION_END_LOST_LETTERS.test(first))) &&
    quoteFollows(lines, index)
  )
    return index;
  if (NUMERIC_DATE_ATTRIBUTION.test(first)) {
    // "2016-10-24 15:36 GMT+02:00 Foo <\nfoo@bar>:" and "... GMT+01:00\nFoo <foo@bar>:" continue
    // on the next line.
    const next = bare(lines[index + 1] ?? '');
    const continues = /<[^>]*$/u.test(first) || (!/[:：]$/u.test(first) && /[@<]/u.test(next));
    return continues && next.length <= 120 && /[:：]$/u.test(next) ? index + 1 : index;
  }
  const mayStart = ATTRIBUTION_START.test(first) || (first.includes('@') && ATTRIBUTION_VERB.test(first));
  // A finished sentence ("I wrote something.") does not continue as an attribution; "28." may.
  if (!mayStart || /(?:[!?]|\p{L}{4}\.)$/u.test(first)) return -1;
  let joined = first;
  // "Gran Via, 1, 28004, Madrid" looks like a dated opening ("pon., 4 lis"); when a line under it
  // opens with an opener word ("On Wednesday, ...") and the attribution reads whole from there, it
  // starts there, and the line above is the reply, written without a blank line under it.
  const byOpenerWord = OPENER_WORD.test(first);
  let fromOpener = '';
  const last = Math.min(lines.length - 1, index + MAX_ATTRIBUTION_LINES - 1);
  for (let j = index + 1; j <= last; j++) {
    const raw = lines[j] ?? '';
    if (raw.length > 140) return -1;
    const part = bare(raw);
    if (part.length > 120) return -1;
    if (part === '') continue;
    // An attribution of its own further down starts there: "Paid on 14/6." is not part of it.
    if (ORIGINAL_MESSAGE.test(part) || (ATTRIBUTION_OPENING.test(part) && isAttribution(part))) return -1;
    joined = `${joined} ${part}`;
    if (!byOpenerWord && fromOpener === '' && OPENER_WORD.test(part)) fromOpener = part;
    else if (fromOpener !== '') fromOpener = `${fromOpener} ${part}`;
    if (joined.length > MAX_ATTRIBUTION_CHARS) return -1;
    if (ATTRIBUTION_END.test(part) && isAttribution(joined)) {
      return fromOpener !== '' && isAttribution(fromOpener) ? -1 : j;
    }
  }
  return -1;
}

/** The trace fields a mail starts with: "Return-Path: <jan@x>", "Received: from host by host". */
const TRACE_FIELD = /^(?:return-path:\s*<|received:\s+(?:from|by)\s)/iu;
/** A header field of RFC 5322 ("Mime-Version: 1.0"), or its folded continuation. */
const RAW_FIELD = /^(?:[A-Za-z][A-Za-z0-9-]{0,40}:\s|[ \t]+\S)/u;
const MIN_RAW_HEADER_LINES = 4;

/**
 * "Return-Path: <jan@x>" / "Received: from ..." / "To:" / "Subject:" ...: a whole mail's header
 * pasted under the text (a forwarded message copied with its header). The history starts there.
 */
function markPastedMailHeaders(lines: readonly string[], kinds: ReplyLineKind[]): void {
  for (let i = 0; i < kinds.length; i++) {
    if (!TRACE_FIELD.test(lines[i] ?? '') || (i > 0 && kinds[i - 1] !== 'e')) continue;
    let j = i + 1;
    while (j < kinds.length && RAW_FIELD.test(lines[j] ?? '')) j++;
    if (j - i >= MIN_RAW_HEADER_LINES) kinds.fill('b', i, j);
    i = j - 1;
  }
}

/** "In message <id@host>" or "In article <id@host>" opening a line, a date after it at times. */
const IN_MESSAGE = /^\s*in\s+(?:message|article)\s+<[^<>\s@]+@[^<>\s]+>(?:\s+on\s+\S{1,40})?[\s,]*$/iu;

/** A line quoted with a bar: "|text", " | text" (mh and some Unix mailers quote so). */
const PIPE_QUOTE = /^ ?\|/u;
/** Quote marks other than ">": a bar, pine users' "--]", supercite's "+>" for an unnamed sender. */
const OTHER_QUOTE = /^ ?\||^\s{0,4}(?:--\]|\+>)/u;

/**
 * Lines quoted with a bar right under an attribution are its quote. A bar elsewhere (a table the
 * person typed) stays text.
 */
function markPipeQuotes(lines: readonly string[], kinds: ReplyLineKind[]): void {
  let above: ReplyLineKind | undefined;
  for (let i = 1; i < kinds.length; i++) {
    if (kinds[i - 1] !== 'e') above = kinds[i - 1];
    const line = lines[i] ?? '';
    if (kinds[i] !== 't' || !OTHER_QUOTE.test(line)) continue;
    // A bar right under an attribution; "--]" and "+>" under an attribution or a quote, blank
    // lines apart.
    const under = PIPE_QUOTE.test(line) ? kinds[i - 1] === 'b' : above === 'b' || above === 'q';
    if (!under) continue;
    while (i < kinds.length && kinds[i] === 't' && OTHER_QUOTE.test(lines[i] ?? '')) kinds[i++] = 'q';
    above = 'q';
    i--;
  }
}

/** A year and a time of day on one line ("Thursday 29 August 2026 13:36", "2026-03-02 09:14"). */
const YEAR_AND_TIME = /\b(?:19|20)\d\d\b.{0,40}\b\d{1,2}:\d\d\b|\b\d{1,2}:\d\d\b.{0,40}\b(?:19|20)\d\d\b/u;
const MAX_DATED_LINE_CHARS = 100;

/**
 * The first line of the mail, with a date and a time of day in it and a ">" quote right under it:
 * an attribution in a language or form we have no words for ("de'i Thursday 29 August 2026 13:36 la
 * Jan cusku di'e"). A sentence (ending in ".", "!" or "?") stays.
 */
function markOpeningDatedLine(lines: readonly string[], kinds: ReplyLineKind[]): void {
  const first = kinds.findIndex((kind) => kind !== 'e');
  if (first < 0 || kinds[first] !== 't' || kinds[first + 1] !== 'q') return;
  const line = (lines[first] ?? '').trim();
  if (line.length > MAX_DATED_LINE_CHARS || /[.!?]$/u.test(line) || !YEAR_AND_TIME.test(line)) return;
  kinds[first] = 'b';
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

/** A prompt of an interactive session: Python's ">>>", or a program's name ("IDL>", "octave>"). */
const PROMPT_LINE = /^\s*(?:>>>|[A-Za-z]{1,12}>)(?:\s|$)/u;

/**
 * An interactive session pasted into the reply (">>> print total" / "200" / ">>>", "IDL> print,a"
 * with its output): prompt lines and unquoted output lines take turns without a blank line, which
 * a quote and its answer do not (the answer has no prompt to go back to). The prompts are content.
 */
function markSessionPrompts(lines: readonly string[], kinds: ReplyLineKind[]): void {
  let start = 0;
  while (start < kinds.length) {
    let end = start;
    while (end < kinds.length && kinds[end] !== 'e') end++;
    let promptRuns = 0;
    let output = false;
    let prompts = true;
    for (let i = start; i < end; i++) {
      if (kinds[i] === 'q') {
        if (!PROMPT_LINE.test(lines[i] ?? '')) prompts = false;
        if (kinds[i - 1] !== 'q' || i === start) promptRuns++;
      } else if (kinds[i] === 't' && promptRuns > 0) output = true;
      else if (kinds[i] !== 't') prompts = false;
    }
    if (prompts && output && promptRuns >= 2) {
      for (let i = start; i < end; i++) if (kinds[i] === 'q') kinds[i] = 't';
    }
    start = end + 1;
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
function markQuotedHeaderBlocks(lines: readonly string[], kinds: ReplyLineKind[]): void {
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

/** The kind of the nearest line with text before (step -1) or after (step 1) `index`. */
function neighbourKind(
  kinds: readonly ReplyLineKind[],
  index: number,
  step: 1 | -1,
): ReplyLineKind | undefined {
  let j = index + step;
  while (kinds[j] === 'e') j += step;
  return kinds[j];
}

/**
 * "[...]" or "[snip]" next to a quote or its attribution stands for quoted lines the sender left
 * out: part of the quote. Written among the person's own lines, it stays text.
 */
function markElisionMarks(lines: readonly string[], kinds: ReplyLineKind[]): void {
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] !== 't' || !ELISION_MARK.test(lines[i] ?? '')) continue;
    const around = [neighbourKind(kinds, i, -1), neighbourKind(kinds, i, 1)];
    if (around.includes('q') || around.includes('b')) kinds[i] = 'q';
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
function markNotesSenders(lines: readonly string[], kinds: ReplyLineKind[]): void {
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
function markLoneSenderLines(lines: readonly string[], kinds: ReplyLineKind[]): void {
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
function markDatedHeaderPairs(lines: readonly string[], kinds: ReplyLineKind[]): void {
  for (let i = 0; i + 1 < kinds.length; i++) {
    if (kinds[i] !== 'h' || kinds[i + 1] !== 'h' || kinds[i - 1] === 'h' || kinds[i + 2] === 'h') continue;
    const pair = [lines[i] ?? '', lines[i + 1] ?? ''];
    if (pair.some((line) => DATED_FIELD.test(line)) && pair.some((line) => /@/u.test(line))) {
      kinds[i] = 'b';
      kinds[i + 1] = 'b';
    }
  }
}
