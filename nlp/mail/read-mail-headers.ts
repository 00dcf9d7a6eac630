import type { ParsedMail } from 'mailparser';

/** Header values as text: mailparser decodes unstructured headers; structured ones keep their line. */
export function readMailHeaders(parsed: ParsedMail): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { key, line } of parsed.headerLines) {
    if (key in headers) continue;
    const decoded = parsed.headers.get(key);
    const raw = line
      .slice(line.indexOf(':') + 1)
      .replace(/\r?\n[ \t]+/gu, ' ')
      .trim();
    headers[key] = typeof decoded === 'string' ? decoded : raw;
  }
  return headers;
}
