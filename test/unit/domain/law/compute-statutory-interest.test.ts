import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeStatutoryInterest } from '../../../../domain/law/compute-statutory-interest.ts';
import { STATUTORY_INTEREST_TABLE } from '../../../../domain/law/statutory-interest-rates.ts';

describe('computeStatutoryInterest', () => {
  it('computes one period in a leap interest year (182/366 of 12.5%)', () => {
    const r = computeStatutoryInterest({
      principalCents: 1_000_000,
      from: '2024-01-01',
      to: '2024-07-01',
      kind: 'commercial',
    });
    expect(r.periods).toHaveLength(1);
    expect(r.periods[0]).toMatchObject({
      from: '2024-01-01',
      through: '2024-06-30',
      days: 182,
      basisPoints: 1250,
    });
    expect(r.interestCents).toBe(62_158); // 1,000,000 x 0.125 x 182 / 366 = 62,158.47
    expect(r.totalCents).toBe(1_062_158);
  });

  it('splits at a rate change', () => {
    const r = computeStatutoryInterest({
      principalCents: 1_000_000,
      from: '2024-06-01',
      to: '2024-08-01',
      kind: 'commercial',
    });
    expect(r.periods.map((p) => [p.from, p.through, p.days, p.basisPoints, p.interestCents])).toEqual([
      ['2024-06-01', '2024-06-30', 30, 1250, 10_274], // 10,273.97
      ['2024-07-01', '2024-07-31', 31, 1225, 10_404], // 10,404.11
    ]);
    expect(r.interestCents).toBe(20_678);
  });

  it('adds a year of interest to the base after each full year (art. 6:119 lid 2)', () => {
    const r = computeStatutoryInterest({
      principalCents: 1_000_000,
      from: '2023-01-01',
      to: '2024-01-02',
      kind: 'commercial',
    });
    expect(r.periods.map((p) => [p.from, p.days, p.basisPoints, p.baseCents, p.interestCents])).toEqual([
      ['2023-01-01', 181, 1050, 1_000_000, 52_068],
      ['2023-07-01', 184, 1200, 1_000_000, 60_493],
      ['2024-01-01', 1, 1250, 1_112_561, 380], // 1,112,561 x 0.125 / 366 = 379.98
    ]);
    expect(r.interestCents).toBe(112_941); // 52,068 + 60,493 + 380
  });

  it('uses the consumer table for consumers', () => {
    const r = computeStatutoryInterest({
      principalCents: 100_000,
      from: '2025-01-01',
      to: '2025-07-01',
      kind: 'consumer',
    });
    expect(r.periods[0]?.basisPoints).toBe(600);
  });

  it('refuses dates outside the table with a clear error', () => {
    expect(() =>
      computeStatutoryInterest({
        principalCents: 100_000,
        from: '2026-06-01',
        to: '2026-07-02',
        kind: 'commercial',
      }),
    ).toThrow(/known for 2022-01-01 to 2026-06-30.*COLLECTIONS_RATES_FILE/);
    expect(() =>
      computeStatutoryInterest({
        principalCents: 100_000,
        from: '2021-12-31',
        to: '2022-02-01',
        kind: 'consumer',
      }),
    ).toThrow(expect.objectContaining({ code: 'INPUT_INVALID' }));
    expect(() =>
      computeStatutoryInterest({
        principalCents: 100_000,
        from: '2024-02-01',
        to: '2024-01-01',
        kind: 'consumer',
      }),
    ).toThrow(/before/);
    // the last known day itself is fine
    expect(
      computeStatutoryInterest({
        principalCents: 100_000,
        from: '2026-06-30',
        to: '2026-07-01',
        kind: 'consumer',
      }).days,
    ).toBe(1);
  });

  it('periods tile the whole range and interest is never negative', () => {
    const day = fc
      .integer({ min: 0, max: 1642 })
      .map((n) => new Date(Date.UTC(2022, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000_000 }),
        day,
        day,
        fc.boolean(),
        (principalCents, a, b, consumer) => {
          const [from, to] = a <= b ? [a, b] : [b, a];
          const r = computeStatutoryInterest({
            principalCents,
            from,
            to,
            kind: consumer ? 'consumer' : 'commercial',
          });
          expect(r.periods.reduce((s, p) => s + p.days, 0)).toBe(r.days);
          expect(r.interestCents).toBeGreaterThanOrEqual(0);
          expect(r.totalCents).toBe(principalCents + r.interestCents);
        },
      ),
    );
  });

  it('every rate row names a source', () => {
    for (const row of STATUTORY_INTEREST_TABLE.rates) expect(row.source.length).toBeGreaterThan(10);
  });
});
