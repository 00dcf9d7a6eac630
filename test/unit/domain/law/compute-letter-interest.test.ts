import { describe, expect, it } from 'vitest';
import { computeLetterInterest } from '../../../../domain/law/compute-letter-interest.ts';
import { computeStatutoryInterest } from '../../../../domain/law/compute-statutory-interest.ts';

describe('computeLetterInterest', () => {
  it('counts each invoice from the day after its due date up to the letter date, with the rate of the day', () => {
    const result = computeLetterInterest({
      invoices: [
        { number: 'F-1', openCents: 1_000_000, dueDate: '2025-06-30' },
        { number: 'F-2', openCents: 250_000, dueDate: '2026-03-31' },
      ],
      kind: 'commercial',
      letterDate: '2026-05-01',
    });
    // F-1: 2025-07-01 up to 2026-05-01 (304 days at 10.15%): 10,000 x 0.1015 x 304/365 = 845.37.
    expect(result.invoices[0]).toMatchObject({ from: '2025-07-01', interestCents: 84_537 });
    // F-2: 2026-04-01 up to 2026-05-01 (30 days): 2,500 x 0.1015 x 30/365 = 20.86.
    expect(result.invoices[1]).toMatchObject({ from: '2026-04-01', interestCents: 2_086 });
    expect(result.totalCents).toBe(84_537 + 2_086);
    expect(result.basisPoints).toBe(1015);
    expect(result.upTo).toBe('2026-05-01');
    const direct = computeStatutoryInterest({
      principalCents: 1_000_000,
      from: '2025-07-01',
      to: '2026-05-01',
      kind: 'commercial',
    });
    expect(result.invoices[0]?.interestCents).toBe(direct.interestCents);
  });

  it('is nothing on the first day of default, and refuses a letter date past the known rates', () => {
    expect(
      computeLetterInterest({
        invoices: [{ number: 'F-1', openCents: 10_000, dueDate: '2026-04-30' }],
        kind: 'commercial',
        letterDate: '2026-05-01',
      }).totalCents,
    ).toBe(0);
    expect(() =>
      computeLetterInterest({
        invoices: [{ number: 'F-1', openCents: 10_000, dueDate: '2026-04-30' }],
        kind: 'commercial',
        letterDate: '2026-11-23',
      }),
    ).toThrow(/COLLECTIONS_RATES_FILE/);
  });
});
