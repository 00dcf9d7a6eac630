import { QUOTE_LINE, REPLY_ABOVE_LINE } from './reply-line-patterns.ts';

/** A marker is a line of its own, not a paragraph that happens to say "above this line". */
const MAX_MARKER_CHARS = 120;
/** "Dag,", "Madame, Monsieur,", "Hi": a salutation, a few words without a sentence in them. */
/** Every marker names the line ("this line", "deze regel", "##-"): a cheap test before the full one. */
const MAY_BE_MARKER = /line|regel|lijn|zeile|linie|ligne|l[íi]nea|riga|linha|rad|linje|linii|rivin|##-/i;
const SALUTATION = /^[^.!?]{1,50}[,:!]?$/u;

/**
 * Help desks, ticket systems and forums mail the history under a line that asks for the reply
 * above it. When a person wrote a reply above that line, what is under it is the system's, never
 * the person's, whatever it looks like (an unquoted thread, a ticket summary), so the lines stop
 * there, before any other rule reads them.
 *
 * With nothing above it but a salutation, the marker opens the message itself: a help desk's
 * acknowledgement of our reminder ("##- Please type your reply above this line -##" / "Your request
 * 48213 has been received"), whose text is what the reason classifier reads as an auto reply, so
 * it is kept. A quoted marker ("> ##- ... -##") belongs to the quote and is left to the quote rules.
 */
export function cutAtReplyAboveLine(lines: readonly string[]): readonly string[] {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.length > MAX_MARKER_CHARS || !MAY_BE_MARKER.test(line) || QUOTE_LINE.test(line)) continue;
    if (!REPLY_ABOVE_LINE.test(line)) continue;
    const replied = lines.slice(0, i).some((above) => {
      const text = above.trim();
      return text !== '' && !SALUTATION.test(text);
    });
    return replied ? lines.slice(0, i) : lines;
  }
  return lines;
}
