import { QUOTE_LINE } from './reply-line-patterns.ts';

/**
 * What a mailing list's server appends to every post, at the very end: Mailman's "<List> mailing
 * list" / address / ".../mailman/listinfo/<list>" block or its bare listinfo link, a list
 * sponsor's advertisement ("This sf.net email is sponsored by: ...", "Do You Yahoo!?", "Yahoo!
 * Groups Sponsor", "This list is sponsored by ..."), with the rule or "-- " drawn above each.
 * None of it is the person's. Read from the end over at most MAX_FOOTER_LINES lines with text, so
 * a sentence that names a mailing list higher up stays.
 */
const FOOTER_OPENING =
  /^\s*(?:\(?this\s+(?:sf\.net\s+e-?mail|list|mailing\s+list)\s+is\s+sponsored\s+by\b|do\s+you\s+yahoo!\?|yahoo!\s+groups\s+sponsor\b|\S.{0,40}\s+mailing\s+list\s*$)/iu;
/** The list's link on a line of its own: ".../mailman/listinfo/fork". */
const LISTINFO_LINK = /^\s*<?https?:\/\/\S+\/listinfo\/\S*\s*$/iu;
/** A Mailman footer names its list's address or link under "<List> mailing list". */
const LIST_ADDRESS = /@|\/listinfo\//u;
/** A line that ends where a link is to follow: "... the mailing list at", "see:". */
const LEADS_TO_LINK = /(?:\b(?:at|to|see|visit|via|from|on|under|here)|[:(])\s*$/iu;
const RULE = /^\s*(?:-- ?|[-_=]{10,})\s*$/u;
const MAX_FOOTER_LINES = 16;

function isOpening(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  if (QUOTE_LINE.test(line)) return false;
  // A link of its own, not the end of a sentence that leads to it ("... subscribe to the mailing
  // list at" + the link).
  if (LISTINFO_LINK.test(line)) return !LEADS_TO_LINK.test(lines[i - 1] ?? '');
  if (!FOOTER_OPENING.test(line)) return false;
  if (!/mailing\s+list\s*$/iu.test(line)) return true;
  return LIST_ADDRESS.test(lines[i + 1] ?? '');
}

export function cutAtListFooter(lines: readonly string[]): readonly string[] {
  let cut = lines.length;
  let seen = 0;
  for (let i = lines.length - 1; i > 0 && seen < MAX_FOOTER_LINES; i--) {
    if ((lines[i] ?? '').trim() === '') continue;
    seen++;
    if (!isOpening(lines, i)) continue;
    cut = i;
    let above = i - 1;
    while (above > 0 && (lines[above] ?? '').trim() === '') above--;
    if (above === i - 1 && RULE.test(lines[above] ?? '')) cut = above;
  }
  if (cut === lines.length) return lines;
  // Something of the person's stays above the footer.
  return lines.slice(0, cut).some((line) => line.trim() !== '') ? lines.slice(0, cut) : lines;
}
