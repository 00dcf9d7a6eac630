import type { TrimLineKind } from './locate-reply-content.ts';
import { firstContentBefore } from './locate-reply-content.ts';
import { DISCLAIMER } from './reply-line-patterns.ts';
import {
  CONTACT_DETAIL,
  isSentence,
  MAX_SIGNATURE_TAIL_LINE_CHARS,
  PROSE_LINE,
  SIGNATURE_DETAIL,
} from './signature-line-patterns.ts';

const MAX_SIGNATURE_TAIL_LINES = 16;

/**
 * The lines from `from` to `end` hold only a signature: name, title, company, address and numbers
 * (short lines, a contact detail among them, no sentence, no closing), a mailing list's footer, and
 * a disclaimer paragraph. What a client appends under a quote, not an answer.
 */
export function isSignatureTail(
  lines: readonly string[],
  kinds: readonly TrimLineKind[],
  from: number,
  end: number,
): boolean {
  let count = 0;
  let detail = false;
  for (let j = from; j < end; j++) {
    const kind = kinds[j];
    if (kind === 'e' || kind === 'x' || kind === 'd') continue;
    if (kind !== 't') return false;
    if (kinds[j - 1] !== 't') {
      let paragraph = '';
      for (let k = j; k < end && kinds[k] === 't'; k++) paragraph += ` ${lines[k]}`;
      if (DISCLAIMER.test(paragraph.trim())) return detail;
    }
    const line = (lines[j] ?? '').trim();
    if (++count > MAX_SIGNATURE_TAIL_LINES || line.length > MAX_SIGNATURE_TAIL_LINE_CHARS) return false;
    if (PROSE_LINE.test(line) || isSentence(line)) return false;
    if (CONTACT_DETAIL.test(line) || SIGNATURE_DETAIL.test(line)) detail = true;
  }
  return detail;
}

/**
 * A quote under the reply with nothing of the person's own under it but a signature (its
 * attribution lost, or never written: top-posting): history. Returns where the quote starts, or
 * `end`. A quote the person answers under stays.
 */
export function cutQuoteAboveSignature(
  lines: readonly string[],
  kinds: readonly TrimLineKind[],
  end: number,
): number {
  let last = end - 1;
  while (last >= 0 && kinds[last] !== 'q') last--;
  if (last < 0 || !isSignatureTail(lines, kinds, last + 1, end)) return end;
  let start = last;
  while (start > 0 && ['q', 'e', 'd'].includes(kinds[start - 1] ?? '')) start--;
  return firstContentBefore(kinds, start) ? start : end;
}
