import type { TrimLineKind } from './locate-reply-content.ts';
import { firstContentBefore, isContent } from './locate-reply-content.ts';

/** Lotus Notes's tabbed sender line: "From:" then the name and the date and time far to the right. */
export const NOTES_TABBED_FROM =
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
function previousNonBlank(kinds: readonly TrimLineKind[], from: number): number {
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
export function extendOverNotesSender(
  lines: readonly string[],
  kinds: readonly TrimLineKind[],
  end: number,
): number {
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
export function cutNotesForward(
  lines: readonly string[],
  kinds: readonly TrimLineKind[],
  end: number,
): number {
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
export function cutNotesColumnHeader(
  lines: readonly string[],
  kinds: readonly TrimLineKind[],
  end: number,
): number {
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
export function cutNotesHeader(
  lines: readonly string[],
  kinds: readonly TrimLineKind[],
  end: number,
): number {
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
