import { bare } from './is-attribution.ts';
import { quoteFollows } from './quote-markers.ts';
import { QUOTE_LINE } from './reply-line-patterns.ts';

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

export function saidAttributionEnd(lines: readonly string[], index: number, first: string): number {
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

/** A display name (quoted, an address in it at times) and the address: Gnus's and mail's sender. */
const NAMED_ADDRESS = `(?:"[^"]{1,100}"|[^<>"]{1,60}?)\\s*<[^<>\\s]+(?:@|\\s+at\\s+)[^<>\\s]+>`;
const NAMED_ADDRESS_WRITES = new RegExp(`^${NAMED_ADDRESS}\\s+(?:writes|wrote)\\s*:$`, 'iu');
const NAMED_ADDRESS_ONLY = new RegExp(`^${NAMED_ADDRESS}$`, 'iu');

/**
 * "\"Jan <jan at klant.nl>\" <jan at klant.nl> writes:" (Gnus, and a list archive that writes the
 * addresses out), on one line or wrapped before "writes:": the sender and the verb, nothing else,
 * an attribution when a quote follows. Returns its last line, or -1.
 */
export function namedAddressWritesEnd(lines: readonly string[], index: number, first: string): number {
  if (first.length > 200) return -1;
  if (NAMED_ADDRESS_WRITES.test(first)) return quoteFollows(lines, index) ? index : -1;
  const next = bare(lines[index + 1] ?? '');
  if (!NAMED_ADDRESS_ONLY.test(first) || !/^(?:writes|wrote)\s*:$/iu.test(next)) return -1;
  return quoteFollows(lines, index + 1) ? index + 1 : -1;
}

/**
 * The Andrew Message System's attribution: "Excerpts from mail: 8-Mar-93 Re: Invoice.. Jan
 * Jansen@klant (203)", the folder, the date, the subject and the sender (wrapped at times), with
 * the quote under it.
 */
const ANDREW_EXCERPTS = /^excerpts\s+from\s+[^:]{1,60}:\s+\d{1,2}-[a-z]{3}-\d{2,4}\s/iu;
const MAX_ANDREW_LINES = 3;

export function andrewExcerptsEnd(lines: readonly string[], index: number, first: string): number {
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
