import type { TrimLineKind } from './locate-reply-content.ts';
import { firstContentBefore } from './locate-reply-content.ts';
import { DISCLAIMER } from './reply-line-patterns.ts';

/** Cuts at the first paragraph that is a legal disclaimer. */
export function cutDisclaimer(lines: readonly string[], kinds: readonly TrimLineKind[], end: number): number {
  for (let i = 0; i < end; i++) {
    if (kinds[i] !== 't' || (i > 0 && kinds[i - 1] !== 'e' && kinds[i - 1] !== 'x')) continue;
    let j = i;
    let paragraph = '';
    while (j < end && kinds[j] === 't') paragraph += ` ${lines[j++]}`;
    // Trimmed, so that a heading paragraph of its own ("Disclaimer") is seen as one.
    if (DISCLAIMER.test(paragraph.trim()) && firstContentBefore(kinds, i)) return i;
  }
  return end;
}
