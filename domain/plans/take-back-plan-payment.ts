import { AppError } from '../errors/app-error.ts';
import type { TrackedInstalment } from './detect-plan-breach.ts';

export interface PlanPaymentTakenBack {
  readonly instalments: readonly TrackedInstalment[];
  /** What came off the instalments: the payment, or less when they held less. */
  readonly takenCents: number;
  /** The instalments (by index) that were paid in full and are not any more. */
  readonly unpaidAgain: readonly number[];
}

/**
 * The inverse of applyPlanPayment, for a payment the bank took back (a reversal or a SEPA
 * return): what it paid comes off the instalments, latest due date first. Payments fill
 * instalments oldest first, so what a plan holds depends only on the total paid; taking the
 * amount off the newest end leaves exactly what the other payments would have paid. Returns new
 * instalments; the input is not changed.
 */
export function takeBackPlanPayment({
  instalments,
  paymentCents,
}: {
  instalments: readonly TrackedInstalment[];
  paymentCents: number;
}): PlanPaymentTakenBack {
  if (!Number.isSafeInteger(paymentCents) || paymentCents <= 0) {
    throw new AppError(
      'INPUT_INVALID',
      `A payment taken back must be a positive whole number of cents, got ${paymentCents}.`,
    );
  }
  let left = paymentCents;
  const newestFirst = [...instalments].sort(
    (a, b) => b.dueDate.localeCompare(a.dueDate) || b.index - a.index,
  );
  const paid = new Map<number, number>();
  for (const instalment of newestFirst) {
    const take = Math.min(left, Math.max(0, instalment.paidCents));
    paid.set(instalment.index, instalment.paidCents - take);
    left -= take;
  }
  const next = instalments.map((i) => ({ ...i, paidCents: paid.get(i.index) ?? i.paidCents }));
  return {
    instalments: next,
    takenCents: paymentCents - left,
    unpaidAgain: next
      .filter(
        (after, k) => instalments[k]!.paidCents >= after.amountCents && after.paidCents < after.amountCents,
      )
      .map((i) => i.index),
  };
}
