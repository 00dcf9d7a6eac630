import { QUOTE_LINE, REPLY_ABOVE_LINE } from './reply-line-patterns.ts';

/** A marker is a line of its own, not a paragraph that happens to say "above this line". */
const MAX_MARKER_CHARS = 120;

/**
 * Help desks, ticket systems and forums mail the history under a line that asks for the reply
 * above it. What is under that line is theirs, never the person's, whatever it looks like (an
 * unquoted thread, a ticket summary), so the lines stop there, before any other rule reads them.
 * A quoted marker ("> ##- ... -##") belongs to the quote and is left to the quote rules.
 */
export function cutAtReplyAboveLine(lines: readonly string[]): readonly string[] {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.length > MAX_MARKER_CHARS || QUOTE_LINE.test(line)) continue;
    if (REPLY_ABOVE_LINE.test(line)) return lines.slice(0, i);
  }
  return lines;
}
