import type { ReplyLineKind } from './reply-line-kind.ts';

/** A year and a time of day on one line ("Thursday 29 August 2026 13:36", "2026-03-02 09:14"). */
const YEAR_AND_TIME = /\b(?:19|20)\d\d\b.{0,40}\b\d{1,2}:\d\d\b|\b\d{1,2}:\d\d\b.{0,40}\b(?:19|20)\d\d\b/u;
const MAX_DATED_LINE_CHARS = 100;

/**
 * The first line of the mail, with a date and a time of day in it and a ">" quote right under it:
 * an attribution in a language or form we have no words for ("de'i Thursday 29 August 2026 13:36 la
 * Jan cusku di'e"). A sentence (ending in ".", "!" or "?") stays.
 */
export function markOpeningDatedLine(lines: readonly string[], kinds: ReplyLineKind[]): void {
  const first = kinds.findIndex((kind) => kind !== 'e');
  if (first < 0 || kinds[first] !== 't' || kinds[first + 1] !== 'q') return;
  const line = (lines[first] ?? '').trim();
  if (line.length > MAX_DATED_LINE_CHARS || /[.!?]$/u.test(line) || !YEAR_AND_TIME.test(line)) return;
  kinds[first] = 'b';
}
