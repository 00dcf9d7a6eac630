import { describe, expect, it } from 'vitest';
import { computeStatutoryInterest } from '../../../../domain/law/compute-statutory-interest.ts';
import { parseStatutoryInterestRates } from '../../../../domain/law/parse-statutory-interest-rates.ts';
import { STATUTORY_INTEREST_TABLE } from '../../../../domain/law/statutory-interest-rates.ts';
import { knownUntilOf } from '../../../../domain/law/statutory-interest-table.ts';

const later = (periods: unknown[]) =>
  parseStatutoryInterestRates({
    data: { periods },
    origin: 'rates.json',
    continues: STATUTORY_INTEREST_TABLE,
  });

const period = (extra: Record<string, unknown>) => ({
  kind: 'commercial',
  from: '2026-07-01',
  through: '2026-12-31',
  rate: '9.9',
  source: 'test fixture, not a published rate',
  ...extra,
});

describe('parseStatutoryInterestRates', () => {
  it('the built-in table tiles each kind without gaps through 2026-06-30, every period with a source', () => {
    expect(knownUntilOf(STATUTORY_INTEREST_TABLE, 'commercial')).toBe('2026-06-30');
    expect(knownUntilOf(STATUTORY_INTEREST_TABLE, 'consumer')).toBe('2026-06-30');
    for (const row of STATUTORY_INTEREST_TABLE.rates) expect(row.source.length).toBeGreaterThan(10);
  });

  it('holds the periods since 2025-07-01: ECB main refinancing rate 2.15% + 8, and the decree rates', () => {
    const rate = (kind: 'consumer' | 'commercial', day: string) =>
      STATUTORY_INTEREST_TABLE.rates.find((r) => r.kind === kind && r.from <= day && day <= r.through)
        ?.basisPoints;
    expect(rate('commercial', '2025-07-01')).toBe(1015);
    expect(rate('commercial', '2026-06-30')).toBe(1015);
    expect(rate('consumer', '2025-12-31')).toBe(600);
    expect(rate('consumer', '2026-01-01')).toBe(400);
    // EUR 10,000 for the 184 days of the second half of 2025 at 10.15%: 10,000 x 0.1015 x 184/365.
    const r = computeStatutoryInterest({
      principalCents: 1_000_000,
      from: '2025-07-01',
      to: '2026-01-01',
      kind: 'commercial',
    });
    expect(r.interestCents).toBe(51_167);
  });

  it("adds a company's later periods that start the day after the known ones", () => {
    const table = later([period({}), period({ kind: 'consumer', rate: '4' })]);
    expect(knownUntilOf(table, 'commercial')).toBe('2026-12-31');
    expect(table.origins).toEqual(['domain/law/statutory-interest-rates.json', 'rates.json']);
    const r = computeStatutoryInterest({
      principalCents: 1_000_000,
      from: '2026-06-30',
      to: '2026-07-02',
      kind: 'commercial',
      table,
    });
    expect(r.periods.map((p) => p.basisPoints)).toEqual([1015, 990]);
  });

  it('refuses a gap, an overlap, a rate that is not a decimal string, an impossible day, naming the entry', () => {
    expect(() => later([period({ from: '2026-08-01' })])).toThrow(
      /rates\.json, entry 1 of "periods" \(commercial from 2026-08-01\): there is a gap.*must start on 2026-07-01/,
    );
    expect(() => later([period({}), period({ from: '2026-12-01', through: '2027-06-30' })])).toThrow(
      /entry 2 of "periods".*overlaps the commercial period that runs through 2026-12-31/,
    );
    expect(() => later([period({ rate: 9.9 })])).toThrow(
      /entry 1 of "periods" \(rate\): expected the yearly rate/,
    );
    expect(() => later([period({ rate: '9,90' })])).toThrow(/decimal string/);
    expect(() => later([period({ through: '2026-02-30' })])).toThrow(/not a day of the calendar/);
    expect(() => later([period({ through: '2026-06-01' })])).toThrow(/"through" 2026-06-01 is before "from"/);
    expect(() => later([period({ source: '' })])).toThrow(/\(source\): name where the rate comes from/);
    expect(() => later([])).toThrow(/give at least one period/);
    expect(() => later([period({ kind: 'b2b' })])).toThrow(/entry 1 of "periods" \(kind\)/);
  });
});
