import type { TrimLineKind } from './locate-reply-content.ts';
import { closingParagraph, firstContentBefore, isContent, lastContent } from './locate-reply-content.ts';
import { VALEDICTION_LINE } from './reply-line-patterns.ts';
import { isShortClosing, SIGNATURE_LINE, SIGNOFF_NAME, TITLE_FIELD } from './signature-line-patterns.ts';

/** Words that name a team or a mailbox rather than a person. */
const DEPARTMENT_WORD =
  /\b(?:team|service|services|support|department|dept|desk|office|accounts?|finance|payables?|receivables?|bot|admin|administration|customer|billing|sales|helpdesk|crediteuren|debiteuren|buchhaltung|administratie|boekhouding|comptabilit[ée]|service client)\b/iu;

/**
 * "David K. Hemsath, IBM DSS Security Strategy & Architecture": the last line, apart under the
 * reply, a full name (two to four capitalized words) and after the comma a title or an
 * organisation of capitalized words: a signature line. A sentence or a closing stays.
 */
export function cutNameTitleLine(
  lines: readonly string[],
  kinds: readonly TrimLineKind[],
  end: number,
): number {
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
export function cutTitleUnderName(
  lines: readonly string[],
  kinds: readonly TrimLineKind[],
  end: number,
): number {
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

const MAX_TITLE_BLOCK_LINES = 3;
const MAX_TITLE_LINE_CHARS = 50;

/**
 * "Jan Smit | Credit Controller" / "Klant BV": the name and title with a bar or a dash between
 * them, and the company (or a second title) under it, as the last paragraph: a signature without
 * a "-- " or a closing.
 * Only capitalized words without sentence punctuation count, so "Jan - we pay on Friday" stays.
 */
export function cutTitleBlock(lines: readonly string[], kinds: readonly TrimLineKind[], end: number): number {
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
