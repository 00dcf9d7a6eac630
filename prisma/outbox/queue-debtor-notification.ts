import type { PrismaClient } from '../generated/client.ts';

export interface DebtorNotification {
  readonly debtorId: string;
  /** Chat only: e-mail notices go through the e-mail outbox (bot/notices/notify-debtor.ts words and threads the mail). */
  readonly channel: 'chat';
  /** payment_plan_confirmation, dispute_acknowledgement, ... */
  readonly template: string;
  readonly params: Record<string, unknown>;
  /** The same notice is queued once ("plan-approved:<plan id>"). */
  readonly idempotencyKey: string;
  /** Plain text of the notice, for the timeline (the sender renders the real message). */
  readonly text: string;
  readonly subject: string | null;
  readonly invoiceId: string | null;
}

/**
 * Queues a chat message to a debtor: an outbound message row (status queued, for the timeline)
 * and its chat_outbox row, which the chat channel claims (prisma/outbox) and shows in the
 * conversation. Idempotent by key.
 */
export async function queueDebtorNotification({
  prisma,
  notification,
  now = new Date(),
}: {
  prisma: PrismaClient;
  notification: DebtorNotification;
  /** When it is due: the clock the chat claims notices by. */
  now?: Date;
}): Promise<{ outcome: 'queued' | 'duplicate'; messageId: string }> {
  const externalId = `outbound:${notification.idempotencyKey}`;
  return prisma.$transaction(async (tx) => {
    const existing = await tx.message.findUnique({
      where: { channel_externalId: { channel: notification.channel, externalId } },
      select: { id: true },
    });
    if (existing) return { outcome: 'duplicate', messageId: existing.id };
    const message = await tx.message.create({
      data: {
        channel: notification.channel,
        direction: 'outbound',
        externalId,
        debtorId: notification.debtorId,
        invoiceId: notification.invoiceId,
        subject: notification.subject,
        rawText: notification.text,
        kind: notification.template,
        status: 'queued',
      },
    });
    await tx.chatOutbox.create({
      data: { messageId: message.id, debtorId: notification.debtorId, nextAttemptAt: now },
    });
    await tx.auditEvent.create({
      data: {
        actor: 'system',
        type: 'debtor.notice_queued',
        entityType: 'message',
        entityId: message.id,
        data: {
          template: notification.template,
          channel: notification.channel,
          idempotencyKey: notification.idempotencyKey,
        },
      },
    });
    return { outcome: 'queued', messageId: message.id };
  });
}
