import type { Prisma, PrismaClient } from '../generated/client.ts';

export interface DebtorNotification {
  readonly debtorId: string;
  readonly channel: 'email' | 'chat';
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
 * Queues a message to a debtor: an outbound message row (status queued) on the debtor's
 * channel, plus, for e-mail, a row in the e-mail outbox that the e-mail sender delivers. Chat
 * notices are picked up by the chat channel from the queued message rows. Idempotent by key.
 */
export async function queueDebtorNotification({
  prisma,
  notification,
}: {
  prisma: PrismaClient;
  notification: DebtorNotification;
}): Promise<{ outcome: 'queued' | 'duplicate'; messageId: string }> {
  const externalId = `outbound:${notification.idempotencyKey}`;
  return prisma.$transaction(async (tx) => {
    const existing = await tx.message.findUnique({
      where: { channel_externalId: { channel: notification.channel, externalId } },
      select: { id: true },
    });
    if (existing) return { outcome: 'duplicate', messageId: existing.id };
    const contact =
      notification.channel === 'email'
        ? await tx.contact.findFirst({
            where: { debtorId: notification.debtorId, undeliverable: false },
            orderBy: [{ isPrimary: 'desc' }, { createdAt: 'asc' }],
          })
        : null;
    const message = await tx.message.create({
      data: {
        channel: notification.channel,
        direction: 'outbound',
        externalId,
        debtorId: notification.debtorId,
        invoiceId: notification.invoiceId,
        toAddress: contact?.email ?? null,
        subject: notification.subject,
        rawText: notification.text,
        kind: notification.template,
        status: 'queued',
      },
    });
    if (notification.channel === 'email') {
      await tx.emailOutbox.create({
        data: {
          idempotencyKey: notification.idempotencyKey,
          messageId: message.id,
          debtorId: notification.debtorId,
          template: notification.template,
          payload: {
            ...notification.params,
            to: contact?.email ?? null,
            subject: notification.subject,
          } as Prisma.InputJsonValue,
        },
      });
    }
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
