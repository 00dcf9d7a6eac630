import { createHash } from 'node:crypto';

/** Same sender, subject and text: the same message, even when it arrives under another id. */
export function contentHash(message: {
  readonly from: string | null;
  readonly subject: string | null;
  readonly text: string;
}): string {
  return createHash('sha256')
    .update(`${message.from ?? ''}\n${message.subject ?? ''}\n${message.text.replace(/\s+/g, ' ').trim()}`)
    .digest('hex');
}
