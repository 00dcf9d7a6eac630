import type { RunSummary } from '../../domain/schedule/scheduled-run.ts';
import type { TimeOfDay } from '../../domain/schedule/time-of-day.ts';
import type { BusinessDayJob } from '../schedule/business-day-job.ts';
import type { EmailDeps } from '../server/email-deps.ts';
import { type DunningReport, runDunning } from './run-dunning.ts';

/**
 * The dunning ladder as the scheduler's business-day job: the same run as `collections dunning
 * run`, with the scheduler's clock. The letters are owed, worded and queued, and serve's e-mail outbox sends them
 * (with its retries and rate limit). Safe to run again after a crash part-way: each letter is
 * keyed by its step and invoices, each escalation is proposed once while open, and the ladder
 * moves only when a letter is sent, so a resumed run queues only what the first one did not.
 */
export function createDunningJob({
  name,
  deps,
  at,
}: {
  name: string;
  deps: EmailDeps;
  at: TimeOfDay;
}): BusinessDayJob {
  return {
    name,
    at,
    async run({ now }) {
      const report = await runDunning({
        deps: { ...deps, now },
        sender: null,
        dryRun: false,
      });
      return summarizeDunning(report);
    },
  };
}

function summarizeDunning(report: DunningReport): RunSummary {
  const count = (test: (outcome: string) => boolean) =>
    report.lines.filter((line) => test(line.outcome)).length;
  return {
    queued: count((outcome) => outcome === 'queued'),
    'already queued': count((outcome) => outcome === 'already queued'),
    'not sent': count((outcome) => outcome.startsWith('not sent')),
    'needs approval': count((outcome) => outcome === 'needs approval'),
    'no deliverable contact': count((outcome) => outcome === 'no deliverable contact'),
    held: count((outcome) => outcome.startsWith('held')),
  };
}
