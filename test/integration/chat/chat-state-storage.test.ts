import { describe, expect, it } from 'vitest';
import { createChatStateStorage } from '../../../prisma/chat-state/create-chat-state-storage.ts';
import { useTestDatabase } from '../../support/use-test-database.ts';

describe('chat state storage (botbuilder Storage on the database)', () => {
  const db = useTestDatabase();

  it('reads what was written, with a new eTag on every write', async () => {
    const storage = createChatStateStorage({ prisma: db.prisma });
    expect(await storage.read(['a'])).toEqual({});
    await storage.write({ a: { dialogState: { stack: [1] } } });
    const first = (await storage.read(['a', 'missing'])).a!;
    expect(first).toMatchObject({ dialogState: { stack: [1] } });
    expect(typeof first.eTag).toBe('string');
    await storage.write({ a: { ...first, dialogState: { stack: [2] } } });
    const second = (await storage.read(['a'])).a!;
    expect(second.dialogState).toEqual({ stack: [2] });
    expect(second.eTag).not.toBe(first.eTag);
  });

  it('refuses a write with a stale eTag (optimistic concurrency); "*" always wins', async () => {
    const storage = createChatStateStorage({ prisma: db.prisma });
    await storage.write({ b: { n: 1 } });
    const read = (await storage.read(['b'])).b!;
    const [one, two] = await Promise.allSettled([
      storage.write({ b: { ...read, n: 2 } }),
      storage.write({ b: { ...read, n: 3 } }),
    ]);
    expect([one.status, two.status].sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = [one, two].find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((rejected.reason as Error).message).toContain('eTag conflict');
    await expect(storage.write({ b: { ...read, n: 4 } })).rejects.toThrow(/eTag conflict/);
    await storage.write({ b: { n: 5, eTag: '*' } });
    expect((await storage.read(['b'])).b!.n).toBe(5);
    // A new key with an eTag is created once; a second create with the same eTag conflicts.
    await storage.write({ c: { n: 1, eTag: 'client-made' } });
    await expect(storage.write({ c: { n: 2, eTag: 'client-made' } })).rejects.toThrow(/eTag conflict/);
  });

  it('deletes', async () => {
    const storage = createChatStateStorage({ prisma: db.prisma });
    await storage.write({ d: { x: 1 } });
    await storage.delete(['d', 'never-there']);
    expect(await storage.read(['d'])).toEqual({});
  });
});
