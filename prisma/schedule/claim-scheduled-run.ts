import type { IsoDate } from '../../domain/model/iso-date.ts';
import type { RawSqlRunner } from '../sql/sql-client.ts';

export type RunClaim =
  | { readonly claimed: true; readonly id: string; readonly attempts: number; readonly leaseUntil: Date }
  | { readonly claimed: false };

/**
 * Takes the run of `job` for `day`, in ONE statement, so two processes on PostgreSQL racing for
 * it cannot both win (the unique (job, day) and the conditional ON CONFLICT update are atomic):
 * a new run is inserted as running; an existing one is taken only when its process died (running,
 * lease expired: resumed, attempts + 1) or it failed and may be tried again (fewer than
 * `maxAttempts`, last try at least `retryAfterMs` ago). A run that is done, or held by a live
 * lease, is not taken. Times come from the caller's clock, like every lease in prisma/outbox.
 */
export async function claimScheduledRun({
  db,
  job,
  day,
  runner,
  now,
  leaseMs,
  retryAfterMs,
  maxAttempts,
}: {
  db: RawSqlRunner;
  job: string;
  day: IsoDate;
  runner: string;
  now: Date;
  leaseMs: number;
  retryAfterMs: number;
  maxAttempts: number;
}): Promise<RunClaim> {
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const rows = (await db.$queryRawUnsafe(
    `INSERT INTO scheduled_run AS r (id, job, day, status, attempts, runner, lease_until, started_at)
     VALUES (gen_random_uuid(), $1, $2::date, 'running', 1, $3, $4::timestamptz, $5::timestamptz)
     ON CONFLICT (job, day) DO UPDATE
       SET status = 'running', attempts = r.attempts + 1, runner = EXCLUDED.runner,
           lease_until = EXCLUDED.lease_until, finished_at = NULL
     WHERE (r.status = 'running' AND r.lease_until <= $5::timestamptz)
        OR (r.status = 'failed' AND r.attempts < $6::int AND r.finished_at <= $7::timestamptz)
     RETURNING id::text AS id, attempts`,
    job,
    day,
    runner,
    leaseUntil.toISOString(),
    now.toISOString(),
    maxAttempts,
    new Date(now.getTime() - retryAfterMs).toISOString(),
  )) as { id: string; attempts: number }[];
  const row = rows[0];
  return row ? { claimed: true, id: row.id, attempts: Number(row.attempts), leaseUntil } : { claimed: false };
}
