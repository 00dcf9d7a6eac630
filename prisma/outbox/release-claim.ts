import type { RawSqlRunner } from '../sql/sql-client.ts';
import type { Claim, OutboxQueue } from './outbox-queue.ts';

/**
 * Gives a claimed row back without counting an attempt: it was held back, not tried (a
 * per-debtor rate limit, an update waiting for its post). Due again at `until`.
 */
export async function releaseClaim({
  db,
  queue,
  claim,
  until,
  why,
}: {
  db: RawSqlRunner;
  queue: OutboxQueue;
  claim: Claim;
  until: Date;
  why: string;
}): Promise<boolean> {
  const rows = (await db.$queryRawUnsafe(
    `UPDATE ${queue.table}
        SET lease_until = NULL, next_attempt_at = $3::timestamptz, last_error = $4, attempts = $5::int
      WHERE ${queue.key} = $1::uuid AND ($2::timestamptz IS NULL OR lease_until = $2::timestamptz)
        AND dead_at IS NULL AND (${queue.open})
      RETURNING 1 AS released`,
    claim.key,
    claim.leaseUntil?.toISOString() ?? null,
    until.toISOString(),
    why.slice(0, 2000),
    Math.max(0, claim.attempts - 1),
  )) as unknown[];
  return rows.length === 1;
}
