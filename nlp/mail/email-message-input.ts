import type { MessageInput } from '../../domain/messages/understanding.ts';
import type { InboundEmail } from './parse-inbound-email.ts';

/**
 * What understandMessage reads of a parsed mail, the same for the live e-mail channel and for
 * `collections classify --eml`, so a mail classified from a file is understood as it is in serve.
 */
export function emailMessageInput({ email, now }: { email: InboundEmail; now: Date }): MessageInput {
  return {
    text: email.text,
    replyText: email.replyText,
    subject: email.subject,
    headers: email.headers,
    html: email.html,
    // A mail without a (valid) Date header is dated when we read it.
    receivedAt: email.date ?? now,
  };
}
