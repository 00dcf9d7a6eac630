import { addMonths } from '../calendar/add-months.ts';
import type { IsoDate } from '../model/iso-date.ts';
import type { CollectionsPolicy } from '../policy/collections-policy.ts';
import { formatEur as eur } from '../policy/format-eur.ts';
import type { InstalmentSchedule } from './build-instalment-schedule.ts';

export interface PlanHistory {
  readonly brokenPromises: number;
  readonly breachedPlans: number;
  readonly activePlan: boolean;
  readonly openDisputes: number;
}

export interface PlanEvaluation {
  /**
   * auto_approve: inside the policy envelope, the assistant may offer it; needs_approval: finance
   * decides; rejected: breaks a hard limit (length, instalment size), the assistant does not offer it.
   */
  readonly kind: 'auto_approve' | 'needs_approval' | 'rejected';
  /** Why, one sentence each, naming the amounts and limits. */
  readonly reasons: readonly string[];
}

/**
 * Checks a requested plan against the policy and the debtor's history. An unacceptable plan is
 * an expected business outcome, so it is returned, never thrown.
 */
export function evaluatePlanRequest({
  schedule,
  today,
  history,
  policy,
}: {
  schedule: InstalmentSchedule;
  today: IsoDate;
  history: PlanHistory;
  policy: CollectionsPolicy;
}): PlanEvaluation {
  const limits = policy.plans;
  const hard: string[] = [];
  const soft: string[] = [];
  const last = schedule.instalments.at(-1)?.dueDate ?? today;
  const latest = addMonths(today, limits.maxMonths);
  if (last > latest) {
    hard.push(
      `the last instalment falls on ${last}, beyond the policy maximum of ${limits.maxMonths} months (${latest})`,
    );
  }
  const smallest = Math.min(...schedule.instalments.map((instalment) => instalment.amountCents));
  if (smallest < limits.minInstalmentCents) {
    hard.push(
      `an instalment of ${eur(smallest)} is below the policy minimum of ${eur(limits.minInstalmentCents)}`,
    );
  }
  if (schedule.totalCents > limits.maxTotalCentsWithoutApproval) {
    soft.push(
      `the total of ${eur(schedule.totalCents)} is above the ${eur(limits.maxTotalCentsWithoutApproval)} finance approves without review`,
    );
  }
  if (history.brokenPromises > limits.maxBrokenPromisesForAutoApproval) {
    soft.push(`the debtor broke ${history.brokenPromises} earlier payment promise(s)`);
  }
  if (history.breachedPlans > 0)
    soft.push(`the debtor breached ${history.breachedPlans} earlier payment plan(s)`);
  if (history.activePlan) soft.push('the debtor already has an active payment plan');
  if (history.openDisputes > 0) soft.push(`the debtor has ${history.openDisputes} open dispute(s)`);

  if (hard.length > 0) return { kind: 'rejected', reasons: [...hard, ...soft] };
  if (soft.length > 0) return { kind: 'needs_approval', reasons: soft };
  return {
    kind: 'auto_approve',
    reasons: [
      `${schedule.instalments.length} payment(s) of at least ${eur(smallest)} ending ${last}, within ` +
        `${limits.maxMonths} months and under ${eur(limits.maxTotalCentsWithoutApproval)}, and no broken promises or breached plans`,
    ],
  };
}
