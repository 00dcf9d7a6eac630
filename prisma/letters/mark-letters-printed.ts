import type { PrismaClient } from '../generated/client.ts';

/** Notes when letters were printed (the first time; a reprint keeps the first moment). */
export async function markLettersPrinted({
  prisma,
  letterIds,
  at,
}: {
  prisma: PrismaClient;
  letterIds: readonly string[];
  at: Date;
}): Promise<number> {
  const { count } = await prisma.ladderLetter.updateMany({
    where: { id: { in: [...letterIds] }, printedAt: null },
    data: { printedAt: at },
  });
  return count;
}
