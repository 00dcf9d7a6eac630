import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideLetterApproval } from '../../../../domain/dunning/decide-letter-approval.ts';

const step = (approval: string | undefined, handover = false) => ({ label: 'Aanmaning', approval, handover });

describe('decideLetterApproval', () => {
  it.each([
    // approval, stepIndex, handover, principalCents, required
    ['always', 0, false, 1, true],
    ['always', 3, false, 1_000_000, true],
    ['never', 0, false, 1_000_000, false],
    ['never', 2, false, 1_000_000, false],
    // the policy's explicit word stands for a hand-over too
    ['never', 5, true, 1_000_000, false],
    ['above 100', 2, false, 10_000, false],
    ['above 100', 2, false, 10_001, true],
    ['above 100', 2, false, 9_999, false],
    ['above 0', 1, false, 1, true],
    ['above 0', 1, false, 0, false],
    // left out: as before the setting existed
    [undefined, 0, false, 1_000_000, false],
    [undefined, 1, false, 1, true],
    [undefined, 0, true, 1, true],
  ] as const)(
    '%s at step %i (hand-over %s) for %i cents: approval %s',
    (approval, stepIndex, handover, principalCents, required) => {
      expect(
        decideLetterApproval({ step: step(approval, handover), stepIndex, principalCents }).required,
      ).toBe(required);
    },
  );

  it('under "above", exactly the amount goes out by itself and one cent more waits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 10 }),
        (euros, cents, stepIndex) => {
          const limit = euros * 100 + cents;
          const text = `above ${euros},${String(cents).padStart(2, '0')}`;
          const at = (principalCents: number) =>
            decideLetterApproval({ step: step(text), stepIndex, principalCents }).required;
          expect(at(limit)).toBe(false);
          expect(at(limit + 1)).toBe(true);
          if (limit > 0) expect(at(limit - 1)).toBe(false);
        },
      ),
    );
  });

  it('is monotone in the amount under "above": a larger letter never needs less approval', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.nat(10_000_000),
        fc.nat(10_000_000),
        (euros, a, b) => {
          const needs = (principalCents: number) =>
            decideLetterApproval({ step: step(`above ${euros}`), stepIndex: 1, principalCents }).required;
          const [small, large] = a <= b ? [a, b] : [b, a];
          if (needs(small)) expect(needs(large)).toBe(true);
        },
      ),
    );
  });

  it('says which rule decided and the amounts, in words for staff', () => {
    expect(decideLetterApproval({ step: step('above 100'), stepIndex: 2, principalCents: 25_000 })).toEqual({
      required: true,
      rule: 'above €100.00',
      reason: 'the policy\'s approval for Aanmaning is "above €100.00" and this letter is about €250.00.',
    });
    expect(decideLetterApproval({ step: step(undefined), stepIndex: 1, principalCents: 1 }).reason).toBe(
      "every step after the first reminder needs a person's approval.",
    );
  });

  it('never lets a value that does not read go out unapproved', () => {
    expect(decideLetterApproval({ step: step('nevr'), stepIndex: 0, principalCents: 1 }).required).toBe(true);
  });
});
