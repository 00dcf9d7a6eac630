import type { NoticeSpec } from '../../domain/notices/action-notice.ts';
import type { Prisma } from '../generated/client.ts';

/**
 * Writes the notices an execution owes inside its transaction. A key that exists already (the
 * same ladder letter asked for by two escalations) is left alone: the debtor hears it once.
 * Chat notices of a proposal decided in an open chat dialog are written as already handed over:
 * the dialog tells the debtor there and then, and a second message later would repeat it.
 */
export async function writeActionNotices(
  tx: Prisma.TransactionClient,
  {
    proposalId,
    debtorId,
    notices,
    toldInChat = false,
    now = new Date(),
    dueAt,
  }: {
    /** null: a ladder letter the run owes by itself (no proposal decided it). */
    proposalId: string | null;
    debtorId: string;
    notices: readonly NoticeSpec[];
    toldInChat?: boolean;
    now?: Date;
    /** When it is first due, on the caller's clock (the run's); default: the database's now. */
    dueAt?: Date;
  },
): Promise<number> {
  if (notices.length === 0) return 0;
  const { count } = await tx.actionNotice.createMany({
    data: notices.map((notice) => ({
      ...(toldInChat && notice.channel === 'chat' ? { status: 'queued' as const, queuedAt: now } : {}),
      ...(dueAt ? { nextAttemptAt: dueAt } : {}),
      idempotencyKey: notice.key,
      proposalId,
      debtorId,
      channel: notice.channel,
      template: notice.template,
      params: notice.params as unknown as Prisma.InputJsonValue,
    })),
    skipDuplicates: true,
  });
  return count;
}
