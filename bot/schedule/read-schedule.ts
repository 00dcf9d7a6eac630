import type { IsoDate } from '../../domain/model/iso-date.ts';
import { dueBusinessDayRun } from '../../domain/schedule/due-business-day-run.ts';
import type { ScheduledJob } from '../../domain/schedule/job-schedule.ts';
import { nextBusinessDayRun } from '../../domain/schedule/next-business-day-run.ts';
import type { RunSummary, ScheduledRunStatus } from '../../domain/schedule/scheduled-run.ts';
import { formatTimeOfDay } from '../../domain/schedule/time-of-day.ts';
import { readLatestScheduledRuns } from '../../prisma/schedule/read-latest-scheduled-runs.ts';
import type { RawSqlRunner } from '../../prisma/sql/sql-client.ts';

export interface ScheduleEntry {
  readonly job: string;
  readonly description: string;
  /** In words: "business days at 09:00 Europe/Amsterdam", "every 5 s while serve runs". */
  readonly schedule: string;
  readonly enabled: boolean;
  /** Why it does not run (the settings it needs); null when enabled. */
  readonly reason: string | null;
  /** Business-day jobs: the next run. `owed` when its time has passed and it has not run (serve is down, or it is running or failed now). */
  readonly next: { readonly day: IsoDate; readonly at: string; readonly owed: boolean } | null;
  /** Business-day jobs: the latest run record; interval jobs keep none (their outbox rows are the record: `collections queues`). */
  readonly lastRun: {
    readonly day: IsoDate;
    readonly status: ScheduledRunStatus;
    readonly attempts: number;
    readonly runner: string;
    readonly startedAt: string;
    readonly finishedAt: string | null;
    readonly summary: RunSummary | null;
    readonly error: string | null;
  } | null;
}

/**
 * Each job serve runs, when it runs next, when it last ran and how that ended: the data behind
 * `collections schedule`, and for a health page. One statement.
 */
export async function readSchedule({
  db,
  jobs,
  now,
}: {
  db: RawSqlRunner;
  jobs: readonly ScheduledJob[];
  now: Date;
}): Promise<ScheduleEntry[]> {
  const daily = jobs.filter((job) => job.schedule.kind === 'business-days').map((job) => job.name);
  const latest = await readLatestScheduledRuns({ db, jobs: daily });
  return jobs.map((job): ScheduleEntry => {
    const base = { job: job.name, description: job.description, enabled: job.enabled, reason: job.reason };
    if (job.schedule.kind === 'interval') {
      return {
        ...base,
        schedule: `every ${job.schedule.everyMs / 1000} s while serve runs`,
        next: null,
        lastRun: null,
      };
    }
    const at = job.schedule.at;
    const record = latest.get(job.name) ?? null;
    const owed = dueBusinessDayRun({ now, at });
    const stillOwed =
      owed !== null && job.enabled && !(record && record.day >= owed.day && record.status === 'done');
    const next = stillOwed ? owed : nextBusinessDayRun({ after: now, at });
    return {
      ...base,
      schedule: `business days at ${formatTimeOfDay(at)} Europe/Amsterdam`,
      next: job.enabled ? { day: next.day, at: next.runAt.toISOString(), owed: stillOwed } : null,
      lastRun: record && {
        day: record.day,
        status: record.status,
        attempts: record.attempts,
        runner: record.runner,
        startedAt: record.startedAt.toISOString(),
        finishedAt: record.finishedAt?.toISOString() ?? null,
        summary: record.summary,
        error: record.lastError,
      },
    };
  });
}
