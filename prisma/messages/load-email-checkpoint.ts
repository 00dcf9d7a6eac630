import type { PrismaClient } from '../generated/client.ts';

/** The UIDVALIDITY and last processed UID of a mailbox; null before the first sync. */
export async function loadEmailCheckpoint({
  prisma,
  mailbox,
}: {
  prisma: PrismaClient;
  mailbox: string;
}): Promise<{ uidValidity: bigint; lastUid: number } | null> {
  const row = await prisma.emailCheckpoint.findUnique({ where: { mailbox } });
  return row ? { uidValidity: row.uidValidity, lastUid: Number(row.lastUid) } : null;
}
