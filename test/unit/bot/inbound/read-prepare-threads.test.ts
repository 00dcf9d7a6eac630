import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { readPrepareThreads } from '../../../../bot/inbound/read-prepare-threads.ts';

describe('EMAIL_PREPARE_THREADS', () => {
  it('defaults to one thread per core, at most four', () => {
    expect(readPrepareThreads({})).toBe(Math.min(availableParallelism(), 4));
    expect(readPrepareThreads({ EMAIL_PREPARE_THREADS: ' ' })).toBe(Math.min(availableParallelism(), 4));
  });

  it('takes 0 (all on the main thread) and explicit counts', () => {
    expect(readPrepareThreads({ EMAIL_PREPARE_THREADS: '0' })).toBe(0);
    expect(readPrepareThreads({ EMAIL_PREPARE_THREADS: '3' })).toBe(3);
  });

  it('refuses what is not a whole number from 0 to 16, naming the variable', () => {
    for (const value of ['-1', '1.5', 'two', '17']) {
      expect(() => readPrepareThreads({ EMAIL_PREPARE_THREADS: value })).toThrow(/EMAIL_PREPARE_THREADS/);
    }
  });
});
