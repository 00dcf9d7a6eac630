import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDunningJob } from '../../../../bot/dunning/create-dunning-job.ts';
import type { BusinessDayJob, RunLeasePolicy } from '../../../../bot/schedule/business-day-job.ts';
import { runBusinessDayJob } from '../../../../bot/schedule/run-business-day-job.ts';
import { readEmailConfig } from '../../../../channels/email/read-email-config.ts';
import { DEFAULT_POLICY } from '../../../../domain/policy/collections-policy.ts';
import { claimScheduledRun } from '../../../../prisma/schedule/claim-scheduled-run.ts';
import { finishScheduledRun } from '../../../../prisma/schedule/finish-scheduled-run.ts';
import { seedOverdueLedger } from '../../../support/seed-overdue-ledger.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/test-database.ts';

// Monday 7 December 2026, 09:00 in Amsterdam: a business day at the default run time.
const MONDAY_NINE = new Date('2026-12-07T08:00:00Z');
const NINE = { hour: 9, minute: 0 };
const LEASE: RunLeasePolicy = { leaseMs: 120_000, retryAfterMs: 600_000, maxAttempts: 3 };
const later = (base: Date, ms: number) => new Date(base.getTime() + ms);

/** A job that counts its runs, or throws while `fail` says so. */
function countingJob(name: string, fail: () => string | null = () => null) {
  const days: string[] = [];
  const job: BusinessDayJob = {
    name,
    at: NINE,
    async run({ day }) {
      const error = fail();
      if (error) throw new Error(error);
      days.push(day);
      return { counted: days.length };
    },
  };
  return { job, days };
}

describe('runBusinessDayJob (real database, the clock a parameter)', () => {
  let db: TestDatabase;
  const lines: string[] = [];
  const log = (line: string) => void lines.push(line);
  const look = (job: BusinessDayJob, now: Date, runner = 'process-a') =>
    runBusinessDayJob({ db: db.prisma, job, now: () => now, runner, lease: LEASE, log });
  const record = (job: string, day: string) =>
    db.prisma.scheduledRun.findUniqueOrThrow({
      where: { job_day: { job, day: new Date(`${day}T00:00:00Z`) } },
    });

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('runs once a day: the run record stops a second run by this process or another one', async () => {
    const { job, days } = countingJob('count');
    expect(await look(job, later(MONDAY_NINE, -60_000))).toMatchObject({
      outcome: 'done',
      day: '2026-12-04',
    });
    expect(await look(job, MONDAY_NINE)).toMatchObject({ outcome: 'done', day: '2026-12-07', attempt: 1 });
    expect(await look(job, later(MONDAY_NINE, 60_000))).toEqual({
      outcome: 'not claimed',
      day: '2026-12-07',
    });
    expect(await look(job, later(MONDAY_NINE, 8 * 3_600_000), 'process-b')).toEqual({
      outcome: 'not claimed',
      day: '2026-12-07',
    });
    // The catch-up (Friday's run, owed before Monday 09:00) and Monday's: two runs, never three.
    expect(days).toEqual(['2026-12-04', '2026-12-07']);
    const monday = await record('count', '2026-12-07');
    expect(monday).toMatchObject({ status: 'done', attempts: 1, runner: 'process-a', leaseUntil: null });
    expect(monday.summary).toEqual({ counted: 2 });
    expect(lines).toContain('scheduler: count run for 2026-12-07 done: 2 counted');
    expect(
      lines.some((line) => /count run for 2026-12-04 started \(catching up a missed run\)/.test(line)),
    ).toBe(true);
    // Saturday owes nothing, Tuesday before nine owes Monday's (done): nothing runs.
    expect(await look(job, new Date('2026-12-12T12:00:00Z'))).toEqual({ outcome: 'not due' });
    expect(await look(job, new Date('2026-12-08T07:00:00Z'))).toEqual({
      outcome: 'not claimed',
      day: '2026-12-07',
    });
    expect(days).toHaveLength(2);
  });

  it('records a failed run with its error, tries it again after a while, and gives up after the last attempt', async () => {
    let failing = true;
    const { job, days } = countingJob('flaky', () => (failing ? 'the ledger is away' : null));
    const first = await look(job, MONDAY_NINE);
    expect(first).toMatchObject({ outcome: 'failed', day: '2026-12-07', attempt: 1 });
    expect(await record('flaky', '2026-12-07')).toMatchObject({ status: 'failed', attempts: 1 });
    expect((await record('flaky', '2026-12-07')).lastError).toMatch(/the ledger is away/);
    expect(
      lines.some((line) =>
        /flaky run for 2026-12-07 failed \(attempt 1\): Error: the ledger is away/.test(line),
      ),
    ).toBe(true);
    // Not again before retryAfterMs.
    expect(await look(job, later(MONDAY_NINE, 60_000))).toMatchObject({ outcome: 'not claimed' });
    expect(await look(job, later(MONDAY_NINE, 11 * 60_000))).toMatchObject({ outcome: 'failed', attempt: 2 });
    failing = false;
    expect(await look(job, later(MONDAY_NINE, 22 * 60_000))).toMatchObject({ outcome: 'done', attempt: 3 });
    expect(days).toEqual(['2026-12-07']);
    expect(await record('flaky', '2026-12-07')).toMatchObject({
      status: 'done',
      attempts: 3,
      lastError: null,
    });

    failing = true;
    const { job: broken } = countingJob('broken', () => 'always');
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expect(await look(broken, later(MONDAY_NINE, (attempt - 1) * 11 * 60_000))).toMatchObject({
        outcome: 'failed',
        attempt,
      });
    }
    expect(await look(broken, later(MONDAY_NINE, 5 * 3_600_000))).toMatchObject({ outcome: 'not claimed' });
    expect(await record('broken', '2026-12-07')).toMatchObject({ status: 'failed', attempts: 3 });
  });

  it('a run whose process died is left alone while its lease holds, then resumed: the ladder sends nothing twice', async () => {
    const debtors = await seedOverdueLedger(db, { count: 30, today: MONDAY_NINE });
    const deps = {
      prisma: db.prisma,
      email: readEmailConfig({
        EMAIL_FROM: 'debiteuren@ourcompany.example',
        EMAIL_REPLY_TOKEN_SECRET: 'scheduler-test-secret-with-at-least-32-chars',
      }),
      policy: DEFAULT_POLICY,
      companyName: 'Our Company',
      log,
    };
    // Process A takes the run and dies after owing 12 letters: its clock is read once for the
    // day and once per letter owed, and the 14th reading is where it "crashes". It never records an end.
    let readings = 0;
    const dyingClock = () => {
      readings += 1;
      if (readings > 13) throw new Error('killed');
      return MONDAY_NINE;
    };
    const dying = createDunningJob({ name: 'dunning', deps, at: NINE });
    const claim = await claimScheduledRun({
      db: db.prisma,
      job: 'dunning',
      day: '2026-12-07',
      runner: 'process-a',
      now: MONDAY_NINE,
      leaseMs: LEASE.leaseMs,
      retryAfterMs: LEASE.retryAfterMs,
      maxAttempts: LEASE.maxAttempts,
    });
    expect(claim.claimed).toBe(true);
    await expect(dying.run({ day: '2026-12-07', now: dyingClock })).rejects.toThrow('killed');
    const owedKeys = () =>
      db.prisma.actionNotice.findMany({
        where: { idempotencyKey: { startsWith: 'dunning:' } },
        select: { idempotencyKey: true },
      });
    const queuedKeys = () =>
      db.prisma.emailOutbox.findMany({
        where: { idempotencyKey: { startsWith: 'dunning:' } },
        select: { idempotencyKey: true },
      });
    expect(await owedKeys()).toHaveLength(12);
    expect(await queuedKeys()).toHaveLength(0);

    const job = createDunningJob({ name: 'dunning', deps, at: NINE });
    // Process B a minute later: A's lease still holds, B does not touch the run.
    expect(await look(job, later(MONDAY_NINE, 60_000), 'process-b')).toEqual({
      outcome: 'not claimed',
      day: '2026-12-07',
    });
    expect(await owedKeys()).toHaveLength(12);
    // After the lease: B resumes the day's run as attempt 2 and queues only the other 18.
    const resumed = await look(job, later(MONDAY_NINE, LEASE.leaseMs + 1_000), 'process-b');
    expect(resumed).toMatchObject({ outcome: 'done', day: '2026-12-07', attempt: 2 });
    expect(resumed.outcome === 'done' && resumed.summary).toMatchObject({ queued: 18, 'already queued': 12 });
    expect(lines).toContain('scheduler: dunning run for 2026-12-07 started (attempt 2, resuming)');
    const keys = (await queuedKeys()).map((row) => row.idempotencyKey);
    expect(keys).toHaveLength(30);
    expect(new Set(keys).size).toBe(30);
    // One letter per debtor, each debtor once.
    const perDebtor = await db.prisma.emailOutbox.groupBy({
      by: ['debtorId'],
      where: { idempotencyKey: { startsWith: 'dunning:' } },
      _count: true,
    });
    expect(perDebtor.map((row) => row.debtorId).sort()).toEqual([...debtors].sort());
    expect(perDebtor.every((row) => row._count === 1)).toBe(true);
    expect(await record('dunning', '2026-12-07')).toMatchObject({
      status: 'done',
      attempts: 2,
      runner: 'process-b',
    });

    // Process A, had it only been slow, can no longer record over B's run.
    expect(
      await finishScheduledRun({
        db: db.prisma,
        id: claim.claimed ? claim.id : '',
        runner: 'process-a',
        now: later(MONDAY_NINE, 300_000),
        outcome: { status: 'failed', error: 'late' },
      }),
    ).toBe(false);
    expect(await record('dunning', '2026-12-07')).toMatchObject({ status: 'done', runner: 'process-b' });
  });
});
