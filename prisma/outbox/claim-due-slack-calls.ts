import { z } from 'zod';
import { type ClaimDueOptions, claimAndLoad } from './claim-and-load.ts';
import type { SlackMethod } from './enqueue-slack-call.ts';
import { failClaim } from './fail-claim.ts';
import type { Claim } from './outbox-queue.ts';
import { SLACK_OUTBOX } from './outbox-queues.ts';

const Z_SLACK_METHOD = z.enum([
  'chat.postMessage',
  'chat.update',
  'chat.postEphemeral',
] satisfies SlackMethod[]);
const Z_SLACK_PAYLOAD = z.record(z.string(), z.unknown());

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
  limit,
}: ClaimDueOptions): Promise<ClaimedSlackCall[]> {
  const due = await claimAndLoad({
    prisma,
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
    // The stored call is parsed where it is read: a method we never queue, or a body that is not
    // an object, is a dead letter with the reason (collections queues), never sent to Slack.
    const method = Z_SLACK_METHOD.safeParse(row.method);
    const payload = Z_SLACK_PAYLOAD.safeParse(row.payload);
    if (!method.success || !payload.success) {
      const why = method.success ? 'payload is not a JSON object' : `unknown method "${row.method}"`;
      await failClaim({
        db: prisma,
        queue: SLACK_OUTBOX,
        claim,
        error: `DATA_INVALID: ${why}`,
        now,
        permanent: true,
      });
      continue;
    }
    const target =
      row.method === 'chat.update' && row.messageKey
        ? await prisma.slackMessage.findUnique({
            where: { key: row.messageKey },
            select: { channel: true, ts: true },
          })
        : null;
    claimed.push({
      id: row.id,
      method: method.data,
      messageKey: row.messageKey,
      payload: payload.data,
      attempts: claim.attempts,
      target,
      claim,
    });
  }
  return claimed;
}
