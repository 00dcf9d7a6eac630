import { MAX_UNDERSTOOD_TEXT_CHARS } from '../../nlp/limit-message-input.ts';
import type { InboundEmail } from '../../nlp/mail/parse-inbound-email.ts';
import type { PreparedEmail } from './prepare-inbound-email.ts';

/**
 * What matching reads of a prepared mail: the text and the PDF text cut to what understanding
 * reads. Matching runs on the main thread, and searching 25 MB of text for invoice numbers
 * blocked it for seconds; a number the debtor means is in the first 64 KiB.
 */
export function boundMatchInput(prepared: PreparedEmail): { email: InboundEmail; extraText: string } {
  const { email } = prepared;
  return {
    email:
      email.text.length > MAX_UNDERSTOOD_TEXT_CHARS
        ? { ...email, text: email.text.slice(0, MAX_UNDERSTOOD_TEXT_CHARS) }
        : email,
    extraText: prepared.attachments
      .map((attachment) => attachment.extractedText ?? '')
      .join('\n')
      .slice(0, MAX_UNDERSTOOD_TEXT_CHARS),
  };
}
