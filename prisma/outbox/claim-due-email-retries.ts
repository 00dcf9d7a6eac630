import type { PrismaClient } from '../generated/client.ts';
import { claimDueRows } from './claim-due-rows.ts';
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
export async function claimDueEmailRetries({
  prisma,
  now = new Date(),
  limit = 50,
}: {
  prisma: PrismaClient;
  now?: Date;
  limit?: number;
}): Promise<DueEmailRetry[]> {
  const claims = await claimDueRows({ db: prisma, queue: EMAIL_RETRY, now, limit });
  if (claims.length === 0) return [];
  const byKey = new Map(claims.map((claim) => [claim.key, claim]));
  const rows = await prisma.emailRetry.findMany({
    where: { messageId: { in: [...byKey.keys()] } },
    orderBy: [{ nextAttemptAt: 'asc' }, { messageId: 'asc' }],
  });
  return rows.map((row) => ({
    messageId: row.messageId,
    mailbox: row.mailbox,
    uidValidity: row.uidValidity,
    uid: Number(row.uid),
    raw: Buffer.from(row.sourceBase64, 'base64'),
    claim: byKey.get(row.messageId)!,
  }));
}
