import type { IsoDate } from '../model/iso-date.ts';

export type ScheduledRunStatus = 'running' | 'done' | 'failed';

/** What a job's run did, as named counts (the ladder: queued, already queued, needs approval, ...). */
export type RunSummary = Readonly<Record<string, number>>;

/** The record of one run of a scheduled job for one day (table scheduled_run). */
export interface ScheduledRunRecord {
  readonly id: string;
  readonly job: string;
  readonly day: IsoDate;
  readonly status: ScheduledRunStatus;
  /** 1 for the first try; each take-over of a dead process's run, or retry of a failed one, adds 1. */
  readonly attempts: number;
  readonly runner: string;
  readonly leaseUntil: Date | null;
  readonly startedAt: Date;
  readonly finishedAt: Date | null;
  readonly summary: RunSummary | null;
  readonly lastError: string | null;
}
