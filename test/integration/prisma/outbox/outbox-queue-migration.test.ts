import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapterFactory } from '../../../../prisma/adapter-factory.ts';
import { applyMigrations, MIGRATIONS_DIR } from '../../../../prisma/apply-migrations.ts';
import { openDatabase } from '../../../../prisma/open-database.ts';
import { readQueueMetrics } from '../../../../prisma/outbox/read-queue-metrics.ts';
import { createTestTarget } from '../../../support/test-database.ts';

const MIGRATION = '20261205130000_outbox_queue';
const T = '2026-12-01T10:00:00.000Z';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/**
 * The queue columns' migration on rows written in the old shape: every row is still there, in
 * the state it was in, and what had been given up is a dead letter.
 */
describe('migration 20261205130000_outbox_queue on existing rows', () => {
  let database: Awaited<ReturnType<typeof createTestTarget>>;
  let before: string;
  let through: string;

  beforeAll(async () => {
    database = await createTestTarget();
    // The migrations before this one, and then those through it: later migrations stay out of
    // this test, so it keeps testing this migration on rows of the shape it was written for.
    before = mkdtempSync(path.join(tmpdir(), 'migrations-before-'));
    through = mkdtempSync(path.join(tmpdir(), 'migrations-through-'));
    for (const name of readdirSync(MIGRATIONS_DIR)) {
      if (name < MIGRATION || !/^\d/.test(name))
        cpSync(path.join(MIGRATIONS_DIR, name), path.join(before, name), { recursive: true });
      if (name <= MIGRATION || !/^\d/.test(name))
        cpSync(path.join(MIGRATIONS_DIR, name), path.join(through, name), { recursive: true });
    }
    const adapter = await createAdapterFactory(database.target).connect();
    try {
      const applied = await applyMigrations({ adapter, migrationsDir: before });
      expect(applied.applied).not.toContain(MIGRATION);
      await adapter.executeScript(`
        INSERT INTO debtor (id, reference, name, kind, updated_at) VALUES ('${id(1)}', 'D-1', 'Jansen', 'company', now());
        INSERT INTO message (id, channel, direction, external_id, raw_text, status, attempts, failure_reason, debtor_id, sent_at, created_at, updated_at) VALUES
          ('${id(10)}', 'email', 'inbound', 'imap:INBOX:1:7', 'x', 'failed', 2, 'SMTP down', NULL, NULL, '${T}', '${T}'),
          ('${id(11)}', 'email', 'inbound', 'imap:INBOX:1:8', 'x', 'failed', 6, 'cannot parse', NULL, NULL, '${T}', '${T}'),
          ('${id(20)}', 'chat', 'outbound', 'outbound:plan-approved:a', 'queued notice', 'queued', 0, NULL, '${id(1)}', NULL, '${T}', '${T}'),
          ('${id(21)}', 'chat', 'outbound', 'outbound:plan-approved:b', 'sent notice', 'sent', 1, NULL, '${id(1)}', '${T}', '${T}', '${T}'),
          ('${id(22)}', 'chat', 'outbound', 'turn:1', 'a bot turn', 'sent', 0, NULL, '${id(1)}', '${T}', '${T}', '${T}');
        INSERT INTO email_outbox (id, idempotency_key, message_id, debtor_id, template, payload, status, attempts, next_attempt_at, locked_until, last_error, sent_at) VALUES
          ('${id(30)}', 'e:pending', '${id(40)}', '${id(1)}', 'reminder', '{}', 'pending', 1, '${T}', '2026-12-01T10:05:00.000Z', NULL, NULL),
          ('${id(31)}', 'e:sent', '${id(41)}', '${id(1)}', 'reminder', '{}', 'sent', 1, '${T}', NULL, NULL, '${T}'),
          ('${id(32)}', 'e:failed', '${id(42)}', '${id(1)}', 'reminder', '{}', 'failed', 8, '2026-11-30T10:00:00.000Z', NULL, '550 no', NULL),
          ('${id(33)}', 'e:cancelled', '${id(43)}', '${id(1)}', 'reminder', '{}', 'cancelled', 0, '${T}', NULL, 'paid', NULL);
        INSERT INTO slack_outbox (id, idempotency_key, method, payload, status, attempts, next_attempt_at, last_error) VALUES
          ('${id(50)}', 's:pending', 'chat.postMessage', '{}', 'pending', 0, '${T}', NULL),
          ('${id(51)}', 's:sent', 'chat.postMessage', '{}', 'sent', 1, '${T}', NULL),
          ('${id(52)}', 's:failed', 'chat.postMessage', '{}', 'failed', 1, '2026-11-29T10:00:00.000Z', 'channel_not_found');
        INSERT INTO action_notice (id, idempotency_key, proposal_id, debtor_id, channel, template, params, status, attempts, next_attempt_at, last_error) VALUES
          ('${id(60)}', 'n:pending', '${id(2)}', '${id(1)}', 'email', 'po_request', '{}', 'pending', 3, '2026-12-01T11:00:00.000Z', 'EMAIL_FROM missing'),
          ('${id(61)}', 'n:queued', '${id(2)}', '${id(1)}', 'email', 'po_request', '{}', 'queued', 0, '${T}', NULL),
          ('${id(62)}', 'n:skipped', '${id(2)}', '${id(1)}', 'email', 'po_request', '{}', 'skipped', 0, '2026-11-28T10:00:00.000Z', 'no address');
        INSERT INTO email_retry (message_id, mailbox, uid_validity, uid, source_base64, next_attempt_at, created_at) VALUES
          ('${id(10)}', 'INBOX', 1, 7, 'eA==', '2026-12-01T10:05:00.000Z', '${T}'),
          ('${id(11)}', 'INBOX', 1, 8, 'eA==', (TIMESTAMPTZ '${T}' + INTERVAL '36500 days'), '${T}');
      `);
      const after = await applyMigrations({ adapter, migrationsDir: through });
      expect(after.applied).toEqual([MIGRATION]);
    } finally {
      await adapter.dispose();
    }
  });
  afterAll(async () => {
    rmSync(before, { recursive: true, force: true });
    rmSync(through, { recursive: true, force: true });
    await database?.drop();
  });

  it('keeps every row, carries the claim over and makes what was given up a dead letter', async () => {
    const db = await openDatabase({ target: database.target });
    try {
      const email = await db.prisma.emailOutbox.findMany({ orderBy: { idempotencyKey: 'asc' } });
      expect(email.map((row) => [row.idempotencyKey, row.status, row.deadAt?.toISOString() ?? null])).toEqual(
        [
          ['e:cancelled', 'cancelled', null],
          ['e:failed', 'failed', '2026-11-30T10:00:00.000Z'],
          ['e:pending', 'pending', null],
          ['e:sent', 'sent', null],
        ],
      );
      expect(email.find((row) => row.idempotencyKey === 'e:pending')?.leaseUntil?.toISOString()).toBe(
        '2026-12-01T10:05:00.000Z',
      );
      const slack = await db.prisma.slackOutbox.findMany({ orderBy: { idempotencyKey: 'asc' } });
      expect(slack.map((row) => [row.idempotencyKey, row.status, row.deadAt !== null])).toEqual([
        ['s:failed', 'failed', true],
        ['s:pending', 'pending', false],
        ['s:sent', 'sent', false],
      ]);
      const notices = await db.prisma.actionNotice.findMany({ orderBy: { idempotencyKey: 'asc' } });
      expect(
        notices.map((row) => [row.idempotencyKey, row.status, row.attempts, row.deadAt !== null]),
      ).toEqual([
        ['n:pending', 'pending', 3, false],
        ['n:queued', 'queued', 0, false],
        ['n:skipped', 'skipped', 0, true],
      ]);
      const retries = await db.prisma.emailRetry.findMany({ orderBy: { uid: 'asc' } });
      expect(
        retries.map((row) => ({
          uid: Number(row.uid),
          attempts: row.attempts,
          lastError: row.lastError,
          next: row.nextAttemptAt.toISOString(),
          dead: row.deadAt?.toISOString() ?? null,
        })),
      ).toEqual([
        { uid: 7, attempts: 2, lastError: 'SMTP down', next: '2026-12-01T10:05:00.000Z', dead: null },
        { uid: 8, attempts: 6, lastError: 'cannot parse', next: T, dead: T },
      ]);
      const chat = await db.prisma.chatOutbox.findMany({ orderBy: { messageId: 'asc' } });
      expect(chat.map((row) => [row.messageId, row.sentAt?.toISOString() ?? null])).toEqual([
        [id(20), null],
        [id(21), T],
      ]);

      const metrics = await readQueueMetrics({ db: db.prisma, now: new Date('2026-12-01T10:10:00.000Z') });
      const counts = Object.fromEntries(
        metrics.map(({ queue, due, waiting, leased, done, dead }) => [
          queue,
          { due, waiting, leased, done, dead },
        ]),
      );
      expect(counts).toEqual({
        email_outbox: { due: 1, waiting: 0, leased: 0, done: 2, dead: 1 },
        slack_outbox: { due: 1, waiting: 0, leased: 0, done: 1, dead: 1 },
        action_notice: { due: 0, waiting: 1, leased: 0, done: 1, dead: 1 },
        email_retry: { due: 1, waiting: 0, leased: 0, done: 0, dead: 1 },
        chat_outbox: { due: 1, waiting: 0, leased: 0, done: 1, dead: 0 },
      });
      const slackAge = metrics.find((row) => row.queue === 'slack_outbox')?.oldestDueAgeMs;
      expect(slackAge).toBe(10 * 60_000);
    } finally {
      await db.close();
    }
  });
});
