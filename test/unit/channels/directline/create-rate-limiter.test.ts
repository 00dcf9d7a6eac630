import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../../channels/directline/create-rate-limiter.ts';

describe('rate limiter', () => {
  it('lets `limit` requests per key through in a window, then none until the window ends', () => {
    let t = 0;
    const limiter = createRateLimiter({ limit: 3, windowMs: 1000, now: () => t });
    expect([1, 2, 3, 4].map(() => limiter.take('a'))).toEqual([true, true, true, false]);
    expect(limiter.take('b')).toBe(true);
    t = 999;
    expect(limiter.take('a')).toBe(false);
    t = 1000;
    expect(limiter.take('a')).toBe(true);
  });
});
