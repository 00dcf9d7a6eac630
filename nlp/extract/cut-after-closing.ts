import type { TrimLineKind } from './locate-reply-content.ts';
import { firstContentBefore, isContent, lastContent } from './locate-reply-content.ts';
import { VALEDICTION_LINE } from './reply-line-patterns.ts';
import { isFootnoteList, SIGNATURE_DETAIL, SIGNOFF_NAME } from './signature-line-patterns.ts';

const MAX_NAME_CHARS = 60;

/** Sentences under a closing that make it more reply rather than a signature block. */
const MIN_SENTENCES_AFTER_CLOSING = 2;
const MIN_WORDS_AFTER_CLOSING = 15;

/**
 * Prose under the closing and the name ("Best wishes, Tom" and then two more sentences of the
 * reply): people go on writing after signing off now and then; a signature block is short lines
 * of names, titles, addresses and numbers, not sentences.
 */
function isProseAfter(
  lines: readonly string[],
  kinds: readonly TrimLineKind[],
  from: number,
  end: number,
): boolean {
  let sentences = 0;
  let words = 0;
  // A rule ("=====", "-----") as the first thing under the closing, past any quote the client put
  // there, opens a boxed signature (name, company, department in columns), not more of the reply.
  let first = from;
  while (kinds[first] === 'e' || kinds[first] === 'q') first++;
  if (first < end && kinds[first] === 'd') return false;
  for (let j = from; j < end; j++) {
    if (!isContent(kinds[j])) continue;
    const line = (lines[j] ?? '').trim();
    if (SIGNATURE_DETAIL.test(line)) return false;
    words += line.split(/\s+/u).length;
    sentences += line.match(/\p{L}[.!?]+(?=\s|$)/gu)?.length ?? 0;
  }
  return sentences >= MIN_SENTENCES_AFTER_CLOSING && words >= MIN_WORDS_AFTER_CLOSING;
}

/** Keeps "Met vriendelijke groet," and the name under it; drops the signature block below. */
export function cutAfterClosing(
  lines: readonly string[],
  kinds: readonly TrimLineKind[],
  end: number,
): number {
  const cut = findClosingEnd(lines, kinds, end);
  if (cut >= end) return end;
  return isProseAfter(lines, kinds, cut, end) || isFootnoteList(lines, kinds, cut, end) ? end : cut;
}

/**
 * "on behalf", "on behalf of Klant BV": a line that says for whom the person signs. (The Dutch
 * "namens de familie," would change a row the reasons model reads, so it waits for a retraining.)
 */
const ON_BEHALF = /^\s*on\s+behalf(?:\s+of\b.{0,50})?[\s,]*$/iu;

/**
 * "Tobias" / "Mit freundlichen Grüßen," / "Tobias Oberstein" / "Geschäftsführer" ...: the person
 * signed the reply with their name, and under it their signature file repeats a closing and the
 * full name that starts with it. The reply ends at the name; the closing belongs to the file.
 */
function isSignatureFileUnderName(
  lines: readonly string[],
  kinds: readonly TrimLineKind[],
  closing: number,
  fullName: string,
): boolean {
  const signed = lastContent(kinds, closing);
  if (signed < 1 || kinds[signed + 1] !== 'e' || isContent(kinds[signed - 1])) return false;
  const first = (lines[signed] ?? '').trim();
  if (!/^\p{Lu}[\p{L}\p{M}'’-]{1,20}$/u.test(first) || !firstContentBefore(kinds, signed)) return false;
  return fullName.startsWith(`${first} `) && SIGNOFF_NAME.test(fullName);
}

function findClosingEnd(lines: readonly string[], kinds: readonly TrimLineKind[], end: number): number {
  for (let i = 0; i < end; i++) {
    if (kinds[i] !== 'v' || !firstContentBefore(kinds, i)) continue;
    const line = (lines[i] ?? '').trim();
    const closing = VALEDICTION_LINE.exec(line)?.[0] ?? '';
    // "Groeten, Jan" carries the name on the same line; "Grüßen" only completes the closing's word.
    const rest = line.slice(closing.length).replace(/^\p{L}*[\s,.!،]*/u, '');
    // "Grüße aus Rosenheim" names a place, not the person: the name follows on the next line.
    if (/\p{L}/u.test(rest) && !/^(?:aus|von|from|uit|van|de|du)\s/u.test(rest)) return i + 1;
    let j = i + 1;
    while (j < end && (kinds[j] === 'e' || kinds[j] === 'x')) j++;
    // "Kind Regards" / "on behalf" / "Jan de Vries": who signs for whom belongs to the closing,
    // and the name under it is still the person's.
    if (ON_BEHALF.test(lines[j] ?? '')) {
      j++;
      while (j < end && (kinds[j] === 'e' || kinds[j] === 'x')) j++;
    }
    const name = (lines[j] ?? '').trim();
    if (j < end && kinds[j] === 't' && name.length <= MAX_NAME_CHARS)
      return isSignatureFileUnderName(lines, kinds, i, name) ? i : j + 1;
    return i + 1;
  }
  return end;
}
