import type { webApi } from '@slack/bolt';
import { callSlackApi } from '../../channels/slack/call-slack-api.ts';
import type { Database } from '../../prisma/open-database.ts';
import { claimDueSlackCalls } from '../../prisma/outbox/claim-due-slack-calls.ts';
import { recordSlackCallResult } from '../../prisma/outbox/record-slack-call-result.ts';

export interface SendReport {
  readonly sent: number;
  readonly retrying: number;
  readonly failed: number;
}

/**
 * Sends the due calls in the Slack outbox, oldest first, through the outbox queue
 * (prisma/outbox): a call Slack could not take (down, 5xx, rate limit) is retried with the
 * queue's backoff (or Slack's Retry-After) until its last attempt, then kept as failed for a
 * person; an update of a message that is not posted yet waits for its post without counting an
 * attempt. One bad call never stops the batch.
 */
export async function sendSlackOutbox({
  db,
  client,
  now = () => new Date(),
  limit = 20,
}: {
  db: Database;
  client: webApi.WebClient;
  now?: () => Date;
  limit?: number;
}): Promise<SendReport> {
  const prisma = db.prisma;
  const calls = await claimDueSlackCalls({ prisma, now: now(), limit });
  let sent = 0;
  let retrying = 0;
  let failed = 0;
  for (const call of calls) {
    if (call.method === 'chat.update' && !call.target) {
      retrying += 1;
      await recordSlackCallResult({
        prisma,
        claim: call.claim,
        result: {
          kind: 'waiting',
          why: 'waiting for the message to be posted',
          until: new Date(now().getTime() + 2_000),
        },
      });
      continue;
    }
    const args = call.target
      ? { ...call.payload, channel: call.target.channel, ts: call.target.ts }
      : call.payload;
    const result = await callSlackApi({ client, method: call.method, args });
    if (result.ok) {
      sent += 1;
      const posted =
        call.method === 'chat.postMessage' && call.messageKey && result.channel && result.ts
          ? { key: call.messageKey, channel: result.channel, ts: result.ts }
          : null;
      await recordSlackCallResult({
        prisma,
        claim: call.claim,
        result: { kind: 'sent', posted },
        now: now(),
      });
      continue;
    }
    const settled = await recordSlackCallResult({
      prisma,
      claim: call.claim,
      result: {
        kind: 'failed',
        error: result.error,
        permanent: !result.retryable,
        ...(result.retryAfterMs !== null ? { retryAt: new Date(now().getTime() + result.retryAfterMs) } : {}),
      },
      now: now(),
    });
    if (settled === 'retry') retrying += 1;
    if (settled === 'dead') failed += 1;
  }
  return { sent, retrying, failed };
}
