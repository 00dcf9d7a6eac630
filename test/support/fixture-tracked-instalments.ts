import { buildInstalmentSchedule } from '../../domain/plans/build-instalment-schedule.ts';
import type { TrackedInstalment } from '../../domain/plans/detect-plan-breach.ts';

/** A plan of €900.00 in three monthly instalments from 2026-10-01, with `paid[k]` paid on the k-th. */
export function fixtureTrackedInstalments(paid: readonly number[]): TrackedInstalment[] {
  return buildInstalmentSchedule({
    totalCents: 90_000,
    count: 3,
    period: 'month',
    startDate: '2026-10-01',
  }).instalments.map((i, k) => ({
    index: i.index,
    dueDate: i.dueDate,
    amountCents: i.amountCents,
    paidCents: paid[k] ?? 0,
  }));
}
