import type { RunSummary } from '../../domain/schedule/scheduled-run.ts';
import type { RawSqlRunner } from '../sql/sql-client.ts';

/**
 * Ends a run as done (with what it did) or failed (with the error; tried again later, see
 * claimScheduledRun). Only while the run is still this runner's: a process whose lease ran out
 * and was taken over records nothing over the one that took it. False in that case.
 */
export async function finishScheduledRun({
  db,
  id,
  runner,
  now,
  outcome,
}: {
  db: RawSqlRunner;
  id: string;
  runner: string;
  now: Date;
  outcome:
    | { readonly status: 'done'; readonly summary: RunSummary }
    | { readonly status: 'failed'; readonly error: string; readonly summary?: RunSummary | null };
}): Promise<boolean> {
  const rows = (await db.$queryRawUnsafe(
    `UPDATE scheduled_run
        SET status = $3, finished_at = $4::timestamptz, lease_until = NULL,
            summary = COALESCE($5::jsonb, summary), last_error = $6
      WHERE id = $1::uuid AND runner = $2 AND status = 'running'
     RETURNING id`,
    id,
    runner,
    outcome.status,
    now.toISOString(),
    outcome.summary ? JSON.stringify(outcome.summary) : null,
    outcome.status === 'failed' ? outcome.error : null,
  )) as unknown[];
  return rows.length > 0;
}
