import { addMonths } from '../calendar/add-months.ts';
import { AppError } from '../errors/app-error.ts';
import { addDays, assertIsoDate, type IsoDate } from '../model/iso-date.ts';
import { splitCents } from '../money.ts';

export type PlanPeriod = 'month' | 'week';

export interface Instalment {
  /** 0-based position in the schedule; the down payment, if any, is 0. */
  readonly index: number;
  readonly kind: 'down_payment' | 'instalment';
  readonly dueDate: IsoDate;
  readonly amountCents: number;
}

export interface InstalmentSchedule {
  readonly totalCents: number;
  readonly downPaymentCents: number;
  /** Number of regular instalments, not counting the down payment. */
  readonly count: number;
  readonly period: PlanPeriod;
  readonly instalments: readonly Instalment[];
}

/**
 * A payment plan's schedule. The down payment (if any) is due on `startDate` and the regular
 * instalments follow one period apart; without a down payment the first instalment is due on
 * `startDate`. Monthly dates are computed from the start date each time (not chained), so a plan
 * starting on 31 January is due on 28/29 February and back on 31 March. Amounts add up to the
 * total exactly; odd cents go to the first instalments.
 *
 * Impossible input (no instalments, a down payment of the whole amount, more instalments than
 * cents) is a programming error, so it throws; whether a plan is acceptable is
 * evaluatePlanRequest's question.
 */
export function buildInstalmentSchedule({
  totalCents,
  count,
  period,
  startDate,
  downPaymentCents = 0,
}: {
  totalCents: number;
  count: number;
  period: PlanPeriod;
  startDate: IsoDate;
  downPaymentCents?: number;
}): InstalmentSchedule {
  assertIsoDate(startDate, 'startDate');
  if (!Number.isSafeInteger(totalCents) || totalCents <= 0) {
    throw new AppError(
      'INPUT_INVALID',
      `A payment plan needs a positive total in whole cents, got ${totalCents}.`,
    );
  }
  if (!Number.isSafeInteger(downPaymentCents) || downPaymentCents < 0 || downPaymentCents >= totalCents) {
    throw new AppError(
      'INPUT_INVALID',
      `A down payment must be whole cents from 0 up to less than the total (${totalCents}), got ${downPaymentCents}.`,
    );
  }
  const rest = totalCents - downPaymentCents;
  if (!Number.isSafeInteger(count) || count < 1 || count > rest) {
    throw new AppError(
      'INPUT_INVALID',
      `A plan for ${rest} cents needs between 1 and ${rest} instalments, got ${count}.`,
    );
  }
  const offset = downPaymentCents > 0 ? 1 : 0;
  const dateAt = (step: number): IsoDate =>
    period === 'month' ? addMonths(startDate, step) : addDays(startDate, 7 * step);
  const instalments: Instalment[] = [];
  if (downPaymentCents > 0)
    instalments.push({ index: 0, kind: 'down_payment', dueDate: startDate, amountCents: downPaymentCents });
  for (const [i, amountCents] of splitCents(rest, count).entries()) {
    instalments.push({ index: i + offset, kind: 'instalment', dueDate: dateAt(i + offset), amountCents });
  }
  return { totalCents, downPaymentCents, count, period, instalments };
}
