import { type ClaimDueOptions, claimAndLoad } from './claim-and-load.ts';
import type { Claim } from './outbox-queue.ts';
import { CHAT_OUTBOX } from './outbox-queues.ts';

export interface DueChatNotice {
  readonly messageId: string;
  readonly debtorId: string;
  readonly invoiceId: string | null;
  readonly text: string;
  readonly template: string | null;
  readonly claim: Claim;
}

/**
 * Claims the due chat notices of these debtors (whose chat is open), oldest first, with a lease
 * through the outbox queue, so the poller and a reconnect, or two processes, deliver one once.
 */
export async function claimDueChatNotices({
  debtorIds,
  ...options
}: ClaimDueOptions & { debtorIds: readonly string[] }): Promise<DueChatNotice[]> {
  const claimed = await claimAndLoad({
    ...options,
    limit: options.limit ?? 100,
    queue: CHAT_OUTBOX,
    only: { column: 'debtor_id', values: debtorIds },
    load: (ids) =>
      options.prisma.message.findMany({
        where: { id: { in: ids } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: { id: true, debtorId: true, invoiceId: true, rawText: true, kind: true },
      }),
    keyOf: (row) => row.id,
  });
  return claimed.map(({ row, claim }) => ({
    messageId: row.id,
    debtorId: row.debtorId!,
    invoiceId: row.invoiceId,
    text: row.rawText,
    template: row.kind,
    claim,
  }));
}
