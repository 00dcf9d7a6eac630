import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../../channels/http/create-rate-limiter.ts';

describe('createRateLimiter', () => {
  it('allows `limit` requests per key per window, then says when to retry', () => {
    let now = 1_000_000;
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, now: () => now });
    expect(limiter.take('a')).toEqual({ ok: true });
    expect(limiter.take('a')).toEqual({ ok: true });
    expect(limiter.take('b')).toEqual({ ok: true });
    now += 15_000;
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 45 });
    now += 45_000;
    expect(limiter.take('a')).toEqual({ ok: true });
  });

  it('lets none through after the limit until the window ends, however often the key asks', () => {
    let t = 0;
    const limiter = createRateLimiter({ limit: 3, windowMs: 1000, now: () => t });
    expect([1, 2, 3, 4].map(() => limiter.take('a').ok)).toEqual([true, true, true, false]);
    expect(limiter.take('b').ok).toBe(true);
    t = 999;
    expect(limiter.take('a').ok).toBe(false);
    t = 1000;
    expect(limiter.take('a').ok).toBe(true);
  });

  it('never asks to wait less than a second', () => {
    let now = 0;
    const limiter = createRateLimiter({ limit: 1, windowMs: 1_000, now: () => now });
    limiter.take('a');
    now = 999;
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
  });

  it('refuses new keys beyond maxKeys within a window, so random tokens cannot fill memory', () => {
    const limiter = createRateLimiter({ limit: 5, maxKeys: 3, now: () => 0 });
    for (const key of ['a', 'b', 'c']) expect(limiter.take(key).ok).toBe(true);
    expect(limiter.take('d').ok).toBe(false);
    expect(limiter.take('a').ok).toBe(true);
  });
});
