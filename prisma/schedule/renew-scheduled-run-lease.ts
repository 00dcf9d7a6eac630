import type { RawSqlRunner } from '../sql/sql-client.ts';

/**
 * Moves the lease of a running run forward while its process works on it. False when the run is
 * no longer this runner's (its lease ran out and another process took it over): the caller then
 * knows its work is being redone elsewhere.
 */
export async function renewScheduledRunLease({
  db,
  id,
  runner,
  leaseUntil,
}: {
  db: RawSqlRunner;
  id: string;
  runner: string;
  leaseUntil: Date;
}): Promise<boolean> {
  const rows = (await db.$queryRawUnsafe(
    `UPDATE scheduled_run SET lease_until = $3::timestamptz
      WHERE id = $1::uuid AND runner = $2 AND status = 'running'
     RETURNING id`,
    id,
    runner,
    leaseUntil.toISOString(),
  )) as unknown[];
  return rows.length > 0;
}
