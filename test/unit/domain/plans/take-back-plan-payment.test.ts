import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPlanPayment } from '../../../../domain/plans/apply-plan-payment.ts';
import type { TrackedInstalment } from '../../../../domain/plans/detect-plan-breach.ts';
import { takeBackPlanPayment } from '../../../../domain/plans/take-back-plan-payment.ts';
import { fixtureTrackedInstalments } from '../../../support/fixture-tracked-instalments.ts';

const schedule = fixtureTrackedInstalments;

describe('takeBackPlanPayment', () => {
  it('takes a reversed payment off the latest paid instalment first and names those unpaid again', () => {
    const result = takeBackPlanPayment({
      instalments: schedule([30_000, 30_000, 5_000]),
      paymentCents: 20_000,
    });
    expect(result.instalments.map((i) => i.paidCents)).toEqual([30_000, 15_000, 0]);
    expect(result.takenCents).toBe(20_000);
    expect(result.unpaidAgain).toEqual([1]);
  });

  it('takes back no more than the instalments hold', () => {
    const result = takeBackPlanPayment({ instalments: schedule([10_000]), paymentCents: 25_000 });
    expect(result.instalments.map((i) => i.paidCents)).toEqual([0, 0, 0]);
    expect(result.takenCents).toBe(10_000);
    expect(result.unpaidAgain).toEqual([]);
  });

  it('refuses a payment that is not a positive whole number of cents', () => {
    expect(() => takeBackPlanPayment({ instalments: schedule([]), paymentCents: 0 })).toThrow(/positive/);
  });

  it('undoes any one of several payments: the plan holds what the others alone would have paid', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 40_000 }), { minLength: 1, maxLength: 5 }),
        fc.nat(),
        (payments, pick) => {
          const undone = pick % payments.length;
          const pay = (amounts: readonly number[]) =>
            amounts.reduce<readonly TrackedInstalment[]>(
              (instalments, paymentCents) => applyPlanPayment({ instalments, paymentCents }).instalments,
              schedule([]),
            );
          const all = pay(payments);
          const back = takeBackPlanPayment({ instalments: all, paymentCents: payments[undone]! });
          const held = all.reduce((sum, i) => sum + i.paidCents, 0);
          const others = payments.filter((_, k) => k !== undone);
          // What the payment applied comes off (an overpayment beyond the plan applied nothing).
          expect(back.takenCents).toBe(Math.min(payments[undone]!, held));
          if (others.reduce((a, b) => a + b, 0) + payments[undone]! <= 90_000) {
            expect(back.instalments).toEqual(pay(others));
          }
        },
      ),
    );
  });
});
