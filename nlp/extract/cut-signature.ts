import type { TrimLineKind } from './locate-reply-content.ts';
import { firstContentBefore, isContent } from './locate-reply-content.ts';
import {
  CONTACT_DETAIL,
  MAX_SIGNATURE_TAIL_LINE_CHARS,
  PROSE_LINE,
  SIGNATURE_DETAIL,
} from './signature-line-patterns.ts';

/** Text under a separator line this short is a signature, not more reply. */
const MAX_SIGNATURE_LINES_UNDER_SEPARATOR = 6;

/**
 * "## Key Points" + "----": a rule drawn straight under a heading, with text written on below it,
 * is the layout of the reply (Markdown, plain-text reports), not the start of a signature.
 */
function isMarkdownRule(
  lines: readonly string[],
  kinds: readonly TrimLineKind[],
  i: number,
  end: number,
): boolean {
  const above = (lines[i - 1] ?? '').trim();
  if (!isContent(kinds[i - 1]) || !/^#{1,6}\s/u.test(above)) return false;
  for (let j = i + 1; j < end; j++) if (isContent(kinds[j])) return true;
  return false;
}

/** "-- " or a separator with a short tail under it ends the reply. */
export function cutSignature(lines: readonly string[], kinds: readonly TrimLineKind[], end: number): number {
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
  kinds: readonly TrimLineKind[],
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

function isShortTail(kinds: readonly TrimLineKind[], rule: number, end: number): boolean {
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
function isStarBox(
  lines: readonly string[],
  kinds: readonly TrimLineKind[],
  rule: number,
  end: number,
): boolean {
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
  kinds: readonly TrimLineKind[],
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
