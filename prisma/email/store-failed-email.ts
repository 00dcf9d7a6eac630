import type { PrismaClient } from '../generated/client.ts';

const RETRY_MINUTES = [1, 5, 30, 120, 720];
export const MAX_EMAIL_ATTEMPTS = RETRY_MINUTES.length + 1;

/**
 * Records an inbound mail that could not be processed: a message row with status failed and the
 * reason (what staff see), and the raw source for retries. Called again for the same mail, it
 * counts the attempt and schedules the next one; after the last attempt it stays failed for a
 * person. The external id is the mailbox position, so a re-fetch finds the same row. With
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
    const attempts = (existing?.attempts ?? 0) + 1;
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
    const delay = retry ? RETRY_MINUTES[attempts - 1] : undefined;
    const willRetry = delay !== undefined;
    // After the last attempt the source stays for a person; it is just never due again.
    const nextAttemptAt = new Date(now.getTime() + (delay ?? 60 * 24 * 365 * 100) * 60_000);
    await tx.emailRetry.upsert({
      where: { messageId: message.id },
      create: {
        messageId: message.id,
        mailbox,
        uidValidity,
        uid: BigInt(uid),
        sourceBase64: raw.toString('base64'),
        nextAttemptAt,
      },
      update: { nextAttemptAt },
    });
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
