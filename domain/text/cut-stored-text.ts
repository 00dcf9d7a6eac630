/**
 * How much of a message's text is kept in `message.raw_text`: 256 KiB. Every page, Slack view and
 * query that shows a message reads that column, and a 25 MB text held the event loop for seconds
 * (serialised, stored and read back whole). A longer text is cut here with a marker that says so;
 * its complete text is kept beside it, compressed (`message_full_text`).
 */
export const MAX_STORED_TEXT_CHARS = 256 * 1024;

/** The text as `raw_text` keeps it: whole when short enough, else its start and a marker. */
export function cutStoredText(text: string): string {
  if (text.length <= MAX_STORED_TEXT_CHARS) return text;
  // Never split a surrogate pair: half of one cannot be stored.
  const end = /[\ud800-\udbff]/u.test(text.charAt(MAX_STORED_TEXT_CHARS - 1))
    ? MAX_STORED_TEXT_CHARS - 1
    : MAX_STORED_TEXT_CHARS;
  const shown = end.toLocaleString('en-US');
  const total = text.length.toLocaleString('en-US');
  return `${text.slice(0, end)}\n\n[Text cut after ${shown} of ${total} characters. The complete text is stored with this message (message_full_text).]`;
}
