import type { Paragraph, TrimLineKind } from './locate-reply-content.ts';
import { firstContentBefore, isContent, lastContent, lastParagraph } from './locate-reply-content.ts';
import { VALEDICTION_LINE } from './reply-line-patterns.ts';
import {
  BARE_LINK,
  CONTACT_DETAIL,
  INITIALS_CLOSING,
  isFootnoteList,
  isShortClosing,
  SIGNATURE_LINE,
  SIGNOFF_NAME,
  TITLE_FIELD,
} from './signature-line-patterns.ts';

/**
 * The signature's contact block under the name the person signed with, in its two forms: the
 * block apart from the name (cutContactBlock), then, on what is left, the block glued under it
 * (cutContactUnderGluedName). Each reads the last paragraph with text.
 */
export function cutContactBlocks(
  lines: readonly string[],
  kinds: readonly TrimLineKind[],
  end: number,
): number {
  const apart = onLastParagraph(lines, kinds, end, cutContactBlock);
  return onLastParagraph(lines, kinds, apart, cutContactUnderGluedName);
}

/** `rule` on the last paragraph with text before `end`; `end` itself where there is none. */
function onLastParagraph(
  lines: readonly string[],
  kinds: readonly TrimLineKind[],
  end: number,
  rule: (
    lines: readonly string[],
    kinds: readonly TrimLineKind[],
    paragraph: Paragraph,
    end: number,
  ) => number,
): number {
  const paragraph = lastParagraph(kinds, end);
  return paragraph ? rule(lines, kinds, paragraph, end) : end;
}

/** A North American phone number at the start of a line, with a label or not: "512-878-5467", "(405) 553-6475 - voice". */
const PHONE_LINE =
  /^\s{0,4}(?:[A-Za-z.#]{1,12}[.:#]?\s{0,4})?(?:\+?1[\s.-])?\(?\d{3}\)?[\s.-]{1,2}\d{3}[.-]\d{4}\b/u;

/**
 * "Thanks," / "Cindy Smit" / "Klant BV" / "(405) 553-6475" / "cindy@klant.example": the name glued
 * under the closing or the last sentence, and under it, without a blank line, a block of short
 * lines with contact details and no sentence. The name stays; the block under it is the signature.
 */
function cutContactUnderGluedName(
  lines: readonly string[],
  kinds: readonly TrimLineKind[],
  { start, last }: Paragraph,
  end: number,
): number {
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
function cutContactBlock(
  lines: readonly string[],
  kinds: readonly TrimLineKind[],
  { start, last }: Paragraph,
  end: number,
): number {
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
function titledNameStart(lines: readonly string[], kinds: readonly TrimLineKind[], last: number): number {
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

/**
 * "B. R." / "Tina" / "http://…/contact.html": a lone link on the last line, straight under the
 * signed name and the closing, is the signature's contact page, not a link the person points at.
 */
export function cutContactLink(
  lines: readonly string[],
  kinds: readonly TrimLineKind[],
  end: number,
): number {
  const link = lastContent(kinds, end);
  if (link < 2 || !BARE_LINK.test(lines[link] ?? '') || !isContent(kinds[link - 1])) return end;
  if (!SIGNOFF_NAME.test(lines[link - 1] ?? '') || !isContent(kinds[link - 2])) return end;
  const closing = lines[link - 2] ?? '';
  const closed =
    kinds[link - 2] === 'v' || INITIALS_CLOSING.test(closing) || isShortClosing(lines, kinds, link - 2);
  return closed && firstContentBefore(kinds, link - 2) ? link : end;
}
