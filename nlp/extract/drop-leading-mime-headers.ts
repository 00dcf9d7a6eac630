/** A MIME part header: "Content-Type: text/plain; charset=utf-8", "MIME-Version: 1.0". */
const MIME_HEADER = /^(?:mime-version|content-[a-z-]+)\s*:\s*\S/iu;
/** A folded header value goes on on the next line, indented. */
const FOLDED = /^[ \t]+\S/u;

/**
 * "MIME-Version: 1.0 / Content-Type: text/plain; charset=utf-8 / Content-Transfer-Encoding: 7bit",
 * a blank line, and then the text: the headers of a MIME part that a gateway, an archive or a
 * client that did not parse the mail left on top of the body. They are no part of the reply. Only
 * a block that opens the text, holds nothing but MIME headers (and their folded values) and ends
 * in a blank line is dropped.
 */
export function dropLeadingMimeHeaders(lines: readonly string[]): readonly string[] {
  let i = 0;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  const start = i;
  while (i < lines.length && (MIME_HEADER.test(lines[i] ?? '') || (i > start && FOLDED.test(lines[i] ?? ''))))
    i++;
  if (i === start || i >= lines.length || (lines[i] ?? '').trim() !== '') return lines;
  return lines.slice(i + 1);
}
