import type { Backoff } from './outbox-queue.ts';

/**
 * The delay before the next attempt after attempt number `attempt` (1 for the first) failed:
 * exponential, capped, and lowered by up to `jitter` of itself so that rows that failed together
 * (the SMTP server was down for all of them) do not come back together.
 */
export function computeBackoff({
  backoff,
  attempt,
  random = Math.random,
}: {
  backoff: Backoff;
  attempt: number;
  random?: () => number;
}): number {
  const exponential = backoff.baseMs * backoff.factor ** Math.max(0, attempt - 1);
  const capped = Math.min(backoff.maxMs, exponential);
  return Math.round(capped * (1 - backoff.jitter * Math.min(1, Math.max(0, random()))));
}
