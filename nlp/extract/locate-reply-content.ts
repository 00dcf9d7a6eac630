import type { ReplyLineKind } from './reply-line-kind.ts';

/** A line's kind while trimming, 'x' for a line already cut. */
export type TrimLineKind = ReplyLineKind | 'x';

export const isContent = (kind: TrimLineKind | undefined): boolean => kind === 't' || kind === 'v';

export function firstContentBefore(kinds: readonly TrimLineKind[], end: number): boolean {
  for (let j = 0; j < end; j++) if (isContent(kinds[j])) return true;
  return false;
}

/** Index of the last content line before `end`, or -1. */
export function lastContent(kinds: readonly TrimLineKind[], end: number): number {
  let j = end - 1;
  while (j >= 0 && !isContent(kinds[j])) j--;
  return j;
}

/** The first and the last line of a paragraph. */
export interface Paragraph {
  readonly start: number;
  readonly last: number;
}

/** The first and last line of the last paragraph with text before `end`, or null. */
export function lastParagraph(kinds: readonly TrimLineKind[], end: number): Paragraph | null {
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
export function closingParagraph(
  kinds: readonly TrimLineKind[],
  end: number,
  min: number,
  max: number,
): Paragraph | null {
  const paragraph = lastParagraph(kinds, end);
  if (!paragraph) return null;
  const count = paragraph.last - paragraph.start + 1;
  if (count < min || count > max || kinds[paragraph.start - 1] !== 'e') return null;
  return firstContentBefore(kinds, paragraph.start) ? paragraph : null;
}
