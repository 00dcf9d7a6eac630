import type { EmailMatch } from '../../channels/email/match-inbound-email.ts';
import type { InboundMessage } from '../../domain/messages/inbound-message.ts';
import type { PreparedEmail } from './prepare-inbound-email.ts';

/** A prepared, matched mail as the shared pipeline takes it; the match is kept in a header for staff. */
export function buildInboundMessage({
  prepared: { email, externalId, contentHash, fullText },
  match,
  now,
  possibleDuplicateOf = null,
}: {
  prepared: PreparedEmail;
  match: EmailMatch;
  now: Date;
  /** External id of an earlier mail with the same content (identifyEmails). */
  possibleDuplicateOf?: string | null;
}): InboundMessage {
  return {
    channel: 'email',
    externalId,
    debtorId: match.debtorId,
    invoiceId: match.invoiceId,
    senderAuthority: match.senderAuthority,
    authenticationFailure: match.authenticationFailure,
    thread:
      match.debtorId && match.threadId ? { externalThreadId: match.threadId, subject: email.subject } : null,
    from: email.from,
    to: email.recipients[0] ?? null,
    subject: email.subject,
    text: email.text,
    fullText,
    html: email.html,
    replyText: email.replyText,
    headers: {
      ...email.headers,
      'x-collections-match': `${match.by ?? 'unmatched'}: ${match.note}`,
      'x-collections-sender-authority': match.senderAuthority,
      ...(match.authenticationFailure
        ? { 'x-collections-sender-authentication': match.authenticationFailure }
        : {}),
    },
    receivedAt: email.date ?? now,
    contentHash,
    possibleDuplicateOf,
  };
}
