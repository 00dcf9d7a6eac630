import { createHash } from 'node:crypto';

/**
 * Same sender, subject, text and attachments: possibly the same message under another id. Only
 * a hint for a person (a mail is never dropped on it): two payment advices with the same cover
 * text but different PDFs are different mail, so attachments count. Without attachments the hash
 * is what it always was, so hashes stored earlier still compare.
 */
export function contentHash(message: {
  readonly from: string | null;
  readonly subject: string | null;
  readonly text: string;
  /** sha256 of each attachment, in the order of the mail. */
  readonly attachments?: readonly string[];
}): string {
  const hash = createHash('sha256').update(
    `${message.from ?? ''}\n${message.subject ?? ''}\n${message.text.replace(/\s+/g, ' ').trim()}`,
  );
  if (message.attachments && message.attachments.length > 0)
    hash.update(`\nattachments:${message.attachments.join(',')}`);
  return hash.digest('hex');
}
