import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capSmallClaimCosts } from '../../../../domain/law/cap-small-claim-costs.ts';
import { computeWik } from '../../../../domain/law/compute-wik.ts';

const claim = (id: string, principalCents: number) => ({ id, principalCents });
const capped = (
  invoices: { id: string; principalCents: number }[],
  earlier: { invoiceIds: string[]; on: string; costsCents: number }[],
  today: string,
  vat = false,
) =>
  capSmallClaimCosts({
    wik: computeWik({ principalCents: invoices.reduce((s, i) => s + i.principalCents, 0), vat }),
    invoices,
    earlier,
    today,
  });

describe('capSmallClaimCosts: EUR 140 per six months for recurring claims under EUR 266.67', () => {
  it('a monthly subscription of EUR 25 left unpaid: EUR 40 a letter until EUR 140 in six months is reached', () => {
    const letters = [
      { invoiceIds: ['jan'], on: '2026-02-16', costsCents: 4_000 },
      { invoiceIds: ['feb'], on: '2026-03-16', costsCents: 4_000 },
      { invoiceIds: ['mar'], on: '2026-04-15', costsCents: 4_000 },
    ];
    // The fourth letter in six months: 140 - 120 leaves EUR 20.
    const fourth = capped([claim('apr', 2_500)], letters, '2026-05-15');
    expect(fourth).toMatchObject({
      wikCents: 2_000,
      costsCents: 2_000,
      smallClaimCap: { earlierCents: 12_000, uncappedCents: 4_000, windowFrom: '2025-11-15' },
    });
    // A fifth while the EUR 140 is used up: nothing more.
    const fifth = capped(
      [claim('may', 2_500)],
      [...letters, { invoiceIds: ['apr'], on: '2026-05-15', costsCents: 2_000 }],
      '2026-06-15',
    );
    expect(fifth.wikCents).toBe(0);
    // Six months after the first letter it no longer counts: room for EUR 40 again (140 - 80 - 20 = 40).
    const later = capped(
      [claim('jul', 2_500)],
      [...letters, { invoiceIds: ['apr'], on: '2026-05-15', costsCents: 2_000 }],
      '2026-08-17',
    );
    expect(later).toMatchObject({ wikCents: 4_000, smallClaimCap: null });
  });

  it('one letter for several small claims is capped at EUR 140 itself (6 x EUR 200: the scale gives 180)', () => {
    const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => claim(id, 20_000));
    expect(computeWik({ principalCents: 120_000 }).wikCents).toBe(18_000);
    expect(capped(six, [], '2026-03-02')).toMatchObject({ wikCents: 14_000, costsCents: 14_000 });
  });

  it('does not apply to a claim of EUR 266.67 or more, nor before 2024-10-01', () => {
    const earlier = [{ invoiceIds: ['x'], on: '2024-12-01', costsCents: 14_000 }];
    expect(capped([claim('big', 26_667)], earlier, '2025-01-06')).toMatchObject({
      wikCents: 4_000,
      smallClaimCap: null,
    });
    expect(capped([claim('small', 26_666)], earlier, '2025-01-06').wikCents).toBe(0);
    const before = [{ invoiceIds: ['x'], on: '2024-08-01', costsCents: 14_000 }];
    expect(capped([claim('small', 10_000)], before, '2024-09-30').wikCents).toBe(4_000);
    // Costs stated before the cap took effect do not count towards it.
    expect(capped([claim('small', 10_000)], before, '2024-10-01').wikCents).toBe(4_000);
  });

  it('costs restated for the same invoice (the hand-over after the 14-day letter) are one charge', () => {
    const earlier = [
      { invoiceIds: ['a'], on: '2026-01-05', costsCents: 4_000 },
      { invoiceIds: ['b'], on: '2026-01-06', costsCents: 4_000 },
      { invoiceIds: ['c'], on: '2026-01-07', costsCents: 4_000 },
    ];
    expect(capped([claim('a', 10_000)], earlier, '2026-02-02').wikCents).toBe(4_000);
    expect(capped([claim('d', 10_000)], earlier, '2026-02-02').wikCents).toBe(2_000);
  });

  it('the VAT increase follows the capped amount', () => {
    const earlier = [{ invoiceIds: ['a'], on: '2026-01-05', costsCents: 12_000 }];
    expect(capped([claim('b', 10_000)], earlier, '2026-02-02', true)).toMatchObject({
      wikCents: 2_000,
      vatCents: 420,
      costsCents: 2_420,
    });
  });

  it('never charges more than the scale, and small claims never more than EUR 140 in any six months', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 60_000 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 14_000 }), { maxLength: 4 }),
        (principals, earlierCents) => {
          const invoices = principals.map((cents, i) => claim(`n${i}`, cents));
          const earlier = earlierCents.map((costsCents, i) => ({
            invoiceIds: [`e${i}`],
            on: '2026-03-01',
            costsCents,
          }));
          const result = capped(invoices, earlier, '2026-04-01');
          const scale = computeWik({ principalCents: principals.reduce((s, c) => s + c, 0) }).wikCents;
          expect(result.wikCents).toBeLessThanOrEqual(scale);
          expect(result.wikCents).toBeGreaterThanOrEqual(0);
          const prior = earlierCents.reduce((s, c) => s + c, 0);
          if (principals.every((cents) => cents < 26_667))
            expect(result.wikCents).toBe(Math.min(scale, Math.max(0, 14_000 - prior)));
          else expect(result.wikCents).toBe(scale);
        },
      ),
    );
  });
});
