import { describeError } from '../../domain/errors/describe-error.ts';
import type { IsoDate } from '../../domain/model/iso-date.ts';
import { dueBusinessDayRun } from '../../domain/schedule/due-business-day-run.ts';
import type { RunSummary } from '../../domain/schedule/scheduled-run.ts';
import { claimScheduledRun } from '../../prisma/schedule/claim-scheduled-run.ts';
import { finishScheduledRun } from '../../prisma/schedule/finish-scheduled-run.ts';
import { renewScheduledRunLease } from '../../prisma/schedule/renew-scheduled-run-lease.ts';
import type { RawSqlRunner } from '../../prisma/sql/sql-client.ts';
import type { BusinessDayJob, RunLeasePolicy } from './business-day-job.ts';

export type BusinessDayJobOutcome =
  /** Nothing is owed now (a weekend or holiday). */
  | { readonly outcome: 'not due' }
  /** The owed run is done, held by another live process, or failed too often: not ours. */
  | { readonly outcome: 'not claimed'; readonly day: IsoDate }
  | {
      readonly outcome: 'done';
      readonly day: IsoDate;
      readonly attempt: number;
      readonly summary: RunSummary;
    }
  | { readonly outcome: 'failed'; readonly day: IsoDate; readonly attempt: number; readonly error: string };

/**
 * One look at a business-day job: which run is owed now (domain/schedule), take it if no process
 * has (claimScheduledRun: done, or held by a live lease, means not ours), run it while renewing
 * the lease, and record how it ended. An error of the run is recorded and logged and returned,
 * never thrown: the scheduler in serve goes on. A start and an end line are logged with counts.
 */
export async function runBusinessDayJob({
  db,
  job,
  now,
  runner,
  lease,
  log,
  skipDay = null,
}: {
  db: RawSqlRunner;
  job: BusinessDayJob;
  now: () => Date;
  runner: string;
  lease: RunLeasePolicy;
  log: (line: string) => void;
  /** A day this process already finished the run of: not asked about again. */
  skipDay?: IsoDate | null;
}): Promise<BusinessDayJobOutcome> {
  const due = dueBusinessDayRun({ now: now(), at: job.at });
  if (!due) return { outcome: 'not due' };
  if (due.day === skipDay) return { outcome: 'not claimed', day: due.day };
  const claim = await claimScheduledRun({
    db,
    job: job.name,
    day: due.day,
    runner,
    now: now(),
    leaseMs: lease.leaseMs,
    retryAfterMs: lease.retryAfterMs,
    maxAttempts: lease.maxAttempts,
  });
  if (!claim.claimed) return { outcome: 'not claimed', day: due.day };
  const how = [
    due.catchUp ? 'catching up a missed run' : null,
    claim.attempts > 1 ? `attempt ${claim.attempts}, resuming` : null,
  ].filter(Boolean);
  log(`scheduler: ${job.name} run for ${due.day} started${how.length ? ` (${how.join('; ')})` : ''}`);
  let lost = false;
  const renewal = setInterval(
    () => {
      renewScheduledRunLease({
        db,
        id: claim.id,
        runner,
        leaseUntil: new Date(now().getTime() + lease.leaseMs),
      })
        .then((ours) => {
          if (!ours && !lost) {
            lost = true;
            log(
              `scheduler: ${job.name} run for ${due.day} was taken over by another process (lease ran out)`,
            );
          }
        })
        .catch((error: unknown) =>
          log(`scheduler: ${job.name}: renewing the lease failed: ${describeError(error)}`),
        );
    },
    Math.max(1_000, Math.floor(lease.leaseMs / 4)),
  );
  renewal.unref();
  try {
    const summary = await job.run({ day: due.day, now });
    clearInterval(renewal);
    await finishScheduledRun({ db, id: claim.id, runner, now: now(), outcome: { status: 'done', summary } });
    log(`scheduler: ${job.name} run for ${due.day} done: ${formatSummary(summary)}`);
    return { outcome: 'done', day: due.day, attempt: claim.attempts, summary };
  } catch (error) {
    clearInterval(renewal);
    const text = describeError(error);
    log(`scheduler: ${job.name} run for ${due.day} failed (attempt ${claim.attempts}): ${text}`);
    await finishScheduledRun({
      db,
      id: claim.id,
      runner,
      now: now(),
      outcome: { status: 'failed', error: text },
    }).catch((recordError: unknown) =>
      log(`scheduler: ${job.name}: recording the failure failed: ${describeError(recordError)}`),
    );
    return { outcome: 'failed', day: due.day, attempt: claim.attempts, error: text };
  }
}

function formatSummary(summary: RunSummary): string {
  const parts = Object.entries(summary).map(([name, count]) => `${count} ${name}`);
  return parts.length ? parts.join(', ') : 'nothing to do';
}
