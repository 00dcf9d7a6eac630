import type { NoticeSpec } from '../../domain/actions/action-notice.ts';
import type { Prisma } from '../generated/client.ts';

/**
 * Writes the notices an execution owes inside its transaction. A key that exists already (the
 * same ladder letter asked for by two escalations) is left alone: the debtor hears it once.
 */
export async function writeActionNotices(
  tx: Prisma.TransactionClient,
  { proposalId, debtorId, notices }: { proposalId: string; debtorId: string; notices: readonly NoticeSpec[] },
): Promise<number> {
  if (notices.length === 0) return 0;
  const { count } = await tx.actionNotice.createMany({
    data: notices.map((notice) => ({
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
