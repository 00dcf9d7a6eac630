import { addDays } from '../model/iso-date.ts';
import type { InstalmentSchedule, PlanPeriod } from './build-instalment-schedule.ts';

/** What the Change form of a plan shows before anyone types: Slack's modal and the console's form alike. */
export interface PlanChangeValues {
  readonly totalCents: number;
  readonly count: number;
  readonly period: PlanPeriod;
  /** The first due date (the down payment's, when there is one). */
  readonly startDate: string;
  readonly downPaymentCents: number;
}

/**
 * The proposal's schedule as the Change form starts from it: its instalments, period, first due
 * date and down payment; a schedule without dates starts a week from today.
 */
export function prefillPlanChange({
  schedule,
  today,
}: {
  schedule: InstalmentSchedule;
  today: string;
}): PlanChangeValues {
  return {
    totalCents: schedule.totalCents,
    count: schedule.count,
    period: schedule.period,
    startDate: schedule.instalments[0]?.dueDate ?? addDays(today, 7),
    downPaymentCents: schedule.downPaymentCents,
  };
}
