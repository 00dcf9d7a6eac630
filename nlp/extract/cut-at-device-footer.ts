import type { TrimLineKind } from './locate-reply-content.ts';
import { firstContentBefore } from './locate-reply-content.ts';

/**
 * A device footer ends what the person wrote: mobile clients put it between the reply and the
 * message answered, which they often attach without any marker we know ("Sent from my iPhone"
 * followed by the original text, or by a header block in yet another language).
 */
export function cutAtDeviceFooter(
  lines: readonly string[],
  kinds: readonly TrimLineKind[],
  end: number,
): number {
  for (let i = 0; i < end; i++) {
    if (kinds[i] !== 's' || !firstContentBefore(kinds, i)) continue;
    // A line of characters the mail lost right over it ("?" where a no-break space was) goes too.
    return i > 1 && LOST_CHARACTERS_LINE.test(lines[i - 1] ?? '') && firstContentBefore(kinds, i - 1)
      ? i - 1
      : i;
  }
  return end;
}

/** A short line of only "?" or U+FFFD: characters an archive or gateway could not convert. */
const LOST_CHARACTERS_LINE = /^\s{0,8}[?\ufffd]{1,3}\s{0,8}$/u;
