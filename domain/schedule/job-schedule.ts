import type { TimeOfDay } from './time-of-day.ts';

/**
 * When a periodic job of `serve` runs: once on each Dutch business day at a wall-clock time in
 * Europe/Amsterdam (recorded per day in scheduled_run, once across processes), or every so many
 * milliseconds while serve runs (the outbox workers: their rows are the record).
 */
export type JobSchedule =
  | { readonly kind: 'business-days'; readonly at: TimeOfDay }
  | { readonly kind: 'interval'; readonly everyMs: number };

/** A job `serve` runs, under the current settings. */
export interface ScheduledJob {
  readonly name: string;
  readonly description: string;
  readonly schedule: JobSchedule;
  /** Not configured: serve does not run it, and `reason` says which settings it needs. */
  readonly enabled: boolean;
  readonly reason: string | null;
}
