import type { PrismaClient } from '../generated/client.ts';
import { claimAndLoad } from './claim-and-load.ts';
import type { SlackMethod } from './enqueue-slack-call.ts';
import type { Claim } from './outbox-queue.ts';
import { SLACK_OUTBOX } from './outbox-queues.ts';

export interface ClaimedSlackCall {
  readonly id: string;
  readonly method: SlackMethod;
  readonly messageKey: string | null;
  readonly payload: Record<string, unknown>;
  /** This attempt's number (counted at claim). */
  readonly attempts: number;
  /** Channel and ts of the message a chat.update targets, once it has been posted. */
  readonly target: { readonly channel: string; readonly ts: string } | null;
  readonly claim: Claim;
}

/**
 * Takes the calls that are due, oldest first, with a lease through the outbox queue
 * (prisma/outbox), so two senders (two `serve` processes) never send one call twice at the same
 * time, and a crashed sender's calls come back after the lease.
 */
export async function claimDueSlackCalls({
  prisma,
  now = new Date(),
  limit = 20,
}: {
  prisma: PrismaClient;
  now?: Date;
  limit?: number;
}): Promise<ClaimedSlackCall[]> {
  const due = await claimAndLoad({
    db: prisma,
    queue: SLACK_OUTBOX,
    now,
    limit,
    load: (ids) =>
      prisma.slackOutbox.findMany({
        where: { id: { in: ids } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
    keyOf: (row) => row.id,
  });
  const claimed: ClaimedSlackCall[] = [];
  for (const { row, claim } of due) {
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
      attempts: claim.attempts,
      target,
      claim,
    });
  }
  return claimed;
}
