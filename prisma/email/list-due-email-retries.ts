import type { PrismaClient } from '../generated/client.ts';

export interface DueEmailRetry {
  readonly messageId: string;
  readonly mailbox: string;
  readonly uidValidity: bigint;
  readonly uid: number;
  readonly raw: Buffer;
}

/** Failed inbound mail whose next attempt is due, oldest first. */
export async function listDueEmailRetries({
  prisma,
  now = new Date(),
  limit = 50,
}: {
  prisma: PrismaClient;
  now?: Date;
  limit?: number;
}): Promise<DueEmailRetry[]> {
  const rows = await prisma.emailRetry.findMany({
    where: { nextAttemptAt: { lte: now } },
    orderBy: { nextAttemptAt: 'asc' },
    take: limit,
  });
  return rows.map((row) => ({
    messageId: row.messageId,
    mailbox: row.mailbox,
    uidValidity: row.uidValidity,
    uid: Number(row.uid),
    raw: Buffer.from(row.sourceBase64, 'base64'),
  }));
}
