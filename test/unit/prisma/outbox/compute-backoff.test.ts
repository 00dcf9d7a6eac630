import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeBackoff } from '../../../../prisma/outbox/compute-backoff.ts';
import { OUTBOX_QUEUES } from '../../../../prisma/outbox/outbox-queues.ts';

const backoff = { baseMs: 1_000, factor: 2, maxMs: 60_000, jitter: 0.2 };

describe('computeBackoff', () => {
  it.each([
    { attempt: 1, random: 0, delay: 1_000 },
    { attempt: 1, random: 1, delay: 800 },
    { attempt: 2, random: 0, delay: 2_000 },
    { attempt: 4, random: 0.5, delay: 7_200 },
    { attempt: 7, random: 0, delay: 60_000 },
    { attempt: 30, random: 1, delay: 48_000 },
  ])('attempt $attempt with random $random waits $delay ms', ({ attempt, random, delay }) => {
    expect(computeBackoff({ backoff, attempt, random: () => random })).toBe(delay);
  });

  it('stays within its jitter bounds and never waits longer for an earlier attempt at the cap', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OUTBOX_QUEUES.map((queue) => queue.backoff)),
        fc.integer({ min: 1, max: 80 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (queueBackoff, attempt, random) => {
          const delay = computeBackoff({ backoff: queueBackoff, attempt, random: () => random });
          const full = Math.min(
            queueBackoff.maxMs,
            queueBackoff.baseMs * queueBackoff.factor ** (attempt - 1),
          );
          expect(delay).toBeGreaterThanOrEqual(Math.floor(full * (1 - queueBackoff.jitter)));
          expect(delay).toBeLessThanOrEqual(Math.ceil(full));
          expect(delay).toBeGreaterThan(0);
        },
      ),
    );
  });
});
