import { describe, expect, it } from 'vitest';
import { batchLoads } from '../../../../prisma/sql/batch-loads.ts';

describe('batchLoads (email match lookups per chunk)', () => {
  it('answers keys asked for in the same round with one load, remembers them, and loads again later', async () => {
    const calls: string[][] = [];
    const load = batchLoads<string, number>(async (keys) => {
      calls.push([...keys]);
      return new Map(keys.filter((key) => key !== 'missing').map((key) => [key, key.length]));
    });
    const first = await Promise.all(['a', 'bb', 'missing', 'a'].map((key) => load(key)));
    expect(first).toEqual([1, 2, undefined, 1]);
    expect(calls).toEqual([['a', 'bb', 'missing']]);
    expect(await load('bb')).toBe(2);
    expect(await load('ccc')).toBe(3);
    expect(calls).toEqual([['a', 'bb', 'missing'], ['ccc']]);
  });

  it('rejects every waiting key when the load fails', async () => {
    const load = batchLoads<string, number>(async () => {
      throw new Error('database down');
    });
    const results = await Promise.allSettled([load('x'), load('y')]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
  });
});
