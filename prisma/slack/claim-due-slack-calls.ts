import type { PrismaClient } from '../generated/client.ts';
import type { SlackMethod } from './enqueue-slack-call.ts';

export interface ClaimedSlackCall {
  readonly id: string;
  readonly method: SlackMethod;
  readonly messageKey: string | null;
  readonly payload: Record<string, unknown>;
  readonly attempts: number;
  /** Channel and ts of the message a chat.update targets, once it has been posted. */
  readonly target: { readonly channel: string; readonly ts: string } | null;
}

/**
 * Takes the calls that are due, oldest first, and leases each for `leaseMs` by moving its next
 * attempt forward with a conditional update, so two senders (two `serve` processes) never send
 * one call twice at the same time, and a crashed sender's calls come back after the lease.
 */
export async function claimDueSlackCalls({
  prisma,
  now = new Date(),
  limit = 20,
  leaseMs = 60_000,
}: {
  prisma: PrismaClient;
  now?: Date;
  limit?: number;
  leaseMs?: number;
}): Promise<ClaimedSlackCall[]> {
  const due = await prisma.slackOutbox.findMany({
    where: { status: 'pending', nextAttemptAt: { lte: now } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: limit,
  });
  const claimed: ClaimedSlackCall[] = [];
  for (const row of due) {
    const { count } = await prisma.slackOutbox.updateMany({
      where: { id: row.id, status: 'pending', nextAttemptAt: row.nextAttemptAt },
      data: { nextAttemptAt: new Date(now.getTime() + leaseMs) },
    });
    if (count === 0) continue;
    const target =
      row.method === 'chat.update' && row.messageKey
        ? await prisma.slackMessage.findUnique({
            where: { key: row.messageKey },
            select: { channel: true, ts: true },
          })
        : null;
    claimed.push({
      id: row.id,
      method: row.method as SlackMethod,
      messageKey: row.messageKey,
      payload: row.payload as Record<string, unknown>,
      attempts: row.attempts,
      target,
    });
  }
  return claimed;
}
