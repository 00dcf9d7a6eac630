/**
 * Text from outside (a chat message, a mail's body, subject, headers or sender name, a Slack
 * form) can hold what PostgreSQL cannot store: NUL (U+0000) is not allowed in `text` or `jsonb`,
 * and a lone UTF-16 surrogate (\uD800 without its partner) has no UTF-8 encoding, so `jsonb`
 * refuses its `\ud800` escape and a `text` parameter silently turns into U+FFFD on the way. Such
 * text is stored with each of those code units replaced by U+FFFD, the replacement character
 * every UTF-8 decoder uses for what it cannot decode: the message is kept whole and readable, a
 * person sees where something was, and nothing else in it changes.
 *
 * Why replace rather than refuse: a refused mail would be lost (nobody reads a 400 from an IMAP
 * watcher), and a debtor whose chat message is refused for an invisible character cannot tell
 * what to fix. Replacing is also what the `pg` driver already did to lone surrogates in text
 * parameters, so both databases (PGlite and PostgreSQL) now store the same.
 */
export const REPLACEMENT_CHARACTER = '\uFFFD';

// A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with every NUL and every lone surrogate replaced by U+FFFD; anything else unchanged. */
export function toStorableText(text: string): string {
  UNSTORABLE.lastIndex = 0;
  if (!UNSTORABLE.test(text)) return text;
  return text.replace(UNSTORABLE, REPLACEMENT_CHARACTER);
}
