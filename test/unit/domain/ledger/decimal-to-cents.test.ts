import { describe, expect, it } from 'vitest';
import { decimalToCents } from '../../../../domain/ledger/decimal-to-cents.ts';

describe('decimalToCents', () => {
  it.each([
    [1210.29, 121029],
    [0.29, 29],
    [-100.1, -10010],
    [19.99, 1999],
    ['12500.00', 1250000],
    ['-0.004', 0],
    [12.345, 1235],
    [-12.345, -1235],
    [0.005, 1],
    [1e-7, 0],
    [1.5e3, 150000],
    ['3', 300],
    [0, 0],
  ])('%s is %i cents', (value, cents) => {
    expect(decimalToCents(value)).toBe(cents);
  });

  it('agrees with a float that would drift, for every cent up to 100 euros', () => {
    for (let cents = 0; cents <= 10_000; cents += 1) {
      const value = Number(`${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`);
      expect(decimalToCents(value)).toBe(cents);
    }
  });

  it.each(['12,50', 'abc', '', '1.2.3'])('refuses %j', (text) => {
    expect(() => decimalToCents(text)).toThrow(/is not an amount/);
  });
  it('refuses a non-finite number', () => {
    expect(() => decimalToCents(Number.NaN)).toThrow(/is not an amount/);
  });
});
