import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BusinessDayJob } from '../../../../bot/schedule/business-day-job.ts';
import { createSchedulerService } from '../../../../bot/schedule/create-scheduler-service.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/test-database.ts';

describe('createSchedulerService (real database, the clock a parameter)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('catches up a missed run once at start, runs the day’s at its time, and goes on after a failing run', async () => {
    // Wednesday 9 December 2026, 08:00 in Amsterdam; serve was down on Monday and Tuesday.
    let now = new Date('2026-12-09T07:00:00Z');
    const ran: string[] = [];
    let failNext = false;
    const job: BusinessDayJob = {
      name: 'ladder',
      at: { hour: 9, minute: 0 },
      async run({ day }) {
        if (failNext) {
          failNext = false;
          throw new Error('ledger locked');
        }
        ran.push(day);
        return { letters: 1 };
      },
    };
    const other: BusinessDayJob = { ...job, name: 'other', run: async () => ({}) };
    const lines: string[] = [];
    const scheduler = createSchedulerService({
      db: db.prisma,
      jobs: [job, other],
      runner: 'test',
      log: (line) => void lines.push(line),
      now: () => now,
    });
    await scheduler.start();
    expect(lines[0]).toBe(
      'scheduler: ladder runs on Dutch business days at 09:00 Europe/Amsterdam; next 2026-12-09 (2026-12-09T08:00:00.000Z), a missed run is caught up now',
    );
    // The first look happens at once, on its own.
    for (let i = 0; i < 200 && ran.length === 0; i += 1)
      await new Promise((resolve) => setTimeout(resolve, 25));
    await scheduler.checkNow();
    expect(ran).toEqual(['2026-12-08']);
    expect(lines).toContain('scheduler: ladder run for 2026-12-08 started (catching up a missed run)');

    now = new Date('2026-12-09T08:00:00Z');
    failNext = true;
    const failed = await scheduler.checkNow();
    expect(failed[0]).toMatchObject({ outcome: 'failed', day: '2026-12-09' });
    // The other job ran all the same; the failed one is tried again after ten minutes.
    expect(failed[1]).toMatchObject({ outcome: 'done', day: '2026-12-09' });
    now = new Date('2026-12-09T08:11:00Z');
    expect((await scheduler.checkNow())[0]).toMatchObject({ outcome: 'done', day: '2026-12-09', attempt: 2 });
    now = new Date('2026-12-09T15:00:00Z');
    expect((await scheduler.checkNow())[0]).toMatchObject({ outcome: 'not claimed', day: '2026-12-09' });
    expect(ran).toEqual(['2026-12-08', '2026-12-09']);
    await scheduler.stop();
    const runs = await db.prisma.scheduledRun.findMany({ where: { job: 'ladder' }, orderBy: { day: 'asc' } });
    expect(runs.map((run) => [run.status, run.attempts])).toEqual([
      ['done', 1],
      ['done', 2],
    ]);
  });
});
