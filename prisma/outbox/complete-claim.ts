import { AppError } from '../../domain/errors/app-error.ts';
import type { RawSqlRunner } from '../sql/sql-client.ts';
import type { Claim, OutboxQueue } from './outbox-queue.ts';

/**
 * Marks a claimed row done (the queue's doneSet) and frees its lease, inside the caller's
 * transaction so the table's own effects (the message sent, the dunning step) go with it.
 * False when the claim was lost (its lease ran out and another worker took the row, or the row
 * was settled already): the caller then records nothing.
 */
export async function completeClaim({
  db,
  queue,
  claim,
  now,
}: {
  db: RawSqlRunner;
  queue: OutboxQueue;
  claim: Claim;
  now: Date;
}): Promise<boolean> {
  if (!queue.doneSet) {
    throw new AppError('INTERNAL', `The ${queue.name} queue removes done rows; it has nothing to complete.`);
  }
  const rows = (await db.$queryRawUnsafe(
    `UPDATE ${queue.table} SET ${queue.doneSet}, lease_until = NULL, last_error = NULL
      WHERE ${queue.key} = $1::uuid AND ($2::timestamptz IS NULL OR lease_until = $2::timestamptz)
        AND dead_at IS NULL AND (${queue.open})
      RETURNING 1 AS done`,
    claim.key,
    claim.leaseUntil?.toISOString() ?? null,
    now.toISOString(),
  )) as unknown[];
  return rows.length === 1;
}
