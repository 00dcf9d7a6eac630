import type { PrismaClient } from '../generated/client.ts';

/** Disputes still open or taken that nobody moved for `days` days (oldest first). */
export async function findStaleDisputes({
  prisma,
  days,
  now = new Date(),
  limit = 100,
}: {
  prisma: PrismaClient;
  days: number;
  now?: Date;
  limit?: number;
}): Promise<{ id: string; owner: string | null; updatedAt: Date }[]> {
  return prisma.dispute.findMany({
    where: {
      status: { in: ['open', 'taken'] },
      updatedAt: { lte: new Date(now.getTime() - days * 86_400_000) },
    },
    select: { id: true, owner: true, updatedAt: true },
    orderBy: { updatedAt: 'asc' },
    take: limit,
  });
}
