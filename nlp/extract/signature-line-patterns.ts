import type { TrimLineKind } from './locate-reply-content.ts';
import { isContent } from './locate-reply-content.ts';

/** A line of prose: a sentence that ends, a question, an exclamation. */
export const PROSE_LINE = /[!?]$|\p{Ll}{3}[.;]$/u;

/** "Yes, paid." "Done." : a sentence ends in a full stop and has a word in lower case; "Acme Inc." does not. */
export function isSentence(line: string): boolean {
  return /\.$/u.test(line) && (/(?:^|\s)\p{Ll}{2,}/u.test(line) || !/\s/u.test(line));
}
export const MAX_SIGNATURE_TAIL_LINE_CHARS = 80;

/** What a signature block holds and prose does not. */
export const SIGNATURE_DETAIL = /@|https?:|www\.|\+?\d[\d ()./-]{7,}\d/u;

/** A footnote of a link list: "[1] https://…", "[2]:" (its link wrapped onto the next line), "[3] <https://…>". */
const FOOTNOTE = /^\s*\[(\d{1,2})\]:?(?:\s+<?https?:\/\/\S+)?\s*$/u;
export const BARE_LINK = /^\s*<?https?:\/\/\S+\s*$/u;

/**
 * "[1] https://…" lines under the closing, each number referred to in the text above ("an archive
 * [1]"): the links the person's own text points at, so part of the reply, not a signature.
 */
export function isFootnoteList(
  lines: readonly string[],
  kinds: readonly TrimLineKind[],
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

/** A sign-off name on a line of its own: one to three words, no digits, no sentence punctuation. */
export const SIGNOFF_NAME = /^\s*\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{L}[\p{L}\p{M}'’.-]*){0,2}\s*$/u;

/**
 * What a contact block holds and a reply does not: an address, a link, a labelled phone or fax
 * number ("Tel: +44 ...", "Tel.: 030 ...", "M: 06 ..."), a line that is only an international number
 * ("+31 20 123 4567"). Other bare numbers are not enough: a debtor writes an IBAN or an invoice
 * number under the name now and then.
 */
export const CONTACT_DETAIL =
  /@|https?:|www\.|^\s*(?:phone|tel|mobile|fax)\s+\+\d|^\s*(?:tel(?:efon|ephone|\.)?|phone|mobil(?:e|tel)?|mob|handy|fax|gsm|[tmf])\s*[.:]\s*\+?\(?\d|^\s*\+\d{1,3}[\s(]*\d[\d\s()./-]{6,}\d\s*$/iu;

/** A line of a signature: a title and name, a company, an address: a few words, not lower-case prose. */
export const SIGNATURE_LINE = /^[\p{Lu}\d(+]\S*(?:\s+\S+){0,6}$/u;

/** "Thanks," or "Cheers!" on a line of its own above the name: a closing in any language. */
const SHORT_CLOSING = /^\s*\p{L}[\p{L} ]{0,20}[,!]\s*$/u;

export function isShortClosing(lines: readonly string[], kinds: readonly TrimLineKind[], i: number): boolean {
  if (kinds[i] === 'v' || INITIALS_CLOSING.test(lines[i] ?? '')) return true;
  return SHORT_CLOSING.test(lines[i] ?? '') && (i === 0 || !isContent(kinds[i - 1]));
}

/** A closing written as initials: "B. R.", "BR,", "K.R.". */
export const INITIALS_CLOSING = /^\s*(?:\p{Lu}\.\s?){2,3}\s*$|^\s*(?:BR|KR|MfG|VG|LG)[,.]?\s*$/u;

/** A title of a few capitalized words: "Enrollment Manager", "Head of Accounts Payable", "CFO". */
export const TITLE_FIELD =
  /^\p{Lu}[\p{L}\p{M}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}&'’.-]*|of|for|and|de|van|der|für|&)){0,5}$/u;
