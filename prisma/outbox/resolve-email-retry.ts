import type { PrismaClient } from '../generated/client.ts';

/**
 * A retried mail went through: its failed placeholder row and stored source go, and the audit
 * trail says where the mail now is. Idempotent: a second call finds nothing to remove.
 */
export async function resolveEmailRetry({
  prisma,
  failedMessageId,
  storedMessageId,
}: {
  prisma: PrismaClient;
  failedMessageId: string;
  storedMessageId: string;
}): Promise<void> {
  if (failedMessageId === storedMessageId) return;
  await prisma.$transaction(async (tx) => {
    const removed = await tx.emailRetry.deleteMany({ where: { messageId: failedMessageId } });
    const message = await tx.message.deleteMany({ where: { id: failedMessageId, status: 'failed' } });
    if (removed.count + message.count === 0) return;
    await tx.auditEvent.create({
      data: {
        actor: 'email',
        type: 'message.retry_succeeded',
        entityType: 'message',
        entityId: storedMessageId,
        data: { failedMessageId },
      },
    });
  });
}
