import type { webApi } from '@slack/bolt';
import { callSlackApi } from '../../channels/slack/call-slack-api.ts';
import type { Database } from '../../prisma/open-database.ts';
import { claimDueSlackCalls } from '../../prisma/slack/claim-due-slack-calls.ts';
import { recordSlackCallResult } from '../../prisma/slack/record-slack-call-result.ts';

export interface SendReport {
  readonly sent: number;
  readonly retrying: number;
  readonly failed: number;
}

/** After this many attempts a call is given up and left as failed for a person to look at. */
const MAX_ATTEMPTS = 50;

/**
 * Sends the due calls in the Slack outbox, oldest first. A call Slack could not take (down,
 * 5xx, rate limit) is retried with exponential backoff up to five minutes apart; an update of a
 * message that is not posted yet waits for its post. One bad call never stops the batch.
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
        id: call.id,
        result: {
          kind: 'retry',
          error: 'waiting for the message to be posted',
          nextAttemptAt: new Date(now().getTime() + 2_000),
          countAttempt: false,
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
      await recordSlackCallResult({ prisma, id: call.id, result: { kind: 'sent', posted }, now: now() });
    } else if (result.retryable && call.attempts + 1 < MAX_ATTEMPTS) {
      retrying += 1;
      const backoff = result.retryAfterMs ?? Math.min(1_000 * 2 ** call.attempts, 300_000);
      await recordSlackCallResult({
        prisma,
        id: call.id,
        result: {
          kind: 'retry',
          error: result.error,
          nextAttemptAt: new Date(now().getTime() + backoff),
          countAttempt: true,
        },
      });
    } else {
      failed += 1;
      await recordSlackCallResult({ prisma, id: call.id, result: { kind: 'failed', error: result.error } });
    }
  }
  return { sent, retrying, failed };
}
