/**
 * `npm run bench:mail-cost`: what one pathological mail costs, as issue 13 asks.
 * For each mail of test/support/build-pathological-mail.ts (nested HTML 3,000 levels and 1 MB
 * deep, 25 MB of text, 25 MB of HTML, 400 attachments, NUL bytes, one 16 MB line):
 * - ingestion as `collections serve` does it: receiveEmails with the worker-thread pool on a
 *   seeded database (PGlite in a temp dir, or PostgreSQL with DATABASE_URL), timed, with the
 *   longest event-loop block of the main thread meanwhile (perf_hooks.monitorEventLoopDelay);
 * - `collections classify --eml` on the same file as a child process: time and peak RSS.
 * Goals (issue 13): no mail blocks the event loop for more than 200 ms; classify --eml on a
 * 25 MB mail peaks under 400 MB.
 */

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createPreparePool } from '../bot/inbound/create-prepare-pool.ts';
import { receiveEmails } from '../bot/inbound/receive-emails.ts';
import { readEmailConfig } from '../channels/email/read-email-config.ts';
import { DEFAULT_POLICY } from '../domain/policy/collections-policy.ts';
import { openDatabase } from '../prisma/open-database.ts';
import { buildPathologicalMail, PATHOLOGICAL_MAILS } from '../test/support/build-pathological-mail.ts';
import { seedEmailLedger } from '../test/support/seed-email-ledger.ts';
import { createTestTarget } from '../test/support/test-database.ts';

const BLOCK_GOAL_MS = 200;
const RSS_GOAL_MB = 400;
const THREADS = Number(process.env.BENCH_EMAIL_THREADS ?? 2);
const CLI = fileURLToPath(new URL('../bin/collections.js', import.meta.url));
// Printed by the child at exit: the peak resident set of the whole process, in kilobytes.
const PRINT_MAX_RSS = `data:text/javascript,process.on("exit",()=>process.stderr.write("max-rss-kb="+process.resourceUsage().maxRSS+"\\n"))`;
// Linux carries a process's peak RSS across fork and exec: a child forked from this (large)
// process would report our peak. A shell, small after its own exec, forks the measured child.
const FORK_FROM_SHELL = ['-c', '"$@" & wait $!', 'sh'];

interface ClassifyRun {
  readonly ms: number;
  readonly maxRssMb: number;
  readonly output: string;
}

function classifyEml(file: string): Promise<ClassifyRun> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(
      '/bin/sh',
      [...FORK_FROM_SHELL, process.execPath, '--import', PRINT_MAX_RSS, CLI, 'classify', '--eml', file],
      { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NLP_LLM_MODE: 'off' } },
      (error, stdout, stderr) => {
        const rss = /max-rss-kb=(\d+)/u.exec(stderr);
        if (!rss) return reject(error ?? new Error(`no peak RSS from the child: ${stderr}`));
        resolve({ ms: performance.now() - started, maxRssMb: Number(rss[1]) / 1024, output: stdout });
      },
    );
  });
}

const pad = (value: string, width: number) => value.padEnd(width);
const num = (value: number, digits = 0) => value.toFixed(digits);

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mail-cost-'));
  const { target, drop } = await createTestTarget();
  const db = await openDatabase({ target, migrate: true });
  const pool = createPreparePool({ threads: THREADS });
  try {
    const now = new Date('2026-11-23T09:30:00Z');
    await seedEmailLedger(db, now);
    await pool.ready();
    const deps = {
      prisma: db.prisma,
      sql: db.sql,
      email: readEmailConfig({
        EMAIL_FROM: 'debiteuren@ourcompany.example',
        EMAIL_REPLY_TOKEN_SECRET: 'bench-mail-cost-secret-with-32-characters',
      }),
      policy: DEFAULT_POLICY,
      companyName: 'Our Company',
      log: () => undefined,
      now: () => now,
    };
    console.log(
      `mail cost: ${THREADS} worker threads, ${target.kind === 'postgres' ? 'PostgreSQL' : 'PGlite'}; goals: event-loop block <= ${BLOCK_GOAL_MS} ms, classify --eml peak RSS < ${RSS_GOAL_MB} MB (25 MB mail)\n`,
    );
    console.log(
      [
        pad('mail', 12),
        pad('size MB', 8),
        pad('ingest ms', 10),
        pad('status', 10),
        pad(`max block ms (goal ${BLOCK_GOAL_MS})`, 24),
        pad('classify ms', 12),
        pad(`peak RSS MB (goal ${RSS_GOAL_MB})`, 24),
        'classify result',
      ].join(' '),
    );
    let uid = 1;
    for (const kind of PATHOLOGICAL_MAILS) {
      const raw = buildPathologicalMail({
        kind,
        from: 'jan@bakkerij-jansen.nl',
        subject: `Re: factuur (${kind})`,
      });
      const file = join(dir, `${kind}.eml`);
      writeFileSync(file, raw);
      const delay = monitorEventLoopDelay({ resolution: 5 });
      delay.enable();
      const started = performance.now();
      const [received] = await receiveEmails({
        deps,
        mails: [{ mailbox: 'INBOX', uidValidity: 1n, uid: uid++, raw }],
        prepare: pool.prepare,
      });
      const status = received?.status;
      const ingestMs = performance.now() - started;
      delay.disable();
      const blockMs = delay.max / 1e6;
      const classify = await classifyEml(file);
      const line = JSON.parse(classify.output.split('\n')[0] ?? '{}') as {
        reason?: string;
        error?: { message: string };
      };
      console.log(
        [
          pad(kind, 12),
          pad(num(raw.length / 1e6, 1), 8),
          pad(num(ingestMs), 10),
          pad(status ?? '?', 10),
          pad(`${num(blockMs)} ${blockMs <= BLOCK_GOAL_MS ? 'ok' : 'OVER'}`, 24),
          pad(num(classify.ms), 12),
          pad(`${num(classify.maxRssMb)} ${classify.maxRssMb < RSS_GOAL_MB ? 'ok' : 'OVER'}`, 24),
          line.error ? `error: ${line.error.message.slice(0, 60)}` : (line.reason ?? '?'),
        ].join(' '),
      );
    }
  } finally {
    await pool.close();
    await db.close();
    await drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
