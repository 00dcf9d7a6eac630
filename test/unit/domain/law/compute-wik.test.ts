import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCollectionCostsReport } from '../../../../domain/law/compute-collection-costs-report.ts';
import { computeWik, WIK_MAXIMUM_CENTS, WIK_MINIMUM_CENTS } from '../../../../domain/law/compute-wik.ts';

// Expected values worked out by hand from the Besluit (art. 2), tranche by tranche.
const BOUNDARIES: readonly [principalEuros: string, principalCents: number, wikCents: number][] = [
  ['0.01', 1, 4_000],
  ['100', 10_000, 4_000],
  ['266.66', 26_666, 4_000], // 15% = 39.999 -> minimum 40
  ['266.67', 26_667, 4_000], // 15% = 40.0005 -> 40.00
  ['266.70', 26_670, 4_001], // 40.005 rounds half up
  ['300', 30_000, 4_500],
  ['2500', 250_000, 37_500],
  ['2500.01', 250_001, 37_500], // + 10% of 0.01 = 0.001
  ['2500.10', 250_010, 37_501],
  ['5000', 500_000, 62_500],
  ['5000.20', 500_020, 62_501], // + 5% of 0.20
  ['10000', 1_000_000, 87_500],
  ['10001', 1_000_100, 87_501], // + 1% of 1.00
  ['200000', 20_000_000, 277_500],
  ['200002', 20_000_200, 277_501], // + 0.5% of 2.00
  ['900000', 90_000_000, 627_500],
  ['1000000', 100_000_000, 677_500], // exactly reaches the maximum
  ['5000000', 500_000_000, 677_500],
];

describe('computeWik', () => {
  it.each(BOUNDARIES)('principal EUR %s -> WIK per the scale', (_label, principalCents, wikCents) => {
    const result = computeWik({ principalCents });
    expect(result.wikCents).toBe(wikCents);
    expect(result.vatCents).toBe(0);
    expect(result.costsCents).toBe(wikCents);
  });

  it('adds 21% VAT on the costs when asked, rounded half up', () => {
    expect(computeWik({ principalCents: 250_000, vat: true })).toMatchObject({
      wikCents: 37_500,
      vatCents: 7_875,
      costsCents: 45_375,
    });
    // 40.00 * 21% = 8.40
    expect(computeWik({ principalCents: 100, vat: true }).vatCents).toBe(840);
    // custom rate: 9% of 375 = 33.75
    expect(computeWik({ principalCents: 250_000, vat: { rateBasisPoints: 900 } }).vatCents).toBe(3_375);
  });

  it('refuses a principal of zero, negative or fractional cents', () => {
    for (const principalCents of [0, -100, 10.5]) {
      expect(() => computeWik({ principalCents })).toThrow(
        expect.objectContaining({ code: 'INPUT_INVALID' }),
      );
    }
  });

  it('stays between minimum and maximum and never decreases as the principal grows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (p, delta) => {
          const a = computeWik({ principalCents: p }).wikCents;
          const b = computeWik({ principalCents: p + delta }).wikCents;
          expect(a).toBeGreaterThanOrEqual(WIK_MINIMUM_CENTS);
          expect(a).toBeLessThanOrEqual(WIK_MAXIMUM_CENTS);
          expect(b).toBeGreaterThanOrEqual(a);
        },
      ),
    );
  });
});

describe('computeCollectionCostsReport', () => {
  it('reports euros and a total that is principal + wik + vat', () => {
    expect(computeCollectionCostsReport({ principalCents: 250_000, vat: true })).toEqual({
      principal: 2500,
      wik: 375,
      vat: 78.75,
      total: 2953.75,
    });
    expect(computeCollectionCostsReport({ principalCents: 125_050 })).toEqual({
      principal: 1250.5,
      wik: 187.58, // 15% of 1250.50 = 187.575 -> half up
      vat: 0,
      total: 1438.08,
    });
  });

  it('total always adds up the listed fields to the cent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000_000 }), fc.boolean(), (principalCents, vat) => {
        const r = computeCollectionCostsReport({ principalCents, vat });
        expect(Math.round(r.total * 100)).toBe(
          Math.round(r.principal * 100) + Math.round(r.wik * 100) + Math.round(r.vat * 100),
        );
        // never more than two decimals when printed
        for (const value of Object.values(r)) expect(String(value)).toMatch(/^\d+(\.\d{1,2})?$/);
      }),
    );
  });
});
