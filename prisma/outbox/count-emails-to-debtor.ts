import type { PrismaClient } from '../generated/client.ts';

/** Automated mail sent to a debtor since an instant, and when the oldest of those went out. */
export async function countEmailsToDebtor({
  prisma,
  debtorId,
  since,
}: {
  prisma: PrismaClient;
  debtorId: string;
  since: Date;
}): Promise<{ count: number; oldestSentAt: Date | null }> {
  const result = await prisma.emailOutbox.aggregate({
    where: { debtorId, status: 'sent', sentAt: { gte: since } },
    _count: { _all: true },
    _min: { sentAt: true },
  });
  return { count: result._count._all, oldestSentAt: result._min.sentAt };
}
