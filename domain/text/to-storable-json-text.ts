import { toStorableText } from './to-storable-text.ts';

// One escape in JSON text: \uXXXX (group 1) or a backslash and one other character (\\, \", \n…),
// so a literal backslash before "u0000" (`\\u0000`) is never mistaken for an escape.
const ESCAPE = /\\(?:u([0-9a-fA-F]{4})|[^u])/g;
const LOW_SURROGATE_ESCAPE = /^\\u[dD][c-fC-F][0-9a-fA-F]{2}$/;

/**
 * JSON text (what JSON.stringify made) that `jsonb` accepts: the escape `\u0000` and lone
 * surrogate escapes become `\ufffd` (see to-storable-text.ts for why replace). JSON.stringify
 * writes NUL and lone surrogates as exactly those escapes, so this is toStorableText for a value
 * that is already serialised; a valid surrogate pair and every other escape stay as they are.
 */
export function toStorableJsonText(json: string): string {
  const text = toStorableText(json);
  if (!text.includes('\\u')) return text;
  let out = '';
  let copied = 0;
  ESCAPE.lastIndex = 0;
  for (let match = ESCAPE.exec(text); match; match = ESCAPE.exec(text)) {
    const hex = match[1];
    if (hex === undefined) continue;
    const code = Number.parseInt(hex, 16);
    const high = code >= 0xd800 && code <= 0xdbff;
    if (high && LOW_SURROGATE_ESCAPE.test(text.slice(match.index + 6, match.index + 12))) {
      ESCAPE.lastIndex = match.index + 12;
      continue;
    }
    if (code === 0 || high || (code >= 0xdc00 && code <= 0xdfff)) {
      out += `${text.slice(copied, match.index)}\\ufffd`;
      copied = match.index + 6;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}
