import type { ParsedMail } from 'mailparser';
import { stripControlCharacters } from './strip-control-characters.ts';

/**
 * Header values as text: mailparser decodes unstructured headers; structured ones keep their line.
 * Control characters are removed (an encoded word can hold a NUL, which cannot be stored).
 */
export function readMailHeaders(parsed: ParsedMail): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { key, line } of parsed.headerLines) {
    if (key in headers) continue;
    const decoded = parsed.headers.get(key);
    const raw = line
      .slice(line.indexOf(':') + 1)
      .replace(/\r?\n[ \t]+/gu, ' ')
      .trim();
    headers[key] = stripControlCharacters(typeof decoded === 'string' ? decoded : raw);
  }
  return headers;
}
