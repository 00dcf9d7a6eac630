import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../../../prisma/open-database.ts';
import { claimDueRows } from '../../../../prisma/outbox/claim-due-rows.ts';
import { completeClaim } from '../../../../prisma/outbox/complete-claim.ts';
import { enqueueSlackCall } from '../../../../prisma/outbox/enqueue-slack-call.ts';
import { failClaim } from '../../../../prisma/outbox/fail-claim.ts';
import type { OutboxQueue } from '../../../../prisma/outbox/outbox-queue.ts';
import { SLACK_OUTBOX } from '../../../../prisma/outbox/outbox-queues.ts';
import { readQueueMetrics } from '../../../../prisma/outbox/read-queue-metrics.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/test-database.ts';

const target = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';

/**
 * The queue mechanism itself, on a real outbox table (slack_outbox). On PostgreSQL the two
 * workers use two connection pools, as two processes would; on PGlite they share the one
 * embedded instance, as everything in one process does.
 */
describe(`outbox queue mechanism on ${target}`, () => {
  let db: TestDatabase;
  let other: Database;
  const queue: OutboxQueue = { ...SLACK_OUTBOX, name: 'test', maxAttempts: 3 };
  const keyed = async (prefix: string, count: number) => {
    await enqueueSlackCall({
      prisma: db.prisma,
      calls: Array.from({ length: count }, (_, i) => ({
        idempotencyKey: `${prefix}:${i}`,
        method: 'chat.postMessage' as const,
        messageKey: null,
        payload: { text: `${prefix} ${i}` },
      })),
    });
    const rows = await db.prisma.slackOutbox.findMany({
      where: { idempotencyKey: { startsWith: `${prefix}:` } },
      select: { id: true },
    });
    return rows.map((row) => row.id);
  };
  /** Everything else out of the way: each test works on its own rows. */
  const settleAllBut = async (ids: readonly string[]) => {
    await db.prisma.slackOutbox.updateMany({
      where: { id: { notIn: [...ids] }, status: 'pending' },
      data: { status: 'sent', sentAt: new Date() },
    });
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    // PGlite: one embedded instance per process, so the second worker shares it.
    other = db.target.kind === 'postgres' ? await openDatabase({ target: db.target }) : db;
  });
  afterAll(async () => {
    if (other !== db) await other?.close();
    await db?.close();
  });

  it('two workers racing never send one row twice, and together send every row', async () => {
    const ids = await keyed('race', 120);
    await settleAllBut(ids);
    const now = new Date(Date.now() + 1_000);
    const sent = new Map<string, string[]>();
    const worker = async (name: string, handle: Database) => {
      for (;;) {
        const claims = await claimDueRows({ db: handle.prisma, queue, now, limit: 7 });
        if (claims.length === 0) return;
        for (const claim of claims) {
          sent.set(claim.key, [...(sent.get(claim.key) ?? []), name]);
          // Give the other worker a turn between claim and settle.
          await new Promise((resolve) => setImmediate(resolve));
          expect(await completeClaim({ db: handle.prisma, queue, claim, now })).toBe(true);
        }
      }
    };
    await Promise.all([worker('a', db), worker('b', other), worker('c', db), worker('d', other)]);
    expect([...sent.keys()].sort()).toEqual([...ids].sort());
    expect([...sent.values()].filter((by) => by.length !== 1)).toEqual([]);
    expect(
      new Set([...sent.values()].map((by) => by[0])).size,
      'more than one worker took rows',
    ).toBeGreaterThan(1);
    if (other !== db) {
      const byPool = [...sent.values()].map((by) => by[0]);
      expect(
        byPool.some((by) => by === 'b' || by === 'd'),
        'the second pool took rows',
      ).toBe(true);
    }
    expect(
      await db.prisma.slackOutbox.count({ where: { id: { in: ids }, status: 'sent', attempts: 1 } }),
    ).toBe(ids.length);
  });

  it('a failing row backs off within its jitter bounds and becomes a dead letter after N attempts, kept and visible', async () => {
    const [id] = await keyed('fail', 1);
    await settleAllBut([id!]);
    let now = new Date(Date.now() + 1_000);
    for (let attempt = 1; attempt <= queue.maxAttempts; attempt += 1) {
      const [claim, ...more] = await claimDueRows({ db: db.prisma, queue, now });
      expect(more).toEqual([]);
      expect(claim).toMatchObject({ key: id, attempts: attempt });
      const outcome = await failClaim({ db: db.prisma, queue, claim: claim!, error: `down ${attempt}`, now });
      if (attempt < queue.maxAttempts) {
        expect(outcome.kind).toBe('retry');
        const row = await db.prisma.slackOutbox.findUniqueOrThrow({ where: { id: id! } });
        const delay = row.nextAttemptAt.getTime() - now.getTime();
        const full = Math.min(
          queue.backoff.maxMs,
          queue.backoff.baseMs * queue.backoff.factor ** (attempt - 1),
        );
        expect(delay).toBeGreaterThanOrEqual(Math.floor(full * (1 - queue.backoff.jitter)));
        expect(delay).toBeLessThanOrEqual(full);
        expect(row).toMatchObject({ status: 'pending', leaseUntil: null, lastError: `down ${attempt}` });
        // Not due before its time.
        expect(
          await claimDueRows({ db: db.prisma, queue, now: new Date(row.nextAttemptAt.getTime() - 1) }),
        ).toEqual([]);
        now = row.nextAttemptAt;
      } else {
        expect(outcome.kind).toBe('dead');
      }
    }
    const dead = await db.prisma.slackOutbox.findUniqueOrThrow({ where: { id: id! } });
    expect(dead).toMatchObject({ status: 'failed', attempts: queue.maxAttempts, lastError: 'down 3' });
    expect(dead.deadAt?.getTime()).toBe(now.getTime());
    expect(
      await claimDueRows({ db: db.prisma, queue, now: new Date(now.getTime() + 365 * 86_400_000) }),
    ).toEqual([]);
    const [metrics] = await readQueueMetrics({ db: db.prisma, now, queues: [queue] });
    expect(metrics).toMatchObject({ queue: 'test', dead: 1, due: 0, waiting: 0, leased: 0 });
  });

  it('a permanent failure is a dead letter at once', async () => {
    const [id] = await keyed('permanent', 1);
    await settleAllBut([id!]);
    const now = new Date(Date.now() + 1_000);
    const [claim] = await claimDueRows({ db: db.prisma, queue, now });
    expect(
      await failClaim({ db: db.prisma, queue, claim: claim!, error: 'refused', now, permanent: true }),
    ).toEqual({
      kind: 'dead',
    });
    expect((await db.prisma.slackOutbox.findUniqueOrThrow({ where: { id: id! } })).attempts).toBe(1);
  });

  it('an expired lease is reclaimed; the worker that lost it cannot settle it any more', async () => {
    const [id] = await keyed('lease', 1);
    await settleAllBut([id!]);
    const now = new Date(Date.now() + 1_000);
    const [crashed] = await claimDueRows({ db: db.prisma, queue, now });
    expect(crashed).toMatchObject({ key: id, attempts: 1 });
    const [held] = await readQueueMetrics({ db: db.prisma, now, queues: [queue] });
    expect(held).toMatchObject({ leased: 1, due: 0 });
    const justBefore = new Date(now.getTime() + queue.leaseMs - 1);
    expect(await claimDueRows({ db: db.prisma, queue, now: justBefore })).toEqual([]);
    const expiry = new Date(now.getTime() + queue.leaseMs);
    const [due] = await readQueueMetrics({ db: db.prisma, now: expiry, queues: [queue] });
    const { nextAttemptAt } = await db.prisma.slackOutbox.findUniqueOrThrow({ where: { id: id! } });
    // Due since its next attempt came, which the crashed claim did not move.
    expect(due).toMatchObject({
      leased: 0,
      due: 1,
      oldestDueAgeMs: expiry.getTime() - nextAttemptAt.getTime(),
    });
    const [replacement] = await claimDueRows({ db: other.prisma, queue, now: expiry });
    expect(replacement).toMatchObject({ key: id, attempts: 2 });
    expect(await completeClaim({ db: db.prisma, queue, claim: crashed!, now: expiry })).toBe(false);
    expect(await failClaim({ db: db.prisma, queue, claim: crashed!, error: 'late', now: expiry })).toEqual({
      kind: 'lost',
    });
    expect(await completeClaim({ db: other.prisma, queue, claim: replacement!, now: expiry })).toBe(true);
    expect(await db.prisma.slackOutbox.findUniqueOrThrow({ where: { id: id! } })).toMatchObject({
      status: 'sent',
      attempts: 2,
      leaseUntil: null,
    });
  });
});
