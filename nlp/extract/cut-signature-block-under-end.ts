import type { TrimLineKind } from './locate-reply-content.ts';
import { isContent } from './locate-reply-content.ts';
import { CONTACT_DETAIL, isSentence, PROSE_LINE, SIGNATURE_DETAIL } from './signature-line-patterns.ts';

/** "... let me know how it goes. -- Jan": the person signs at the end of their last sentence. */
const SIGNED_AT_LINE_END = /\S\s+-{2}\s?\p{Lu}[\p{L}\p{M}'’-]{0,20}\.?\s*$/u;

/**
 * A line drawn as a rule of one symbol outside ASCII repeated, a heading inside it at times ("⇒⇒⇒⇒
 * Klant BV ⇒⇒⇒⇒", "━━━━"). Rules of ASCII characters ("*****", "=-=-=") are the separators above.
 */
const SYMBOL_RULE = /^\s*([^\p{L}\p{N}\s\u0020-\u007f])\1{3,}/u;

/** A boxed signature's rows: "|| Jan de Vries | Klant BV ||", "+  || ... ||". */
const BOX_ROW = /^\s*\+?\s*(?:\|\||\+[-=]{3,})/u;
const MAX_SIGNATURE_BLOCK_LINES = 16;

/**
 * The block the person's client or signature file puts under the end of the reply, apart from it,
 * that carries a contact detail: under a sign-off at the end of the last sentence ("... your end.
 * -- Jan"), anything (boxes, rules, a quotation the signature file holds); and, anywhere apart,
 * a block opened by a rule of a repeated symbol ("⇒⇒⇒⇒ Klant BV ⇒⇒⇒⇒") with only short lines.
 * Text after the sign-off without a contact detail (a sample the person typed) stays.
 */
export function cutSignatureBlockUnderEnd(
  lines: readonly string[],
  kinds: readonly TrimLineKind[],
  end: number,
): number {
  // What lies from each line to the end (content lines, a contact detail, a sentence), summed
  // once from the end so that every candidate is read in constant time.
  const count = new Array<number>(end + 1).fill(0);
  const detail = new Array<boolean>(end + 1).fill(false);
  const prose = new Array<boolean>(end + 1).fill(false);
  for (let j = end - 1; j >= 0; j--) {
    const blank = kinds[j] === 'e' || kinds[j] === 'x';
    const text = blank ? '' : (lines[j] ?? '').trim();
    count[j] = (count[j + 1] ?? 0) + (blank ? 0 : 1);
    detail[j] =
      (detail[j + 1] ?? false) || (!blank && (CONTACT_DETAIL.test(text) || SIGNATURE_DETAIL.test(text)));
    prose[j] =
      (prose[j + 1] ?? false) || (!blank && kinds[j] !== 'q' && (PROSE_LINE.test(text) || isSentence(text)));
  }
  let contentSeen = false;
  let lastContentLine = -1;
  for (let i = 1; i < end; i++) {
    if (isContent(kinds[i - 1])) {
      contentSeen = true;
      lastContentLine = i - 1;
    }
    if (kinds[i - 1] !== 'e' || !contentSeen || !detail[i]) continue;
    const afterSignoff = kinds[i] !== 'e' && SIGNED_AT_LINE_END.test(lines[lastContentLine] ?? '');
    const line = lines[i] ?? '';
    const ruled = SYMBOL_RULE.test(line) || BOX_ROW.test(line);
    if (afterSignoff && (count[i] ?? 0) <= 2 * MAX_SIGNATURE_BLOCK_LINES) return i;
    if (ruled && !prose[i] && (count[i] ?? 0) <= MAX_SIGNATURE_BLOCK_LINES) return i;
  }
  return end;
}
