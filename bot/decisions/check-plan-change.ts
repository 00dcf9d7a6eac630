import { AppError } from '../../domain/errors/app-error.ts';
import { amsterdamDate } from '../../domain/model/iso-date.ts';
import { parseMajorUnits } from '../../domain/money.ts';
import {
  buildInstalmentSchedule,
  type InstalmentSchedule,
  type PlanPeriod,
} from '../../domain/plans/build-instalment-schedule.ts';
import { evaluatePlanRequest } from '../../domain/plans/evaluate-plan-request.ts';
import type { CollectionsPolicy } from '../../domain/policy/collections-policy.ts';
import { loadDebtorContexts } from '../../prisma/debtors/load-debtor-contexts.ts';
import type { Database } from '../../prisma/open-database.ts';
import { loadProposalForSlack } from '../../prisma/proposals/load-proposal-for-slack.ts';

export type PlanChangeCheck =
  | { readonly ok: true; readonly schedule: InstalmentSchedule }
  /** `field`: which input the message is about, so a form can put it there. */
  | { readonly ok: false; readonly message: string; readonly field: 'count' | 'down' | 'start' };

/**
 * Finance's change to a proposed payment plan (Slack's Change form and the console's), checked
 * the one way: the proposal still open and a plan, the instalments built from the same total, the
 * first payment not in the past, and the policy's hard limits (a plan outside them is refused;
 * what merely needs approval is finance's to approve).
 */
export async function checkPlanChange({
  db,
  policy,
  now,
  proposalId,
  count,
  period,
  startDate,
  downPayment,
}: {
  db: Pick<Database, 'prisma'>;
  policy: CollectionsPolicy;
  now: Date;
  proposalId: string;
  count: number;
  period: PlanPeriod;
  /** YYYY-MM-DD */
  startDate: string;
  /** As typed, in euros ("250.00", "€ 250"); empty or absent for none. */
  downPayment: string | null | undefined;
}): Promise<PlanChangeCheck> {
  const proposal = await loadProposalForSlack({ prisma: db.prisma, proposalId });
  if (!proposal?.schedule)
    return { ok: false, message: 'This proposal has no payment plan to change.', field: 'count' };
  if (proposal.status !== 'proposed') {
    return {
      ok: false,
      message: `Already ${proposal.status} by ${proposal.decidedBy ?? 'someone'}.`,
      field: 'count',
    };
  }
  let schedule: InstalmentSchedule;
  try {
    const downText = downPayment?.trim();
    const downPaymentCents = downText ? parseMajorUnits(downText.replace(/^€\s*/, '')) : 0;
    schedule = buildInstalmentSchedule({
      totalCents: proposal.schedule.totalCents,
      count,
      period,
      startDate,
      downPaymentCents,
    });
  } catch (error) {
    if (error instanceof AppError) {
      const down = error.message.includes('down payment') || error.message.includes('amount');
      return { ok: false, message: error.message, field: down ? 'down' : 'count' };
    }
    throw error;
  }
  const today = amsterdamDate(now);
  if (schedule.instalments[0] && schedule.instalments[0].dueDate < today) {
    return { ok: false, message: 'The first payment cannot be in the past.', field: 'start' };
  }
  const context = (await loadDebtorContexts({ prisma: db.prisma, debtorIds: [proposal.debtor.id] })).get(
    proposal.debtor.id,
  );
  const evaluation = evaluatePlanRequest({
    schedule,
    today,
    history: context?.history ?? { brokenPromises: 0, breachedPlans: 0, activePlan: false, openDisputes: 0 },
    policy,
  });
  // Finance may approve what needs approval; a plan that breaks a hard limit of the policy stays out.
  if (evaluation.kind === 'rejected') {
    return { ok: false, message: `Outside policy: ${evaluation.reasons.join('; ')}.`, field: 'count' };
  }
  return { ok: true, schedule };
}
