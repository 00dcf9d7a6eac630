import type { TrimLineKind } from './locate-reply-content.ts';
import { firstContentBefore, isContent, lastContent } from './locate-reply-content.ts';
import { isShortClosing, SIGNOFF_NAME } from './signature-line-patterns.ts';

/** An indented line of symbols only, as ASCII art draws ("     \\|/", "   (  o o  )" has letters). */
const ART_LINE = /^\s[^\p{L}\p{N}]{0,79}$/u;

/**
 * "Thanks," / "Jabir" / "     \\|/": a drawing in the signature, indented lines of symbols right
 * under the name that ends the reply, is not part of it.
 */
export function cutArtUnderName(
  lines: readonly string[],
  kinds: readonly TrimLineKind[],
  end: number,
): number {
  const last = lastContent(kinds, end);
  let name = last;
  while (
    name >= 0 &&
    isContent(kinds[name]) &&
    ART_LINE.test(lines[name] ?? '') &&
    /\S/u.test(lines[name] ?? '')
  )
    name--;
  if (name === last || name < 1 || !isContent(kinds[name])) return end;
  if (!SIGNOFF_NAME.test(lines[name] ?? '') || !firstContentBefore(kinds, name)) return end;
  return name + 1;
}

/**
 * An image a client pasted into the signature, as text conversions print it: Outlook's
 * "[cid:image001.png@01DA...]" (an archive writes "at" for "@") or Gmail's "[image: logo]".
 */
const IMAGE_PLACEHOLDER = /^\s*\[(?:cid:[^\]]{1,200}|image:[^\]]{0,100})\]\s*$/iu;
const MAX_IMAGE_PLACEHOLDER_CHARS = 220;

/**
 * "Thanks," / "Anna Smit" / "[cid:image001.png@...]" / title, address, notice: an image right
 * under the closing and the name is the signature's logo; the block from it is the signature,
 * even when a notice in sentences follows.
 */
export function cutImageUnderName(
  lines: readonly string[],
  kinds: readonly TrimLineKind[],
  end: number,
): number {
  for (let i = 2; i < end; i++) {
    const line = lines[i] ?? '';
    if (line.length > MAX_IMAGE_PLACEHOLDER_CHARS || !IMAGE_PLACEHOLDER.test(line)) continue;
    const name = lastContent(kinds, i);
    if (name < 1 || !SIGNOFF_NAME.test(lines[name] ?? '')) continue;
    const closing = lastContent(kinds, name);
    if (closing >= 0 && isShortClosing(lines, kinds, closing)) return i;
  }
  return end;
}
