import { addBusinessDays } from '../calendar/add-business-days.ts';
import type { IsoDate } from '../model/iso-date.ts';

export interface PromiseRecord {
  readonly promisedDate: IsoDate;
  /** The day the promised payment arrived in full; null if it has not. */
  readonly paidOn: IsoDate | null;
}

export interface PromiseKeptRate {
  readonly kept: number;
  readonly broken: number;
  /** Not yet decided: the date plus grace has not passed and nothing arrived. */
  readonly pending: number;
  /** kept / (kept + broken), 0..1; null when no promise has been decided yet. */
  readonly rate: number | null;
  readonly rule: string;
}

/** The promises to count, the day they are counted on, and the policy's grace. */
export interface PromiseKeptRateInput {
  readonly promises: readonly PromiseRecord[];
  readonly asOf: IsoDate;
  readonly graceBusinessDays: number;
}

/** Share of decided promises that were kept, with the same grace the policy gives before resuming reminders. */
export function computePromiseKeptRate({
  promises,
  asOf,
  graceBusinessDays,
}: PromiseKeptRateInput): PromiseKeptRate {
  let kept = 0;
  let broken = 0;
  let pending = 0;
  for (const promise of promises) {
    const deadline = addBusinessDays(promise.promisedDate, graceBusinessDays);
    if (promise.paidOn !== null && promise.paidOn <= deadline) kept += 1;
    else if (promise.paidOn !== null || asOf > deadline) broken += 1;
    else pending += 1;
  }
  return {
    kept,
    broken,
    pending,
    rate: kept + broken === 0 ? null : kept / (kept + broken),
    rule: `kept = paid in full within ${graceBusinessDays} business days after the promised date`,
  };
}
