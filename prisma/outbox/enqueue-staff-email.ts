import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '../generated/client.ts';

/**
 * Queues a mail to a member of staff (a console sign-in link) in the e-mail outbox, so it is sent,
 * retried and given up like every other mail, and a failure shows on the health page. Unlike a
 * debtor's mail it has no debtor, no message row and no conversation: it is on nobody's timeline.
 * The audit names the template, the address and the key, never the body (a link's token is in it).
 */
export async function enqueueStaffEmail({
  prisma,
  staffId,
  template,
  to,
  messageId,
  payload,
  now,
}: {
  prisma: PrismaClient;
  staffId: string;
  template: string;
  to: string;
  /** The id the mail's Message-ID header is made of (no message row carries it). */
  messageId: string;
  /** What the sender reads (bot/notices/parse-queued-email-payload.ts). */
  payload: Readonly<Record<string, unknown>>;
  /** Due from this moment, by the caller's clock (the sender's). */
  now: Date;
}): Promise<{ outboxId: string }> {
  const outboxId = randomUUID();
  const idempotencyKey = `${template}:${outboxId}`;
  await prisma.$transaction([
    prisma.emailOutbox.create({
      data: {
        id: outboxId,
        idempotencyKey,
        messageId,
        debtorId: null,
        template,
        // Plain JSON (strings, nulls, arrays), as enqueueEmails stores a debtor's mail.
        payload: payload as Prisma.InputJsonObject,
        nextAttemptAt: now,
      },
    }),
    prisma.auditEvent.create({
      data: {
        actor: 'console',
        type: 'email.queued',
        entityType: 'staff',
        entityId: staffId,
        data: { template, to, idempotencyKey },
      },
    }),
  ]);
  return { outboxId };
}
