import { addDays, type IsoDate } from '../../domain/model/iso-date.ts';
import { buildInstalmentSchedule, type PlanPeriod } from '../../domain/plans/build-instalment-schedule.ts';
import { evaluatePlanRequest, type PlanHistory } from '../../domain/plans/evaluate-plan-request.ts';
import type { CollectionsPolicy } from '../../domain/policy/collections-policy.ts';

export interface PlanOption {
  readonly count: number;
  readonly period: PlanPeriod;
  readonly startDate: IsoDate;
  /** The largest instalment (odd cents go to the first ones). */
  readonly amountCents: number;
  readonly instalments: readonly { readonly dueDate: IsoDate; readonly amountCents: number }[];
  /** True when finance must approve (outside what the policy auto-approves). */
  readonly needsApproval: boolean;
}

/**
 * The plans the chat offers: what the debtor asked for, the policy default and a few neighbours,
 * each checked by the same policy evaluation the pipeline uses. Plans that break a hard limit
 * (too long, instalments too small) are not offered at all; the ones finance must approve are
 * offered as such. Few options, fewest instalments first.
 */
export function buildPlanOptions({
  totalCents,
  requestedCount,
  period,
  today,
  history,
  policy,
  max = 4,
}: {
  totalCents: number;
  requestedCount: number | null;
  period: PlanPeriod;
  today: IsoDate;
  history: PlanHistory;
  policy: CollectionsPolicy;
  max?: number;
}): PlanOption[] {
  if (totalCents <= 0) return [];
  const startDate = addDays(today, policy.plans.firstInstalmentAfterDays);
  const counts = [requestedCount, policy.plans.defaultInstalments, 2, 3, 4, 6]
    .filter((n): n is number => n !== null && n >= 2 && n <= totalCents)
    .filter((n, i, all) => all.indexOf(n) === i)
    .sort((a, b) => a - b);
  const options: PlanOption[] = [];
  for (const count of counts) {
    const schedule = buildInstalmentSchedule({ totalCents, count, period, startDate });
    const evaluation = evaluatePlanRequest({ schedule, today, history, policy });
    if (evaluation.kind === 'rejected') continue;
    options.push({
      count,
      period,
      startDate,
      amountCents: Math.max(...schedule.instalments.map((i) => i.amountCents)),
      instalments: schedule.instalments.map((i) => ({ dueDate: i.dueDate, amountCents: i.amountCents })),
      needsApproval: evaluation.kind === 'needs_approval',
    });
  }
  return options.slice(0, max);
}
