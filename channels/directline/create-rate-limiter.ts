/**
 * A fixed-window counter per key (a token's conversation, a client address): cheap, in memory,
 * good enough to stop one client flooding the bot. Windows of idle keys are dropped as they
 * expire, so the map does not grow without bound.
 */
export interface RateLimiter {
  /** True when the key may go on; counts the attempt either way. */
  take(key: string): boolean;
}

export function createRateLimiter({
  limit,
  windowMs = 60_000,
  now = () => Date.now(),
}: {
  limit: number;
  windowMs?: number;
  now?: () => number;
}): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = now();
  return {
    take(key) {
      const t = now();
      if (t - lastSweep > windowMs) {
        for (const [k, w] of windows) if (t - w.start >= windowMs) windows.delete(k);
        lastSweep = t;
      }
      const window = windows.get(key);
      if (!window || t - window.start >= windowMs) {
        windows.set(key, { start: t, count: 1 });
        return limit >= 1;
      }
      window.count += 1;
      return window.count <= limit;
    },
  };
}
