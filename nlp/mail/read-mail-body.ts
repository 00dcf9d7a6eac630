import type { ParsedMail } from 'mailparser';
import { convertHtmlToText } from '../extract/convert-html-to-text.ts';
import { MAX_UNDERSTOOD_HTML_CHARS, MAX_UNDERSTOOD_TEXT_CHARS } from '../limit-message-input.ts';
import { stripControlCharacters } from './strip-control-characters.ts';

/**
 * mailparser options every parse of ours uses. mailparser converts HTML-only mail to text itself
 * (with html-to-text, which builds a tree and walks it recursively); beyond this length it leaves
 * the text empty instead, and readMailBody converts the start of the HTML without recursion.
 */
export const MAIL_PARSER_OPTIONS = {
  skipImageLinks: true,
  skipTextToHtml: true,
  maxHtmlLengthToParse: MAX_UNDERSTOOD_HTML_CHARS,
} as const;

/**
 * A parsed mail's text and HTML as the rest of the application may use them: control characters
 * removed (PostgreSQL text cannot hold a NUL, and none means anything to a reader), and a text
 * for HTML mail that mailparser would not convert (too long, or nested too deep): the first
 * MAX_UNDERSTOOD_TEXT_CHARS of it, so the text is never empty for de-duplication and matching.
 */
export function readMailBody(parsed: Pick<ParsedMail, 'text' | 'html'>): {
  text: string;
  html: string | undefined;
} {
  const html = typeof parsed.html === 'string' ? stripControlCharacters(parsed.html) : undefined;
  const text = stripControlCharacters(parsed.text ?? '');
  if (text.trim() !== '' || html === undefined) return { text, html };
  return {
    text: convertHtmlToText(html.slice(0, MAX_UNDERSTOOD_HTML_CHARS), {
      maxChars: MAX_UNDERSTOOD_TEXT_CHARS,
    }),
    html,
  };
}
