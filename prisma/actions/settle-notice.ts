import type { PrismaClient } from '../generated/client.ts';

export type NoticeResult =
  | { readonly kind: 'queued'; readonly messageId: string }
  /** Nobody to send it to (no deliverable contact): a person must act, retrying cannot help. */
  | { readonly kind: 'skipped'; readonly reason: string }
  | { readonly kind: 'retry'; readonly error: string; readonly nextAttemptAt: Date };

/** Records what handing a notice to its channel did; skipped notices are audited for a person. */
export async function settleNotice({
  prisma,
  noticeId,
  result,
  now = new Date(),
}: {
  prisma: PrismaClient;
  noticeId: string;
  result: NoticeResult;
  now?: Date;
}): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const pending = { id: noticeId, status: 'pending' as const };
    switch (result.kind) {
      case 'queued':
        await tx.actionNotice.updateMany({
          where: pending,
          data: { status: 'queued', messageId: result.messageId, queuedAt: now, lastError: null },
        });
        return;
      case 'skipped': {
        const { count } = await tx.actionNotice.updateMany({
          where: pending,
          data: { status: 'skipped', lastError: result.reason.slice(0, 2000) },
        });
        if (count === 0) return;
        const notice = await tx.actionNotice.findUniqueOrThrow({ where: { id: noticeId } });
        await tx.auditEvent.create({
          data: {
            actor: 'system',
            type: 'debtor.notice_skipped',
            entityType: 'proposal',
            entityId: notice.proposalId,
            data: { template: notice.template, key: notice.idempotencyKey, reason: result.reason },
          },
        });
        return;
      }
      case 'retry':
        await tx.actionNotice.updateMany({
          where: pending,
          data: {
            attempts: { increment: 1 },
            nextAttemptAt: result.nextAttemptAt,
            lastError: result.error.slice(0, 2000),
          },
        });
        return;
    }
  });
}
