import type { ReplyLineKind } from './reply-line-kind.ts';

/** Clients hard-wrap at 72 to 80 characters; a quoted line this long may have been wrapped. */
const MIN_WRAPPED_QUOTE_CHARS = 60;

/**
 * A quoted line that was hard-wrapped after its ">" was added leaves its tail without ">":
 * "> ... invoice INV-1 of the" + "amount of EUR 1,250.00." The tail follows a long quoted line
 * that stops mid-sentence, and its first word would not have fitted on that line: the quoted
 * lines show how wide the wrapping was. An answer written straight under a question
 * ("> When do you pay?" + "Friday.") is not a tail.
 */
export function markWrappedQuoteTails(lines: readonly string[], kinds: ReplyLineKind[]): void {
  let width = 0;
  for (let i = 0; i < lines.length; i++)
    if (kinds[i] === 'q') width = Math.max(width, (lines[i] ?? '').trimEnd().length);
  for (let i = 1; i < lines.length; i++) {
    if (kinds[i] !== 't' || kinds[i - 1] !== 'q') continue;
    const previous = (lines[i - 1] ?? '').trimEnd();
    const line = (lines[i] ?? '').trim();
    // A link wrapped inside the quote: "> View ticket (http://example.com/action" + "_nonce=3d)",
    // or a link line between two quoted lines.
    if (
      /[(<]https?:\/\/[^)>\s]*$/u.test(previous) ||
      (kinds[i + 1] === 'q' && /^\(?<?https?:\/\/\S+$/u.test(line.replace(/[)>\s]+$/u, '')))
    ) {
      kinds[i] = 'q';
      continue;
    }
    // Between two quoted lines with no blank line around it, a short line that starts in lower case
    // goes on with the sentence above it, even when the wrap fell after a full stop ("> ... a
    // quis orci." + "rhoncus tortor in." + ">"); an answer starts a sentence of its own.
    if (
      kinds[i + 1] === 'q' &&
      previous.length >= MIN_WRAPPED_QUOTE_CHARS &&
      line.length < previous.length &&
      /^\p{Ll}/u.test(line)
    ) {
      kinds[i] = 'q';
      continue;
    }
    const firstWord = line.split(/\s/u)[0] ?? '';
    if (previous.length < MIN_WRAPPED_QUOTE_CHARS || /[.!?]$/u.test(previous)) continue;
    if (previous.length + 1 + firstWord.length <= width || line.length > previous.length) continue;
    const next = kinds[i + 1];
    if (next === undefined || next === 'q' || next === 'e') kinds[i] = 'q';
  }
}
