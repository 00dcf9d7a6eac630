import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitCents } from '../../../../domain/money.ts';
import { buildInstalmentSchedule } from '../../../../domain/plans/build-instalment-schedule.ts';

const isoDay = fc
  .integer({ min: 0, max: 3_650 })
  .map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));

describe('splitCents', () => {
  it('adds up exactly, never negative, parts differ by at most one cent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 1, max: 500 }),
        (total, parts) => {
          const split = splitCents(total, parts);
          expect(split).toHaveLength(parts);
          expect(split.reduce((a, b) => a + b, 0)).toBe(total);
          expect(Math.min(...split)).toBeGreaterThanOrEqual(0);
          expect(Math.max(...split) - Math.min(...split)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('puts the odd cents first', () => {
    expect(splitCents(1000, 3)).toEqual([334, 333, 333]);
  });

  it('refuses bad input', () => {
    expect(() => splitCents(10, 0)).toThrow(expect.objectContaining({ code: 'INPUT_INVALID' }));
    expect(() => splitCents(-1, 2)).toThrow(expect.objectContaining({ code: 'INPUT_INVALID' }));
  });
});

describe('buildInstalmentSchedule', () => {
  it('handles month ends from an anchor (31 Jan -> 29 Feb -> 31 Mar)', () => {
    const s = buildInstalmentSchedule({
      totalCents: 100_000,
      count: 3,
      period: 'month',
      startDate: '2028-01-31',
    });
    expect(s.instalments.map((i) => [i.dueDate, i.amountCents])).toEqual([
      ['2028-01-31', 33_334],
      ['2028-02-29', 33_333],
      ['2028-03-31', 33_333],
    ]);
  });

  it('puts a down payment first and the instalments one period later', () => {
    const s = buildInstalmentSchedule({
      totalCents: 100_000,
      count: 2,
      period: 'week',
      startDate: '2026-12-28',
      downPaymentCents: 20_000,
    });
    expect(s.instalments).toEqual([
      { index: 0, kind: 'down_payment', dueDate: '2026-12-28', amountCents: 20_000 },
      { index: 1, kind: 'instalment', dueDate: '2027-01-04', amountCents: 40_000 },
      { index: 2, kind: 'instalment', dueDate: '2027-01-11', amountCents: 40_000 },
    ]);
  });

  it('sums exactly, has the right count, no negatives, strictly increasing dates', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 100_000_000 }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom('month' as const, 'week' as const),
        isoDay,
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        (totalCents, count, period, startDate, downShare) => {
          const downPaymentCents = Math.floor(totalCents * downShare);
          fc.pre(count <= totalCents - downPaymentCents);
          const s = buildInstalmentSchedule({ totalCents, count, period, startDate, downPaymentCents });
          expect(s.instalments.reduce((sum, i) => sum + i.amountCents, 0)).toBe(totalCents);
          expect(s.instalments.filter((i) => i.kind === 'instalment')).toHaveLength(count);
          expect(s.instalments.length).toBe(count + (downPaymentCents > 0 ? 1 : 0));
          for (const i of s.instalments) expect(i.amountCents).toBeGreaterThan(0);
          for (let k = 1; k < s.instalments.length; k += 1) {
            expect(s.instalments[k]!.dueDate > s.instalments[k - 1]!.dueDate).toBe(true);
          }
          expect(s.instalments[0]?.dueDate).toBe(startDate);
        },
      ),
    );
  });

  it('refuses impossible plans', () => {
    const base = { totalCents: 1_000, period: 'month' as const, startDate: '2026-01-01' };
    expect(() => buildInstalmentSchedule({ ...base, count: 0 })).toThrow(/between 1 and/);
    expect(() => buildInstalmentSchedule({ ...base, count: 2, downPaymentCents: 1_000 })).toThrow(
      /down payment/,
    );
    expect(() => buildInstalmentSchedule({ ...base, count: 1_001 })).toThrow(/between 1 and 1000/);
    expect(() => buildInstalmentSchedule({ ...base, count: 2, startDate: '2026-02-30' })).toThrow(
      /not a valid date/,
    );
  });
});
