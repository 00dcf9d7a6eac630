import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { formatTimeOfDay } from '../../../domain/schedule/time-of-day.ts';
import { createDunningJob } from '../../dunning/create-dunning-job.ts';
import { readDunningInputs } from '../../dunning/read-dunning-inputs.ts';
import { createPaymentCheckJob } from '../../payments/create-payment-check-job.ts';
import type { BusinessDayJob } from '../../schedule/business-day-job.ts';
import { createSchedulerService, type SchedulerService } from '../../schedule/create-scheduler-service.ts';
import { DUNNING_JOB, listScheduledJobs, PAYMENT_CHECK_JOB } from '../../schedule/list-scheduled-jobs.ts';
import type { ChannelDeps } from '../../server/channel-contracts.ts';

/**
 * The scheduler `serve` runs: the business-day jobs of listScheduledJobs that are configured, each
 * with its run. The interval jobs of that list are the channels' own worker loops; they are
 * logged here so the start-up log says, in one place, what serve does on its own.
 */
export function buildScheduler({ config, db, env, log }: ChannelDeps): SchedulerService {
  const listed = listScheduledJobs({ env, config });
  const jobs: BusinessDayJob[] = [];
  for (const job of listed) {
    if (!job.enabled) {
      log(`scheduler: ${job.name} does not run: ${job.reason}`);
      continue;
    }
    if (job.schedule.kind === 'interval') {
      log(`scheduler: ${job.name} runs every ${job.schedule.everyMs / 1000} s (its own worker loop)`);
      continue;
    }
    if (job.name === DUNNING_JOB) {
      jobs.push(
        createDunningJob({
          name: job.name,
          at: job.schedule.at,
          deps: readDunningInputs({ env, config, db, log }).deps,
        }),
      );
    } else if (job.name === PAYMENT_CHECK_JOB) {
      jobs.push(createPaymentCheckJob({ name: job.name, at: job.schedule.at, db }));
    } else {
      throw new Error(
        `scheduler: no run is known for the business-day job "${job.name}" at ${formatTimeOfDay(job.schedule.at)}`,
      );
    }
  }
  return createSchedulerService({
    db: db.prisma,
    jobs,
    runner: `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`,
    log,
  });
}
