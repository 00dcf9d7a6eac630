import { AppError } from '../errors/app-error.ts';
import type { TrackedInstalment } from './detect-plan-breach.ts';

export interface PlanPaymentResult {
  readonly instalments: readonly TrackedInstalment[];
  readonly appliedCents: number;
  /** What is left after every instalment is paid: an overpayment for a person to refund or apply. */
  readonly leftoverCents: number;
}

/**
 * Applies a received payment to a plan's instalments, oldest due date first, as a debtor
 * expects ("I paid the missed one"). Returns new instalments; the input is not changed.
 */
export function applyPlanPayment({
  instalments,
  paymentCents,
}: {
  instalments: readonly TrackedInstalment[];
  paymentCents: number;
}): PlanPaymentResult {
  if (!Number.isSafeInteger(paymentCents) || paymentCents <= 0) {
    throw new AppError(
      'INPUT_INVALID',
      `A payment must be a positive whole number of cents, got ${paymentCents}.`,
    );
  }
  let left = paymentCents;
  const ordered = [...instalments].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.index - b.index);
  const paid = new Map<number, number>();
  for (const instalment of ordered) {
    const take = Math.min(left, Math.max(0, instalment.amountCents - instalment.paidCents));
    paid.set(instalment.index, instalment.paidCents + take);
    left -= take;
  }
  return {
    instalments: instalments.map((i) => ({ ...i, paidCents: paid.get(i.index) ?? i.paidCents })),
    appliedCents: paymentCents - left,
    leftoverCents: left,
  };
}
