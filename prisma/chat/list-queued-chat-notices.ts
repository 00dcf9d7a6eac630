import type { PrismaClient } from '../generated/client.ts';

export interface QueuedChatNotice {
  readonly messageId: string;
  readonly debtorId: string;
  readonly invoiceId: string | null;
  readonly text: string;
  readonly template: string | null;
}

/** Notices for debtors queued on the chat channel (bot/notify), oldest first; for some debtors or all. */
export async function listQueuedChatNotices({
  prisma,
  debtorIds,
  limit = 100,
}: {
  prisma: PrismaClient;
  debtorIds?: readonly string[];
  limit?: number;
}): Promise<QueuedChatNotice[]> {
  const rows = await prisma.message.findMany({
    where: {
      channel: 'chat',
      direction: 'outbound',
      status: 'queued',
      debtorId: debtorIds ? { in: [...debtorIds] } : { not: null },
    },
    orderBy: { createdAt: 'asc' },
    take: limit,
    select: { id: true, debtorId: true, invoiceId: true, rawText: true, kind: true },
  });
  return rows.map((row) => ({
    messageId: row.id,
    debtorId: row.debtorId!,
    invoiceId: row.invoiceId,
    text: row.rawText,
    template: row.kind,
  }));
}
