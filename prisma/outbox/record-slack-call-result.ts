import type { PrismaClient } from '../generated/client.ts';
import { completeClaim } from './complete-claim.ts';
import { failClaim } from './fail-claim.ts';
import type { Claim } from './outbox-queue.ts';
import { SLACK_OUTBOX } from './outbox-queues.ts';
import { releaseClaim } from './release-claim.ts';

export type SlackCallResult =
  | {
      readonly kind: 'sent';
      readonly posted: { readonly key: string; readonly channel: string; readonly ts: string } | null;
    }
  /** Slack could not take it; `retryAt` (Retry-After) wins over the queue's backoff. */
  | { readonly kind: 'failed'; readonly error: string; readonly permanent: boolean; readonly retryAt?: Date }
  /** Not tried (an update waiting for its post): no attempt counted. */
  | { readonly kind: 'waiting'; readonly why: string; readonly until: Date };

/** What recording did: retry and dead by the queue's rules, lost when the claim ran out. */
export type SlackCallSettled = 'sent' | 'retry' | 'dead' | 'waiting' | 'lost';

/** Stores what happened to one claimed outbox call; a posted message is remembered so it can be updated later. */
export async function recordSlackCallResult({
  prisma,
  claim,
  result,
  now = new Date(),
}: {
  prisma: PrismaClient;
  claim: Claim;
  result: SlackCallResult;
  now?: Date;
}): Promise<SlackCallSettled> {
  switch (result.kind) {
    case 'sent':
      return prisma.$transaction(async (tx) => {
        if (!(await completeClaim({ db: tx, queue: SLACK_OUTBOX, claim, now }))) return 'lost';
        if (result.posted) {
          const { key, channel, ts } = result.posted;
          await tx.slackMessage.upsert({ where: { key }, create: { key, channel, ts }, update: {} });
        }
        return 'sent';
      });
    case 'failed': {
      const failed = await failClaim({
        db: prisma,
        queue: SLACK_OUTBOX,
        claim,
        error: result.error,
        now,
        permanent: result.permanent,
        ...(result.retryAt ? { retryAt: result.retryAt } : {}),
      });
      return failed.kind;
    }
    case 'waiting': {
      const released = await releaseClaim({
        db: prisma,
        queue: SLACK_OUTBOX,
        claim,
        until: result.until,
        why: result.why,
      });
      return released ? 'waiting' : 'lost';
    }
  }
}
