/**
 * C0 controls other than tab, line feed and carriage return, DEL, and lone UTF-16 surrogates.
 * Mail text may hold any of them (a NUL from a broken client, a form feed from a printer
 * driver); none carries meaning for a reader, PostgreSQL text and jsonb cannot hold U+0000,
 * and a lone surrogate cannot be encoded as UTF-8 at all.
 */
// With the u flag a surrogate range matches only a lone surrogate: a pair is one code point.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ud800-\udfff]/gu;

/** Text without control characters (see CONTROL); a form feed or vertical tab becomes a line end. */
export function stripControlCharacters(text: string): string {
  // The common case (no control character) returns the very same string: no copy of a large body.
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(text)) return text;
  CONTROL.lastIndex = 0;
  return text.replace(CONTROL, (found) => (found === '\u000b' || found === '\u000c' ? '\n' : ''));
}
