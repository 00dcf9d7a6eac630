import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseTarget } from '../../../../prisma/database-target.ts';
import { openDatabase } from '../../../../prisma/open-database.ts';
import { seedOverdueLedger } from '../../../support/seed-overdue-ledger.ts';
import { findFaketime, shiftedClockEnv } from '../../../support/shifted-clock.ts';
import { type ServeChild, spawnServe } from '../../../support/spawn-serve.ts';
import { type SmtpSink, startSmtpSink } from '../../../support/start-smtp-sink.ts';
import { createTestTarget, withDatabase } from '../../../support/test-database.ts';

// Tuesday 8 December 2026, 09:00:05 in Amsterdam: just after the default DUNNING_RUN_AT on a
// business day. serve runs on this clock (libfaketime), whatever day the test runs.
const TUESDAY = new Date('2026-12-08T08:00:05Z');
const DEBTORS = 100;

/**
 * Polls the database beside serve until `count` reminders are owed (the run's `dunning_letter`
 * notices, worded and queued for the mail by the notices' worker): PostgreSQL directly, the
 * embedded database through the socket serve shares it on (prisma/socket).
 */
async function waitForLetters(target: DatabaseTarget, count: number): Promise<void> {
  const db = await openDatabase({ target });
  try {
    for (const deadline = Date.now() + 90_000; Date.now() < deadline; ) {
      const owed = await db.prisma.actionNotice.count({
        where: { idempotencyKey: { startsWith: 'dunning:' } },
      });
      if (owed >= count) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`fewer than ${count} reminders were owed within 90 s`);
  } finally {
    await db.close();
  }
}

/**
 * Issue 15: serve runs the ladder by itself, and a serve killed in the middle of the day's run
 * (SIGKILL: no clean-up of any kind) leaves a run that the next serve resumes once the lease has
 * run out. At the end every debtor has exactly one reminder queued and sent, and the run record
 * says done after two attempts.
 */
describe.skipIf(!findFaketime() && process.env.CI !== 'true')(
  'serve killed during the scheduled ladder run',
  () => {
    let sink: SmtpSink;
    let target: DatabaseTarget;
    let env: Record<string, string>;
    let drop: () => Promise<void>;
    const serves: ServeChild[] = [];

    beforeAll(async () => {
      sink = await startSmtpSink();
      ({ target, env, drop } = await createTestTarget());
      const db = await openDatabase({ target, migrate: true });
      await seedOverdueLedger(db, { count: DEBTORS, today: TUESDAY });
      await db.close();
      env = {
        ...env,
        SMTP_HOST: sink.host,
        SMTP_PORT: String(sink.port),
        SMTP_SECURE: 'false',
        EMAIL_FROM: 'debiteuren@ourcompany.example',
        EMAIL_REPLY_TOKEN_SECRET: 'scheduler-restart-secret-with-at-least-32-chars',
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

    it('resumes the day’s run after the lease and completes it exactly once', async () => {
      const first = spawnServe({ ...env, ...shiftedClockEnv(TUESDAY) });
      serves.push(first);
      await first.waitFor(/scheduler: dunning run for 2026-12-08 started/);
      // Killed while the ladder owes its letters, after ten, watched from here beside serve.
      await waitForLetters(target, 10);
      first.child.kill('SIGKILL');
      await first.exited;
      expect(first.output()).not.toMatch(/dunning run for 2026-12-08 done/);
      const queuedBeforeKill = await withDatabase(target, (db) =>
        db.prisma.actionNotice.count({ where: { idempotencyKey: { startsWith: 'dunning:' } } }),
      );
      expect(queuedBeforeKill).toBeGreaterThan(0);
      expect(queuedBeforeKill).toBeLessThan(DEBTORS);

      // Five minutes later on the same day: the dead process's lease (2 minutes) has run out.
      const second = spawnServe({ ...env, ...shiftedClockEnv(new Date(TUESDAY.getTime() + 5 * 60_000)) });
      serves.push(second);
      await second.waitFor(/scheduler: dunning run for 2026-12-08 started \(attempt 2, resuming\)/);
      const done = await second.waitFor(
        /scheduler: dunning run for 2026-12-08 done: (\d+) queued, (\d+) already queued/,
        120_000,
      );
      const [queued, alreadyQueued] = [Number(done[1]), Number(done[2])];
      // The second serve queued the rest and nothing twice (a letter sent before the kill moved
      // its debtor's ladder on: the resumed run no longer lists it).
      expect(queued).toBe(DEBTORS - queuedBeforeKill);
      expect(alreadyQueued).toBeLessThanOrEqual(queuedBeforeKill);
      await sink.waitFor(DEBTORS, 120_000);
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);

      await withDatabase(target, async (db) => {
        const letters = await db.prisma.emailOutbox.findMany({
          where: { idempotencyKey: { startsWith: 'dunning:' } },
          select: { debtorId: true, status: true, messageId: true },
        });
        expect(letters).toHaveLength(DEBTORS);
        expect(new Set(letters.map((letter) => letter.debtorId)).size).toBe(DEBTORS);
        expect(letters.every((letter) => letter.status === 'sent')).toBe(true);
        expect(await db.prisma.dunningState.count({ where: { stepCode: 'reminder_1' } })).toBe(DEBTORS);
        // The ladder's run, once; the day's other business-day job (payment checks) has its own.
        const runs = await db.prisma.scheduledRun.findMany({ where: { job: 'dunning' } });
        expect(runs).toHaveLength(1);
        expect(
          await db.prisma.scheduledRun.count({ where: { job: { not: 'dunning' } } }),
        ).toBeLessThanOrEqual(1);
        expect(runs[0]).toMatchObject({ job: 'dunning', status: 'done', attempts: 2, lastError: null });
        expect(runs[0]!.summary).toMatchObject({ queued, 'already queued': alreadyQueued });
      });
      // Every debtor got its reminder. A mail the SMTP server had accepted when the process was
      // killed, before the outbox row recorded it, goes again with the same Message-ID (the outbox
      // is at-least-once): no debtor gets a second, different reminder.
      const recipients = new Set(sink.mails.flatMap((mail) => mail.envelopeTo));
      expect(recipients.size).toBe(DEBTORS);
      expect(new Set(sink.mails.map((mail) => mail.parsed.messageId)).size).toBe(DEBTORS);
    }, 300_000);
  },
);
