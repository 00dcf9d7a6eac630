/**
 * `npm run bench:ledger`: what a big ledger costs (issue 15). For each size (1,000, 10,000 and
 * 100,000 invoices; BENCH_LEDGER_SIZES=1000,10000 to choose) a deterministic ledger
 * (test/support/build-ledger-csv.ts: 10 invoices per debtor on average, skewed; consumers and
 * companies; paid, partly paid, overdue by every age) is written as the CSV `collections import`
 * reads, and then measured twice:
 * - in-process: the functions the commands call (readLedgerCsv + importLedger, buildReport for
 *   aging, dso and forecast, runDunning with dryRun), on a fresh database (PGlite in a temp dir,
 *   or a new PostgreSQL database with DATABASE_URL), with the peak RSS sampled every 20 ms;
 * - end to end: the CLI as a child process (`import`, `report aging|dso|forecast`, `dunning run
 *   --dry-run`) on a fresh PGlite data dir (or database), with the child's peak RSS. This
 *   includes the CLI's start-up.
 * Between import and the rest, test/support/seed-ledger-history.ts leaves what months of use
 * leave (ladder states of a daily run, disputes, plans, promises, pauses, credit notes), so the
 * ladder has realistic work: some letters due today, most invoices waiting for their next step.
 * The ledger is dated as of the last Dutch business day (today or before): on a weekend or a
 * holiday the ladder holds whatever is due ("not a business day"), and a dry run that sends
 * nothing measures little. The dry run runs as of that day at noon, in-process through the
 * ladder's clock (`now`) and end to end under libfaketime (test/support/shifted-clock.ts).
 * Goals at 100,000 invoices on PGlite: import < 15 s, each report < 2 s, dry run < 5 s, < 500 MB.
 */

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDunning } from '../bot/dunning/run-dunning.ts';
import { readLedgerCsv } from '../bot/ledger/read-ledger-csv.ts';
import { buildReport, type ReportKind } from '../bot/report/build-report.ts';
import { readEmailConfig } from '../channels/email/read-email-config.ts';
import { isBusinessDay } from '../domain/calendar/is-business-day.ts';
import { addDays, amsterdamDate, type IsoDate } from '../domain/model/iso-date.ts';
import { DEFAULT_POLICY } from '../domain/policy/collections-policy.ts';
import { importLedger } from '../prisma/ledger/import-ledger.ts';
import { openDatabase } from '../prisma/open-database.ts';
import { buildLedgerCsv } from '../test/support/build-ledger-csv.ts';
import { seedLedgerHistory } from '../test/support/seed-ledger-history.ts';
import { shiftedClockEnv } from '../test/support/shifted-clock.ts';
import { createTestTarget } from '../test/support/test-database.ts';

const SIZES = (process.env.BENCH_LEDGER_SIZES ?? '1000,10000,100000').split(',').map(Number);
const CLI = fileURLToPath(new URL('../bin/collections.js', import.meta.url));
// The child's peak RSS and its CPU time (user + system, every thread): on a shared machine the
// wall time also measures the neighbours, the CPU time mostly not.
const PRINT_MAX_RSS = `data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("max-rss-kb="+u.maxRSS+" cpu-us="+(u.userCPUTime+u.systemCPUTime)+"\\n")})`;
// Linux carries a process's peak RSS across fork and exec: a shell, small after its own exec,
// forks the measured child, so the child does not inherit our (large) peak.
const FORK_FROM_SHELL = ['-c', '"$@" & wait $!', 'sh'];
const STEPS = ['import', 'aging', 'dso', 'forecast', 'dry run'] as const;
type Step = (typeof STEPS)[number];
const GOALS: Record<Step, number> = {
  import: 15_000,
  aging: 2_000,
  dso: 2_000,
  forecast: 2_000,
  'dry run': 5_000,
};
const RSS_GOAL_MB = 500;

interface Measure {
  readonly ms: number;
  readonly rssMb: number;
  /** The CLI child's CPU time (user + system); not measured in-process. */
  readonly cpuMs?: number;
  readonly note?: string;
}

/** Times `work` and samples this process's RSS meanwhile (the peak is not reset between steps). */
async function measureInProcess(work: () => Promise<string | undefined>): Promise<Measure> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  const started = performance.now();
  try {
    const note = await work();
    const ms = performance.now() - started;
    peak = Math.max(peak, process.memoryUsage.rss());
    return { ms, rssMb: peak / 1024 / 1024, ...(note ? { note } : {}) };
  } finally {
    clearInterval(timer);
  }
}

function runCli(args: readonly string[], env: Record<string, string>): Promise<Measure & { stdout: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(
      '/bin/sh',
      [...FORK_FROM_SHELL, process.execPath, '--import', PRINT_MAX_RSS, CLI, ...args],
      { maxBuffer: 512 * 1024 * 1024, env: { ...process.env, ...env, NLP_LLM_MODE: 'off' } },
      (error, stdout, stderr) => {
        const rss = /max-rss-kb=(\d+) cpu-us=(\d+)/u.exec(stderr);
        if (error || !rss)
          return reject(new Error(`collections ${args.join(' ')} failed: ${stderr}`, { cause: error }));
        resolve({
          ms: performance.now() - started,
          rssMb: Number(rss[1]) / 1024,
          cpuMs: Number(rss[2]) / 1000,
          stdout,
        });
      },
    );
  });
}

async function benchInProcess(file: string, csv: string, today: IsoDate): Promise<Record<Step, Measure>> {
  const { target, drop } = await createTestTarget();
  const db = await openDatabase({ target, migrate: true });
  try {
    const results = {} as Record<Step, Measure>;
    results.import = await measureInProcess(async () => {
      const rows = readLedgerCsv(csv, file);
      const result = await importLedger({ prisma: db.prisma, rows });
      return `${result.invoicesCreated} invoices, ${result.debtorsCreated} debtors`;
    });
    await seedLedgerHistory({ db: db.sql, today });
    for (const kind of ['aging', 'dso', 'forecast'] as const satisfies readonly ReportKind[]) {
      results[kind] = await measureInProcess(async () => {
        const { text } = await buildReport({ db, kind, asOf: today, weeks: 8 });
        return `${text.split('\n').length} lines`;
      });
    }
    results['dry run'] = await measureInProcess(async () => {
      const report = await runDunning({
        deps: {
          prisma: db.prisma,
          sql: db.sql,
          email: readEmailConfig({}),
          policy: DEFAULT_POLICY,
          companyName: 'Bench',
          log: () => undefined,
          now: () => ladderClock(today),
        },
        sender: null,
        dryRun: true,
      });
      const held = report.lines.filter((line) => line.outcome.startsWith('held')).length;
      return `${report.lines.length - held} letters, ${held} held`;
    });
    return results;
  } finally {
    await db.close();
    await drop();
  }
}

async function benchEndToEnd(file: string, today: IsoDate): Promise<Record<Step, Measure>> {
  const { target, env, drop } = await createTestTarget();
  try {
    const results = {} as Record<Step, Measure>;
    await runCli(['db', 'migrate'], env);
    results.import = await runCli(['import', file], env);
    const db = await openDatabase({ target });
    try {
      await seedLedgerHistory({ db: db.sql, today });
    } finally {
      await db.close();
    }
    for (const kind of ['aging', 'dso', 'forecast'] as const) {
      const run = await runCli(['report', kind, '--as-of', today], env);
      results[kind] = { ...run, note: `${run.stdout.split('\n').length} lines` };
    }
    const dry = await runCli(['dunning', 'run', '--dry-run'], {
      ...env,
      ...shiftedClockEnv(ladderClock(today)),
    });
    results['dry run'] = { ...dry, note: `${dry.stdout.split('\n').length - 1} lines` };
    return results;
  } finally {
    await drop();
  }
}

/** The last Dutch business day on or before `day`: the ladder sends only on those. */
function lastBusinessDay(day: IsoDate): IsoDate {
  let result = day;
  while (!isBusinessDay(result)) result = addDays(result, -1);
  return result;
}

/** Noon in Amsterdam (11:00 or 10:00 UTC) on `day`, the moment the ladder's dry run runs at. */
function ladderClock(day: IsoDate): Date {
  return new Date(`${day}T10:30:00Z`);
}

function printTable(title: string, rows: readonly { size: number; results: Record<Step, Measure> }[]): void {
  const cell = (m: Measure | undefined, goal: number) =>
    m ? `${(m.ms / 1000).toFixed(2)} s${m.ms > goal ? '!' : ''}` : '-';
  console.log(`\n${title} (seconds; ! over the goal at any size; peak RSS in MB)`);
  console.log(
    ['invoices'.padStart(9), ...STEPS.map((s) => s.padStart(10)), 'peak RSS'.padStart(9)].join(' '),
  );
  for (const { size, results } of rows) {
    const peak = Math.max(...STEPS.map((s) => results[s]?.rssMb ?? 0));
    console.log(
      [
        String(size).padStart(9),
        ...STEPS.map((s) => cell(results[s], GOALS[s]).padStart(10)),
        `${peak.toFixed(0)}${peak > RSS_GOAL_MB ? '!' : ''}`.padStart(9),
      ].join(' '),
    );
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-ledger-'));
  const today = lastBusinessDay(amsterdamDate(new Date()));
  const inProcess: { size: number; results: Record<Step, Measure> }[] = [];
  const endToEnd: { size: number; results: Record<Step, Measure> }[] = [];
  console.log(
    `bench:ledger on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}, ledger and ladder as of ${today} (the last business day)`,
  );
  try {
    for (const size of SIZES) {
      const file = join(dir, `ledger-${size}.csv`);
      const csv = buildLedgerCsv({ invoices: size, today });
      writeFileSync(file, csv);
      const local = await benchInProcess(file, csv, today);
      inProcess.push({ size, results: local });
      for (const step of STEPS) {
        const m = local[step];
        console.log(
          `  ${size} in-process ${step}: ${m.ms.toFixed(0)} ms, peak ${m.rssMb.toFixed(0)} MB ${m.note ?? ''}`,
        );
      }
      const cli = await benchEndToEnd(file, today);
      endToEnd.push({ size, results: cli });
      for (const step of STEPS) {
        const m = cli[step];
        console.log(
          `  ${size} CLI ${step}: ${m.ms.toFixed(0)} ms (CPU ${m.cpuMs?.toFixed(0)} ms), peak ${m.rssMb.toFixed(0)} MB ${m.note ?? ''}`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  printTable('In-process (the functions the commands call)', inProcess);
  printTable('End to end (the CLI as a child process, start-up included)', endToEnd);
  console.log(
    `Goals at 100,000 invoices on PGlite: import < ${GOALS.import / 1000} s, each report < ${GOALS.aging / 1000} s, dry run < ${GOALS['dry run'] / 1000} s, peak < ${RSS_GOAL_MB} MB.`,
  );
}

await main();
