import { z } from 'zod';
import type { ScheduledRunRecord } from '../../domain/schedule/scheduled-run.ts';
import type { RawSqlRunner } from '../sql/sql-client.ts';

const ZSummary = z.record(z.string(), z.number()).nullable();
const ZStatus = z.enum(['running', 'done', 'failed']);

/** The most recent run (by day) of each of `jobs` that has one: one statement. */
export async function readLatestScheduledRuns({
  db,
  jobs,
}: {
  db: RawSqlRunner;
  jobs: readonly string[];
}): Promise<Map<string, ScheduledRunRecord>> {
  if (jobs.length === 0) return new Map();
  const rows = (await db.$queryRawUnsafe(
    `SELECT DISTINCT ON (job) id::text AS id, job, to_char(day, 'YYYY-MM-DD') AS day, status,
            attempts, runner, lease_until, started_at, finished_at, summary, last_error
       FROM scheduled_run WHERE job = ANY($1::text[])
      ORDER BY job, day DESC`,
    [...jobs],
  )) as {
    id: string;
    job: string;
    day: string;
    status: string;
    attempts: number;
    runner: string;
    lease_until: Date | string | null;
    started_at: Date | string;
    finished_at: Date | string | null;
    summary: unknown;
    last_error: string | null;
  }[];
  const instant = (value: Date | string | null) => (value === null ? null : new Date(value));
  return new Map(
    rows.map((row) => [
      row.job,
      {
        id: row.id,
        job: row.job,
        day: row.day,
        status: ZStatus.parse(row.status),
        attempts: Number(row.attempts),
        runner: row.runner,
        leaseUntil: instant(row.lease_until),
        startedAt: new Date(row.started_at),
        finishedAt: instant(row.finished_at),
        summary: ZSummary.parse(typeof row.summary === 'string' ? JSON.parse(row.summary) : row.summary),
        lastError: row.last_error,
      },
    ]),
  );
}
