import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueSlackCall } from '../../../prisma/outbox/enqueue-slack-call.ts';
import { runCliProcess } from '../../support/run-cli.ts';
import { createTestTarget, withDatabase } from '../../support/test-database.ts';

describe('collections queues', () => {
  let db: Awaited<ReturnType<typeof createTestTarget>>;
  beforeAll(async () => {
    db = await createTestTarget();
    expect((await runCliProcess(['db', 'migrate'], { env: db.env })).code).toBe(0);
  });
  afterAll(async () => {
    await db.drop();
  });

  it('lists every outbox, exits 0 while nothing is dead, and 1 with the dead row counted once one is', async () => {
    const empty = await runCliProcess(['queues'], { env: db.env });
    expect(empty.stderr).toBe('');
    expect(empty.code).toBe(0);
    const names = empty.stdout
      .split('\n')
      .slice(2)
      .map((line) => line.split(/\s+/u)[0])
      .filter(Boolean);
    expect(names.length).toBeGreaterThanOrEqual(5);

    await withDatabase(db.target, async (open) => {
      await enqueueSlackCall({
        prisma: open.prisma,
        calls: [
          { idempotencyKey: 'q:1', method: 'chat.postMessage', messageKey: null, payload: { text: 'a' } },
          { idempotencyKey: 'q:2', method: 'chat.postMessage', messageKey: null, payload: { text: 'b' } },
        ],
      });
      await open.prisma.slackOutbox.updateMany({
        where: { idempotencyKey: 'q:2' },
        data: { deadAt: new Date(), lastError: 'channel_not_found' },
      });
    });
    const json = await runCliProcess(['queues', '--json'], { env: db.env });
    expect(json.code).toBe(1);
    const metrics = JSON.parse(json.stdout) as { queue: string; due: number; dead: number }[];
    const slack = metrics.find((m) => m.dead > 0);
    expect(slack).toMatchObject({ due: 1, dead: 1 });
    expect(metrics.filter((m) => m.dead > 0)).toHaveLength(1);
    const table = await runCliProcess(['queues'], { env: db.env });
    expect(table.code).toBe(1);
    expect(table.stdout).toMatch(new RegExp(`^${slack?.queue}\\s+1\\s+0\\s+0\\s+0\\s+1\\s`, 'mu'));

    const wrong = await runCliProcess(['queues', '--bogus'], { env: db.env });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/Usage: collections queues/u);
  });
});
