import type { FetchedMail } from '../../channels/email/imap-ingester.ts';
import { storeFailedEmail } from '../../prisma/outbox/store-failed-email.ts';
import type { EmailDeps } from '../server/email-deps.ts';
import { describeEmailFailure } from './describe-email-failure.ts';

/** The external id of a mail's failed placeholder: its place in the mailbox, stable across re-fetches. */
export function failedEmailId(mail: Pick<FetchedMail, 'mailbox' | 'uidValidity' | 'uid'>): string {
  return `imap:${mail.mailbox}:${mail.uidValidity}:${mail.uid}`;
}

/**
 * Stores a mail that could not be processed as failed, with a reason staff can read and its
 * source for a retry when one can help (describeEmailFailure). Throws only when even that
 * cannot be stored; the ingester then stops without moving its checkpoint.
 */
export async function recordFailedEmail({
  deps,
  mail,
  error,
  now,
}: {
  deps: EmailDeps;
  mail: FetchedMail;
  error: unknown;
  now: Date;
}): Promise<{ messageId: string }> {
  const { reason, retry } = describeEmailFailure(error);
  deps.log(`email: ${failedEmailId(mail)} failed: ${reason}`);
  return storeFailedEmail({
    prisma: deps.prisma,
    externalId: failedEmailId(mail),
    mailbox: mail.mailbox,
    uidValidity: mail.uidValidity,
    uid: mail.uid,
    raw: mail.raw,
    reason,
    retry,
    now,
  });
}
