export interface RateLimiter {
  /** Counts one request for `key`; ok false with the seconds until it may try again. */
  take(key: string): { ok: true } | { ok: false; retryAfterSeconds: number };
}

/**
 * A fixed-window limiter in memory: at most `limit` requests per key per window. One window runs for all keys, so starting a new
 * one is dropping one map: memory stays bounded by the keys of one window (and `maxKeys`).
 * Enough for one `collections serve` process; several processes would each count on their own.
 */
export function createRateLimiter({
  limit,
  windowMs = 60_000,
  now = () => Date.now(),
  maxKeys = 50_000,
}: {
  limit: number;
  windowMs?: number;
  now?: () => number;
  maxKeys?: number;
}): RateLimiter {
  let windowStart = 0;
  let counts = new Map<string, number>();
  return {
    take(key) {
      const at = now();
      if (at - windowStart >= windowMs) {
        windowStart = at;
        counts = new Map();
      }
      const retryAfterSeconds = Math.max(1, Math.ceil((windowStart + windowMs - at) / 1000));
      const used = counts.get(key) ?? 0;
      if (used >= limit) return { ok: false, retryAfterSeconds };
      // A flood of distinct keys (spoofed tokens) must not grow memory without end.
      if (used === 0 && counts.size >= maxKeys) return { ok: false, retryAfterSeconds };
      counts.set(key, used + 1);
      return { ok: true };
    },
  };
}
