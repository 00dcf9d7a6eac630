import type { IsoDate } from '../model/iso-date.ts';
import {
  computePromiseKeptRate,
  type PromiseKeptRate,
  type PromiseKeptRateInput,
  type PromiseRecord,
} from './compute-promise-kept-rate.ts';

export interface PromiseMonth extends Omit<PromiseKeptRate, 'rule'> {
  /** The month the promised date falls in, "YYYY-MM". */
  readonly month: string;
}

export interface PromiseSummary extends PromiseKeptRate {
  readonly asOf: IsoDate;
  /** Per month of the promised date, oldest first; only months with a promise. */
  readonly months: readonly PromiseMonth[];
}

/**
 * The promise-kept rate overall and per month of the promised date, by computePromiseKeptRate's
 * rule (the policy's grace); a promise whose grace still runs at `asOf` is pending, not broken.
 */
export function summarizePromises({
  promises,
  asOf,
  graceBusinessDays,
}: PromiseKeptRateInput): PromiseSummary {
  const byMonth = new Map<string, PromiseRecord[]>();
  for (const promise of promises) {
    const month = promise.promisedDate.slice(0, 7);
    const list = byMonth.get(month);
    if (list) list.push(promise);
    else byMonth.set(month, [promise]);
  }
  const months = [...byMonth.keys()].sort().map((month) => {
    const { rule: _rule, ...rate } = computePromiseKeptRate({
      promises: byMonth.get(month)!,
      asOf,
      graceBusinessDays,
    });
    return { month, ...rate };
  });
  return { asOf, ...computePromiseKeptRate({ promises, asOf, graceBusinessDays }), months };
}
