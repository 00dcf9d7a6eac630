import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseTarget } from '../../../../prisma/database-target.ts';
import { openDatabase } from '../../../../prisma/open-database.ts';
import { requirePostgres, skipUnlessPostgres } from '../../../support/find-postgres.ts';
import { seedOverdueLedger } from '../../../support/seed-overdue-ledger.ts';
import { findFaketime, shiftedClockEnv } from '../../../support/shifted-clock.ts';
import { type ServeChild, spawnServe } from '../../../support/spawn-serve.ts';
import { type SmtpSink, startSmtpSink } from '../../../support/start-smtp-sink.ts';
import { createTestTarget, withDatabase } from '../../../support/test-database.ts';

// Tuesday 8 December 2026, 08:58:50 in Amsterdam: both serves are up before DUNNING_RUN_AT.
const START = new Date('2026-12-08T07:58:50Z');
const DEBTORS = 40;

/**
 * Two `serve` processes on one PostgreSQL database, both waiting for 09:00: exactly one runs the
 * day's ladder, the other sees the run record and leaves it; every debtor gets one reminder.
 * PostgreSQL only (the embedded database admits one process); under CI it must not skip.
 */
describe.skipIf(skipUnlessPostgres || (!findFaketime() && process.env.CI !== 'true'))(
  'two serve processes at the scheduled time',
  () => {
    let sink: SmtpSink;
    let target: DatabaseTarget;
    let env: Record<string, string>;
    let drop: () => Promise<void>;
    const serves: ServeChild[] = [];

    beforeAll(async () => {
      sink = await startSmtpSink();
      ({ target, env, drop } = await createTestTarget({ postgresUrl: requirePostgres() }));
      const db = await openDatabase({ target, migrate: true });
      await seedOverdueLedger(db, { count: DEBTORS, today: START });
      // Monday's run happened: nothing is owed before nine, so neither process runs at start.
      await db.prisma.scheduledRun.create({
        data: {
          job: 'dunning',
          day: new Date('2026-12-07T00:00:00Z'),
          status: 'done',
          runner: 'yesterday',
          startedAt: new Date('2026-12-07T08:00:00Z'),
          finishedAt: new Date('2026-12-07T08:01:00Z'),
          summary: {},
        },
      });
      await db.close();
      env = {
        ...env,
        ...shiftedClockEnv(START),
        SMTP_HOST: sink.host,
        SMTP_PORT: String(sink.port),
        SMTP_SECURE: 'false',
        EMAIL_FROM: 'debiteuren@ourcompany.example',
        EMAIL_REPLY_TOKEN_SECRET: 'scheduler-two-serves-secret-with-at-least-32-chars',
        IMAP_HOST: '',
        SLACK_BOT_TOKEN: '',
        SLACK_SIGNING_SECRET: '',
        PAYMENT_LINK_SECRET: '',
        DUNNING_RUN_AT: '09:00',
      };
    });

    afterAll(async () => {
      for (const serve of serves) if (serve.child.exitCode === null) serve.child.kill('SIGKILL');
      await Promise.all(serves.map((serve) => serve.exited));
      await sink?.stop();
      await drop?.();
    });

    it('runs the ladder in exactly one of them', async () => {
      serves.push(spawnServe(env), spawnServe(env));
      await Promise.all(serves.map((serve) => serve.waitFor(/listening on http/)));
      for (const serve of serves) {
        await serve.waitFor(/scheduler: dunning run for 2026-12-07 is done or held by another process/);
        expect(serve.output()).not.toMatch(/dunning run for 2026-12-08/);
      }
      // At nine both wake; one runs, the other is told the run is taken.
      await Promise.all(
        serves.map((serve) =>
          serve.waitFor(
            /scheduler: dunning run for 2026-12-08 (done|is done or held by another process)/,
            150_000,
          ),
        ),
      );
      const ran = serves.filter((serve) => /dunning run for 2026-12-08 started/.test(serve.output()));
      expect(ran, serves.map((serve) => serve.output()).join('\n---\n')).toHaveLength(1);
      expect(ran[0]!.output()).toMatch(
        new RegExp(`dunning run for 2026-12-08 done: ${DEBTORS} queued, 0 already queued`),
      );
      const started = /(\d{4}-\d\d-\d\dT[\d:.]+Z) scheduler: dunning run for 2026-12-08 started/.exec(
        ran[0]!.output(),
      );
      expect(new Date(started![1]!).getTime()).toBeGreaterThanOrEqual(
        new Date('2026-12-08T08:00:00Z').getTime(),
      );
      await sink.waitFor(DEBTORS, 120_000);
      for (const serve of serves) serve.child.kill('SIGTERM');
      expect(await Promise.all(serves.map((serve) => serve.exited))).toEqual([0, 0]);

      expect(sink.mails).toHaveLength(DEBTORS);
      expect(new Set(sink.mails.flatMap((mail) => mail.envelopeTo)).size).toBe(DEBTORS);
      await withDatabase(target, async (db) => {
        expect(
          await db.prisma.emailOutbox.count({ where: { idempotencyKey: { startsWith: 'dunning:' } } }),
        ).toBe(DEBTORS);
        const run = await db.prisma.scheduledRun.findFirstOrThrow({
          where: { job: 'dunning', day: new Date('2026-12-08T00:00:00Z') },
        });
        expect(run).toMatchObject({ job: 'dunning', status: 'done', attempts: 1 });
        expect(run.summary).toMatchObject({ queued: DEBTORS });
      });
    }, 300_000);
  },
);
