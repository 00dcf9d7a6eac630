import type { TrimLineKind } from './locate-reply-content.ts';
import { firstContentBefore, isContent, lastContent } from './locate-reply-content.ts';
import { DASHED_SIGNOFF } from './reply-line-patterns.ts';

/** Starts with a dash, as the items of a list drawn with dashes do. */
const DASH_ITEM = /^\s*(?:--?|[—–])\s*\S/u;

/**
 * "Thanks.\n\n--Jan": the "-- " separator with the name run onto it, on the last line and apart from
 * the reply, starts the signature. A list drawn with dashes ("-- Invoice\n-- Credit note") stays.
 */
const SIGNED_BETWEEN_DASHES = /^\s*-{2,3}\s*[^\s-][^-]{0,30}?\s*-{2,3}\s*$/u;

/** The separator with a quotation run onto it: '-- "Hell, there are no rules here."'. */
const SIGNATURE_QUOTATION = /^--\s?["“„«]/u;
const MAX_QUOTATION_LINES = 3;

export function cutDashedSignoff(
  lines: readonly string[],
  kinds: readonly TrimLineKind[],
  end: number,
): number {
  const last = lastContent(kinds, end);
  if (last <= 0 || !DASHED_SIGNOFF.test(lines[last] ?? '')) return end;
  // A quotation the signature file carries, run onto the separator, with its author under it:
  // '-- "Paid is paid."' / "-- Jan de Vries".
  for (let i = last - 1; i >= 0 && i >= last - MAX_QUOTATION_LINES; i--) {
    if (!isContent(kinds[i])) break;
    if (SIGNATURE_QUOTATION.test(lines[i] ?? '')) return firstContentBefore(kinds, i) ? i : end;
  }
  if (kinds[last - 1] !== 'e') return end;
  // "--jh--": the name between dashes on both sides is the person signing, not a separator.
  if (SIGNED_BETWEEN_DASHES.test(lines[last] ?? '')) return end;
  const above = lastContent(kinds, last);
  if (above < 0 || DASH_ITEM.test(lines[above] ?? '')) return end;
  return last;
}
