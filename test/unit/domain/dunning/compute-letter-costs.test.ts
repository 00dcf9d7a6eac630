import { describe, expect, it } from 'vitest';
import { computeLetterCosts } from '../../../../domain/dunning/compute-letter-costs.ts';

const invoices = [
  { id: 'a', openCents: 6_000 },
  { id: 'b', openCents: 4_000 },
];

describe('computeLetterCosts', () => {
  it('states no costs for a step that neither states costs nor hands over', () => {
    expect(
      computeLetterCosts({
        step: { statesCosts: false, handover: false },
        invoices,
        earlier: [],
        today: '2026-12-01',
      }),
    ).toBeNull();
  });

  it('applies the WIK scale to the letter’s principal (the EUR 40 minimum here)', () => {
    const costs = computeLetterCosts({
      step: { statesCosts: true, handover: false },
      invoices,
      earlier: [],
      today: '2026-12-01',
    });
    expect(costs).toMatchObject({ principalCents: 10_000, wikCents: 4_000, smallClaimCap: null });
  });

  it('caps a hand-over of small claims by what other letters stated in the last six months', () => {
    const costs = computeLetterCosts({
      step: { statesCosts: false, handover: true },
      invoices,
      earlier: [{ invoiceIds: ['other'], on: '2026-10-01', costsCents: 12_000 }],
      today: '2026-12-01',
    });
    expect(costs).toMatchObject({
      wikCents: 2_000,
      smallClaimCap: { earlierCents: 12_000, uncappedCents: 4_000 },
    });
  });
});
