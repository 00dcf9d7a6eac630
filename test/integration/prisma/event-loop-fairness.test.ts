import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

// The embedded database runs its statements inside promise callbacks. If chains of statements
// never gave way to the event loop, a server busy with them accepted no connection and read no
// request until all were done (bench:chat's closed loop: new connections waited 10-15 s).
it('lets the event loop run between statements, through Prisma, the direct client and transactions', async () => {
  let done = 0;
  let doneWhenLoopRan = -1;
  const viaPrisma = async () => {
    for (let i = 0; i < 20; i += 1) {
      await db.prisma.debtor.count();
      done += 1;
    }
  };
  const viaSql = async () => {
    for (let i = 0; i < 20; i += 1) {
      await db.sql.$queryRawUnsafe('SELECT 1');
      done += 1;
    }
  };
  const viaTransaction = () =>
    db.sql.$transaction(async (tx) => {
      for (let i = 0; i < 20; i += 1) {
        await tx.$queryRawUnsafe('SELECT 1');
        done += 1;
      }
    });
  const chains = Array.from({ length: 18 }, (_, i) => [viaPrisma, viaSql, viaTransaction][i % 3]!());
  setImmediate(() => {
    doneWhenLoopRan = done;
  });
  await Promise.all(chains);
  expect(done).toBe(360);
  // Before the change the loop ran only after all 360 (doneWhenLoopRan stayed -1).
  expect(doneWhenLoopRan).toBeGreaterThanOrEqual(0);
  expect(doneWhenLoopRan).toBeLessThan(36);
});
