import type { IsoDate } from '../../domain/model/iso-date.ts';
import type { RunSummary } from '../../domain/schedule/scheduled-run.ts';
import type { TimeOfDay } from '../../domain/schedule/time-of-day.ts';

/**
 * A job the scheduler runs once per Dutch business day. `run` must be safe to run again after a
 * crash part-way (the next process resumes the day's run): every effect keyed, as the ladder's
 * letters and escalations are.
 */
export interface BusinessDayJob {
  readonly name: string;
  readonly at: TimeOfDay;
  run(context: { readonly day: IsoDate; readonly now: () => Date }): Promise<RunSummary>;
}

/** How long a run is held without renewal, how failed runs are tried again. */
export interface RunLeasePolicy {
  /** A process that stops renewing (it died) loses the run this long after its last renewal. */
  readonly leaseMs: number;
  /** A failed run is tried again after this long... */
  readonly retryAfterMs: number;
  /** ...until it has been tried this often; then it waits for the next business day's run. */
  readonly maxAttempts: number;
}

export const DEFAULT_RUN_LEASE: RunLeasePolicy = {
  leaseMs: 2 * 60_000,
  retryAfterMs: 10 * 60_000,
  maxAttempts: 3,
};
