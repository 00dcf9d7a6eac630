import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../bot/config/load-config.ts';
import { listScheduledJobs } from '../../../../bot/schedule/list-scheduled-jobs.ts';
import { readSchedule } from '../../../../bot/schedule/read-schedule.ts';
import { isBusinessDay } from '../../../../domain/calendar/is-business-day.ts';
import { runCliProcess } from '../../../support/run-cli.ts';
import { createTestTarget, withDatabase } from '../../../support/test-database.ts';

const MAIL_ENV = {
  SMTP_HOST: '127.0.0.1',
  EMAIL_FROM: 'debiteuren@ourcompany.example',
  EMAIL_REPLY_TOKEN_SECRET: 'schedule-command-secret-with-at-least-32-chars',
  IMAP_HOST: '',
  SLACK_BOT_TOKEN: '',
  SLACK_SIGNING_SECRET: '',
  PAYMENT_LINK_SECRET: '',
};

describe('the schedule: readSchedule and `collections schedule`', () => {
  let db: Awaited<ReturnType<typeof createTestTarget>>;
  beforeAll(async () => {
    db = await createTestTarget();
    expect((await runCliProcess(['db', 'migrate'], { env: db.env })).code).toBe(0);
  });
  afterAll(async () => {
    await db.drop();
  });

  it('tells each job’s next run, last run and how it ended', async () => {
    const env = { ...MAIL_ENV, DUNNING_RUN_AT: '08:30' };
    const jobs = listScheduledJobs({ env, config: loadConfig(env) });
    // Monday 7 December 2026, 10:00 in Amsterdam.
    const now = new Date('2026-12-07T09:00:00Z');
    await withDatabase(db.target, async (open) => {
      const never = await readSchedule({ db: open.prisma, jobs, now });
      expect(never.map((entry) => entry.job)).toEqual([
        'dunning',
        'email outbox',
        'email retries',
        'slack-worker',
        'chat-notices',
        'ledger sync',
        'payment checks',
      ]);
      expect(never[5]).toMatchObject({ enabled: false, reason: 'needs LEDGER_SYNC_INTERVAL' });
      expect(never[0]).toMatchObject({
        schedule: 'business days at 08:30 Europe/Amsterdam',
        enabled: true,
        next: { day: '2026-12-07', at: '2026-12-07T07:30:00.000Z', owed: true },
        lastRun: null,
      });
      expect(never[1]).toMatchObject({ schedule: 'every 5 s while serve runs', enabled: true, next: null });
      expect(never[2]).toMatchObject({ enabled: false, reason: 'needs IMAP_HOST' });

      await open.prisma.scheduledRun.create({
        data: {
          job: 'dunning',
          day: new Date('2026-12-07T00:00:00Z'),
          status: 'failed',
          attempts: 2,
          runner: 'host:1:abc',
          startedAt: new Date('2026-12-07T07:30:00Z'),
          finishedAt: new Date('2026-12-07T07:41:00Z'),
          lastError: 'Error: the database is away',
        },
      });
      const failed = await readSchedule({ db: open.prisma, jobs, now });
      expect(failed[0]).toMatchObject({
        next: { day: '2026-12-07', owed: true },
        lastRun: { day: '2026-12-07', status: 'failed', attempts: 2, error: 'Error: the database is away' },
      });

      await open.prisma.scheduledRun.update({
        where: { job_day: { job: 'dunning', day: new Date('2026-12-07T00:00:00Z') } },
        data: { status: 'done', attempts: 3, lastError: null, summary: { queued: 4, held: 1 } },
      });
      const done = await readSchedule({ db: open.prisma, jobs, now });
      expect(done[0]).toMatchObject({
        next: { day: '2026-12-08', at: '2026-12-08T07:30:00.000Z', owed: false },
        lastRun: { status: 'done', attempts: 3, summary: { queued: 4, held: 1 }, error: null },
      });
    });

    const off = listScheduledJobs({ env: { ...MAIL_ENV, SMTP_HOST: '' }, config: loadConfig({}) });
    expect(off[0]).toMatchObject({
      enabled: false,
      reason: 'needs SMTP_HOST, EMAIL_FROM and EMAIL_REPLY_TOKEN_SECRET',
    });
  });

  it('`collections schedule` prints it, as a table or JSON, and exits 0', async () => {
    const env = { ...db.env, ...MAIL_ENV };
    const json = await runCliProcess(['schedule', '--json'], { env });
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    const entries = JSON.parse(json.stdout) as {
      job: string;
      next: { day: string; at: string } | null;
      lastRun: { status: string; summary: Record<string, number> } | null;
    }[];
    const dunning = entries.find((entry) => entry.job === 'dunning')!;
    expect(isBusinessDay(dunning.next!.day)).toBe(true);
    expect(dunning.lastRun).toMatchObject({ status: 'done', summary: { queued: 4, held: 1 } });

    const table = await runCliProcess(['schedule'], { env });
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(
      /^dunning\s+business days at 09:00 Europe\/Amsterdam\s+\d{4}-\d\d-\d\d \d\d:\d\d.*2026-12-07 done after 3 attempts at .* \(1 held, 4 queued\)$/mu,
    );
    expect(table.stdout).toMatch(/^email retries\s+every 60 s while serve runs\s+not run: needs IMAP_HOST/mu);

    const wrong = await runCliProcess(['schedule', '--bogus'], { env });
    expect(wrong.code).toBe(2);
    const badTime = await runCliProcess(['schedule'], { env: { ...env, DUNNING_RUN_AT: '9am' } });
    expect(badTime.code).toBe(3);
    expect(badTime.stderr).toMatch(
      /DUNNING_RUN_AT: expected a time of day as HH:MM on a 24-hour clock .*got "9am"/,
    );
  });
});
