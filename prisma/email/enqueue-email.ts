import type { PrismaClient } from '../generated/client.ts';
import { enqueueEmails } from './enqueue-emails.ts';

export interface EmailToQueue {
  /** The same logical mail is queued once: "dunning:reminder_1:<invoice ids>", "answer:<message id>". */
  readonly idempotencyKey: string;
  /** Our id for the outbound message row, chosen first because the reply token signs it. */
  readonly id: string;
  /** The Message-ID header, "<uuid@example.nl>". */
  readonly messageIdHeader: string;
  readonly debtorId: string;
  readonly invoiceId: string | null;
  readonly template: string;
  readonly fromAddress: string;
  readonly toAddress: string;
  readonly subject: string;
  readonly text: string;
  /** The thread this mail joins (its root Message-ID); null starts a new thread with this mail. */
  readonly threadId: string | null;
  /** Everything the sender needs, and what to record once it is sent (dunning step). */
  readonly payload: Readonly<Record<string, unknown>>;
}

/**
 * Queues an automated mail: outbound message row (status queued), conversation, outbox row and
 * audit in one transaction. Returns created false when the idempotency key was queued before.
 * A batch of one for enqueueEmails.
 */
export async function enqueueEmail({
  prisma,
  mail,
  actor,
  now,
}: {
  prisma: PrismaClient;
  mail: EmailToQueue;
  actor: string;
  /** When the mail is due: the caller's clock. */
  now: Date;
}): Promise<{ created: boolean; outboxId: string; messageId: string }> {
  const [queued] = await enqueueEmails({ prisma, mails: [{ mail, actor }], now });
  return queued!;
}
