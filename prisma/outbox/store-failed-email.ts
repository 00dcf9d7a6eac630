import type { PrismaClient } from '../generated/client.ts';
import { failClaim } from './fail-claim.ts';
import { EMAIL_RETRY } from './outbox-queues.ts';

/**
 * Records an inbound mail that could not be processed: a message row with status failed and the
 * reason (what staff see), and the raw source for retries in the email_retry queue
 * (prisma/outbox). Called again for the same mail, it counts the attempt and the queue schedules
 * the next one; after the queue's last attempt it is a dead letter, kept failed for a person. The external id is the mailbox position, so a re-fetch finds the same row. With
 * `retry: false` (the mail itself cannot be read, so another attempt would fail the same way at
 * the same cost) no attempt is scheduled: it waits for a person at once.
 */
export async function storeFailedEmail({
  prisma,
  externalId,
  mailbox,
  uidValidity,
  uid,
  raw,
  reason,
  retry = true,
  now = new Date(),
}: {
  prisma: PrismaClient;
  externalId: string;
  mailbox: string;
  uidValidity: bigint;
  uid: number;
  raw: Buffer;
  reason: string;
  retry?: boolean;
  now?: Date;
}): Promise<{ messageId: string; attempts: number; willRetry: boolean }> {
  // PostgreSQL text cannot hold NUL: a mail with one must still be stored as failed, or it
  // would stop the ingester at the same UID forever. The exact source is kept in base64.
  const text = (value: string, max: number) => value.slice(0, max).replaceAll('\u0000', '\uFFFD');
  return prisma.$transaction(async (tx) => {
    const existing = await tx.message.findUnique({
      where: { channel_externalId: { channel: 'email', externalId } },
      select: { id: true, attempts: true },
    });
    // The retry queue counts its claims on its own row; a person's requeue (requeueDeadLetters)
    // sets that count to one attempt left, so the larger of the two says which attempt this is.
    const queued = existing
      ? await tx.emailRetry.findUnique({ where: { messageId: existing.id }, select: { attempts: true } })
      : null;
    const attempts = Math.max((existing?.attempts ?? 0) + 1, queued?.attempts ?? 0);
    const message = existing
      ? await tx.message.update({
          where: { id: existing.id },
          data: { attempts, failureReason: text(reason, 2000), status: 'failed' },
        })
      : await tx.message.create({
          data: {
            channel: 'email',
            direction: 'inbound',
            externalId,
            status: 'failed',
            failureReason: text(reason, 2000),
            attempts,
            rawText: text(raw.subarray(0, 200_000).toString('utf8'), 200_000),
            receivedAt: now,
          },
        });
    await tx.emailRetry.upsert({
      where: { messageId: message.id },
      create: {
        messageId: message.id,
        mailbox,
        uidValidity,
        uid: BigInt(uid),
        sourceBase64: raw.toString('base64'),
        attempts,
        nextAttemptAt: now,
      },
      update: {},
    });
    // Not fenced by a lease: the first attempt is the ingest itself, and a retry reaches here
    // through the same ingest without its claim. The attempt count is the message's.
    const failed = await failClaim({
      db: tx,
      queue: EMAIL_RETRY,
      claim: { key: message.id, attempts, leaseUntil: null },
      error: text(reason, 2000),
      now,
      permanent: !retry,
    });
    const willRetry = failed.kind === 'retry';
    await tx.auditEvent.create({
      data: {
        actor: 'email',
        type: 'message.failed',
        entityType: 'message',
        entityId: message.id,
        data: { externalId, attempts, reason: text(reason, 500), willRetry },
      },
    });
    return { messageId: message.id, attempts, willRetry };
  });
}
