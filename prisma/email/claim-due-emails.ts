import type { PrismaClient } from '../generated/client.ts';

export interface ClaimedEmail {
  readonly id: string;
  readonly messageId: string;
  readonly debtorId: string;
  readonly template: string;
  readonly payload: unknown;
  readonly attempts: number;
}

/**
 * Claims queued mail that is due, one row at a time with a conditional update, so two senders
 * (serve and a dunning run) never send the same row at once. A claim expires after `lockMs`:
 * a sender that crashed mid-send leaves the row to be sent again, with the same Message-ID.
 */
export async function claimDueEmails({
  prisma,
  now = new Date(),
  limit = 20,
  lockMs = 5 * 60_000,
}: {
  prisma: PrismaClient;
  now?: Date;
  limit?: number;
  lockMs?: number;
}): Promise<ClaimedEmail[]> {
  const free = { OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] };
  const candidates = await prisma.emailOutbox.findMany({
    where: { status: 'pending', nextAttemptAt: { lte: now }, ...free },
    orderBy: { nextAttemptAt: 'asc' },
    take: limit,
    select: { id: true },
  });
  const claimed: ClaimedEmail[] = [];
  for (const { id } of candidates) {
    const won = await prisma.emailOutbox.updateMany({
      where: { id, status: 'pending', ...free },
      data: { lockedUntil: new Date(now.getTime() + lockMs), attempts: { increment: 1 } },
    });
    if (won.count !== 1) continue;
    const row = await prisma.emailOutbox.findUniqueOrThrow({ where: { id } });
    claimed.push({
      id: row.id,
      messageId: row.messageId,
      debtorId: row.debtorId,
      template: row.template,
      payload: row.payload,
      attempts: row.attempts,
    });
  }
  return claimed;
}
