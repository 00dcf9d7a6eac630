import { openDatabase } from '../../../prisma/open-database.ts';
import { loadConfig } from '../../config/load-config.ts';
import { renderTable } from '../../report/render-table.ts';
import { listScheduledJobs } from '../../schedule/list-scheduled-jobs.ts';
import { readSchedule, type ScheduleEntry } from '../../schedule/read-schedule.ts';
import type { CommandHandler } from '../command.ts';
import { parseJsonFlag } from '../parse-json-flag.ts';

const USAGE = 'collections schedule [--json]';

/**
 * `collections schedule`: each job `serve` runs on its own (the dunning ladder on business days,
 * the outbox workers), when it runs next, when it last ran and how that ended. Exit 0: a failed
 * run shows here and in serve's log; `collections queues` is the command that fails on dead rows.
 */
export const scheduleCommand: CommandHandler = async ({ args, io, env }) => {
  const json = parseJsonFlag(args, USAGE);
  const config = loadConfig(env);
  const jobs = listScheduledJobs({ env, config });
  const db = await openDatabase({ target: config.database, migrate: config.database.kind === 'pglite' });
  try {
    const entries = await readSchedule({ db: db.prisma, jobs, now: new Date() });
    io.stdout.write(json ? `${JSON.stringify(entries, null, 2)}\n` : renderSchedule(entries));
    return 0;
  } finally {
    await db.close();
  }
};

function renderSchedule(entries: readonly ScheduleEntry[]): string {
  return renderTable({
    columns: [{ header: 'job' }, { header: 'schedule' }, { header: 'next run' }, { header: 'last run' }],
    rows: entries.map((entry) => [
      entry.job,
      entry.schedule,
      !entry.enabled
        ? `not run: ${entry.reason}`
        : entry.next
          ? `${entry.next.day} ${amsterdamTime(entry.next.at)}${entry.next.owed ? ' (owed now: runs when serve runs)' : ''}`
          : 'while serve runs',
      describeLastRun(entry),
    ]),
  });
}

function describeLastRun(entry: ScheduleEntry): string {
  const run = entry.lastRun;
  if (!run) return entry.next ? 'never' : '-';
  const counts = run.summary
    ? Object.entries(run.summary)
        .map(([name, count]) => `${count} ${name}`)
        .join(', ')
    : '';
  const tries = run.attempts > 1 ? ` after ${run.attempts} attempts` : '';
  const error = run.error ? `: ${run.error.split('\n')[0]}` : '';
  const when = run.finishedAt ?? run.startedAt;
  return `${run.day} ${run.status}${tries} at ${when}${counts ? ` (${counts})` : ''}${error}`;
}

const AMSTERDAM_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function amsterdamTime(iso: string): string {
  return AMSTERDAM_TIME.format(new Date(iso));
}
