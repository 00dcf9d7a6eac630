import { describeError } from '../../domain/errors/describe-error.ts';
import { nextBusinessDayRun } from '../../domain/schedule/next-business-day-run.ts';
import { formatTimeOfDay } from '../../domain/schedule/time-of-day.ts';
import type { RawSqlRunner } from '../../prisma/sql/sql-client.ts';
import type { Service } from '../server/service.ts';
import type { BusinessDayJob, RunLeasePolicy } from './business-day-job.ts';
import { DEFAULT_RUN_LEASE } from './business-day-job.ts';
import { type BusinessDayJobOutcome, runBusinessDayJob } from './run-business-day-job.ts';

export interface SchedulerService extends Service {
  /** Looks at every job now (as a timer would): the run owed is run, if no process has. */
  checkNow(): Promise<BusinessDayJobOutcome[]>;
}

/**
 * The scheduler of `serve`: runs each business-day job once per Dutch business day at its time
 * (Europe/Amsterdam), across restarts and several processes (runBusinessDayJob). At start it
 * looks at once, so a run missed while serve was down is caught up; then it wakes at the next run
 * time, and at least every `maxSleepMs` (a run held by a process that died is taken over once its
 * lease runs out; a clock that jumped is noticed). Looks never overlap; an error is logged and
 * the next look comes as planned. stop() waits for a running job.
 */
export function createSchedulerService({
  db,
  jobs,
  runner,
  log,
  now = () => new Date(),
  lease = DEFAULT_RUN_LEASE,
  maxSleepMs = 60_000,
}: {
  db: RawSqlRunner;
  jobs: readonly BusinessDayJob[];
  /** Who runs it, in the run record: host, pid and a random part. */
  runner: string;
  log: (line: string) => void;
  now?: () => Date;
  lease?: RunLeasePolicy;
  maxSleepMs?: number;
}): SchedulerService {
  let timer: NodeJS.Timeout | null = null;
  let stopped = true;
  let running: Promise<BusinessDayJobOutcome[]> | null = null;
  // The day each job last finished in this process: no need to ask the database again that day.
  const finished = new Map<string, string>();
  const reported = new Map<string, string>();

  const look = async (): Promise<BusinessDayJobOutcome[]> => {
    const outcomes: BusinessDayJobOutcome[] = [];
    for (const job of jobs) {
      try {
        const outcome = await runBusinessDayJob({
          db,
          job,
          now,
          runner,
          lease,
          log,
          skipDay: finished.get(job.name) ?? null,
        });
        if (outcome.outcome === 'done') {
          finished.set(job.name, outcome.day);
          reported.set(job.name, outcome.day);
        }
        if (outcome.outcome === 'not claimed' && reported.get(job.name) !== outcome.day) {
          // Once a day, not every minute: another process runs it, or ran it.
          reported.set(job.name, outcome.day);
          log(`scheduler: ${job.name} run for ${outcome.day} is done or held by another process`);
        }
        outcomes.push(outcome);
      } catch (error) {
        // The claim itself failed (the database is away): the next look tries again.
        log(`scheduler: ${job.name}: ${describeError(error)}`);
      }
    }
    return outcomes;
  };

  const checkNow = (): Promise<BusinessDayJobOutcome[]> => {
    if (running) return running;
    running = look().finally(() => {
      running = null;
    });
    return running;
  };

  const plan = () => {
    if (stopped || jobs.length === 0) return;
    const at = now();
    const next = Math.min(
      ...jobs.map((job) => nextBusinessDayRun({ after: at, at: job.at }).runAt.getTime()),
    );
    const sleep = Math.max(0, Math.min(maxSleepMs, next - at.getTime()));
    timer = setTimeout(() => {
      timer = null;
      void checkNow().finally(plan);
    }, sleep);
  };

  return {
    name: 'scheduler',
    async start() {
      stopped = false;
      for (const job of jobs) {
        const next = nextBusinessDayRun({ after: now(), at: job.at });
        log(
          `scheduler: ${job.name} runs on Dutch business days at ${formatTimeOfDay(job.at)} Europe/Amsterdam; next ${next.day} (${next.runAt.toISOString()}), a missed run is caught up now`,
        );
      }
      // The first look is at once: it catches up a run missed while serve was down.
      timer = setTimeout(() => {
        timer = null;
        void checkNow().finally(plan);
      }, 0);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      if (running) {
        log('scheduler: waiting for the running job to finish');
        await running;
      }
    },
    checkNow,
  };
}
