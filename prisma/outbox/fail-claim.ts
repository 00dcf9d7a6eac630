import type { RawSqlRunner } from '../sql/sql-client.ts';
import { computeBackoff } from './compute-backoff.ts';
import type { Claim, OutboxQueue } from './outbox-queue.ts';

export type FailOutcome =
  /** Due again at `nextAttemptAt`. */
  | { readonly kind: 'retry'; readonly nextAttemptAt: Date }
  /** Given up: a dead letter, kept with its error for a person, never claimed again. */
  | { readonly kind: 'dead' }
  /** The claim was lost (lease ran out and another worker took the row): nothing recorded. */
  | { readonly kind: 'lost' };

/**
 * Records a failed attempt of a claimed row. A permanent failure, or the queue's last attempt,
 * makes it a dead letter; otherwise it backs off (computeBackoff) or waits until `retryAt` (a
 * server's Retry-After). Runs inside the caller's transaction so its own effects go with it.
 */
export async function failClaim({
  db,
  queue,
  claim,
  error,
  now,
  permanent = false,
  retryAt,
  random,
}: {
  db: RawSqlRunner;
  queue: OutboxQueue;
  claim: Claim;
  error: string;
  now: Date;
  permanent?: boolean;
  retryAt?: Date;
  random?: () => number;
}): Promise<FailOutcome> {
  const dead = permanent || claim.attempts >= queue.maxAttempts;
  const nextAttemptAt =
    retryAt ??
    new Date(now.getTime() + computeBackoff({ backoff: queue.backoff, attempt: claim.attempts, random }));
  const set = dead
    ? `dead_at = $4::timestamptz${queue.deadSet ? `, ${queue.deadSet}` : ''}`
    : 'next_attempt_at = $4::timestamptz';
  const rows = (await db.$queryRawUnsafe(
    `UPDATE ${queue.table} SET ${set}, lease_until = NULL, last_error = $3, attempts = $5::int
      WHERE ${queue.key} = $1::uuid AND ($2::timestamptz IS NULL OR lease_until = $2::timestamptz)
        AND dead_at IS NULL AND (${queue.open})
      RETURNING 1 AS failed`,
    claim.key,
    claim.leaseUntil?.toISOString() ?? null,
    error.slice(0, 2000),
    (dead ? now : nextAttemptAt).toISOString(),
    claim.attempts,
  )) as unknown[];
  if (rows.length === 0) return { kind: 'lost' };
  return dead ? { kind: 'dead' } : { kind: 'retry', nextAttemptAt };
}
