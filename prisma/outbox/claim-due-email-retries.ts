import { type ClaimDueOptions, claimAndLoad } from './claim-and-load.ts';
import type { Claim } from './outbox-queue.ts';
import { EMAIL_RETRY } from './outbox-queues.ts';

export interface DueEmailRetry {
  readonly messageId: string;
  readonly mailbox: string;
  readonly uidValidity: bigint;
  readonly uid: number;
  readonly raw: Buffer;
  readonly claim: Claim;
}

/**
 * Claims failed inbound mail whose next attempt is due, oldest first, with a lease through the
 * outbox queue: two ingesters (two `serve` processes on one mailbox) never retry one mail at once.
 * The retry settles itself: storeFailedEmail reschedules or dead-letters it, resolveEmailRetry
 * removes it once it went through.
 */
export async function claimDueEmailRetries(options: ClaimDueOptions): Promise<DueEmailRetry[]> {
  const claimed = await claimAndLoad({
    ...options,
    limit: options.limit ?? 50,
    queue: EMAIL_RETRY,
    load: (ids) =>
      options.prisma.emailRetry.findMany({
        where: { messageId: { in: ids } },
        orderBy: [{ nextAttemptAt: 'asc' }, { messageId: 'asc' }],
      }),
    keyOf: (row) => row.messageId,
  });
  return claimed.map(({ row, claim }) => ({
    messageId: row.messageId,
    mailbox: row.mailbox,
    uidValidity: row.uidValidity,
    uid: Number(row.uid),
    raw: Buffer.from(row.sourceBase64, 'base64'),
    claim,
  }));
}
