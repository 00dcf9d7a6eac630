import { MAX_UNDERSTOOD_TEXT_CHARS } from '../limit-message-input.ts';
import { convertHtmlToText } from './convert-html-to-text.ts';
import { trimReplyLines } from './trim-reply-lines.ts';

/**
 * The reply a person wrote: quoted history, forwarded blocks, signatures, device footers and
 * disclaimers removed. The plain-text part is preferred (it is what the sender's client meant as
 * text); HTML is converted only when there is no usable text part.
 *
 * Quoted lines above the person's own text without an attribution line ("> question\n\nanswer")
 * are kept: that is an inline answer, and the quote gives it meaning.
 */
export function extractReply(input: { text: string; html?: string | undefined }): string {
  const text =
    input.text.trim() !== ''
      ? input.text
      : input.html
        ? convertHtmlToText(input.html, { maxChars: MAX_UNDERSTOOD_TEXT_CHARS })
        : '';
  if (text.trim() === '') return '';
  return trimReplyLines(text);
}
