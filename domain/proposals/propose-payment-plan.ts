import { addDays, type IsoDate } from '../model/iso-date.ts';
import {
  buildInstalmentSchedule,
  type InstalmentSchedule,
  type PlanPeriod,
} from '../plans/build-instalment-schedule.ts';
import { evaluatePlanRequest, type PlanEvaluation } from '../plans/evaluate-plan-request.ts';
import { formatEur } from '../policy/format-eur.ts';
import { describeInvoices } from './describe-invoices.ts';
import { makeProposal } from './make-proposal.ts';
import type { Proposal } from './proposal.ts';
import type { InvoiceFacts, ProposeNextStepInput } from './proposal-input.ts';

/**
 * Liquidity: a plan from what the debtor asked for (instalment count, amount or period in the
 * message), else the policy default. Inside the envelope the assistant offers it; outside, it
 * looks for the closest plan inside the envelope (fewer, larger instalments) to offer instead,
 * and otherwise asks finance, with both plans in the params.
 */
export function proposePaymentPlan(
  input: ProposeNextStepInput,
  invoices: readonly InvoiceFacts[],
  replyLanguage: ProposeNextStepInput['debtor']['language'],
): Proposal {
  const { understanding, history, today, policy } = input;
  const totalCents = invoices.reduce((sum, invoice) => sum + invoice.openCents, 0);
  const asked = understanding.entities.instalments[0];
  const period: PlanPeriod = asked?.period ?? policy.plans.defaultPeriod;
  const askedCount = asked?.count ?? (asked?.amountCents ? Math.ceil(totalCents / asked.amountCents) : null);
  const count = Math.min(totalCents, Math.max(1, askedCount ?? policy.plans.defaultInstalments));
  const startDate = startDateFrom(input);
  const requested = buildInstalmentSchedule({ totalCents, count, period, startDate });
  const evaluation = evaluatePlanRequest({ schedule: requested, today, history, policy });
  const what = `${describeInvoices(invoices)}; debtor says they cannot pay it all now`;
  const pause = { until: addDays(today, policy.plans.responsePauseDays), reason: 'payment plan proposed' };
  const common = { invoices, replyLanguage, pause };

  if (evaluation.kind === 'auto_approve') {
    return makeProposal(
      'offer_payment_plan',
      `${what}. Offer ${summarise(requested)}: ${evaluation.reasons.join('; ')}. Reminders pause until ${pause.until} while the debtor answers.`,
      { ...common, requiresApproval: false, params: { schedule: requested, evaluation } },
    );
  }
  const counter =
    evaluation.kind === 'rejected' ? findCounterOffer(input, totalCents, period, startDate, count) : null;
  if (counter?.evaluation.kind === 'auto_approve') {
    return makeProposal(
      'offer_payment_plan',
      `${what}. The request (${summarise(requested)}) is outside policy: ${evaluation.reasons.join('; ')}. ` +
        `Offer instead ${summarise(counter.schedule)}, which is inside policy. Reminders pause until ${pause.until}.`,
      {
        ...common,
        requiresApproval: false,
        params: { schedule: counter.schedule, counterOffer: true, requested, evaluation },
      },
    );
  }
  const counterText = counter
    ? ` Closest plan inside the hard limits: ${summarise(counter.schedule)} (${counter.evaluation.reasons.join('; ')}).`
    : '';
  return makeProposal(
    'request_plan_approval',
    `${what}. Finance decides on ${summarise(requested)} because ${evaluation.reasons.join('; ')}.${counterText} ` +
      `Reminders pause until ${pause.until} while finance decides.`,
    {
      ...common,
      requiresApproval: true,
      params: { schedule: requested, evaluation, counterOffer: counter?.schedule ?? null },
    },
  );
}

/** "3 monthly instalments of €400.00 from 2026-11-30 to 2027-01-30" */
function summarise(schedule: InstalmentSchedule): string {
  const first = schedule.instalments[0];
  const last = schedule.instalments.at(-1);
  const amounts = [...new Set(schedule.instalments.map((i) => i.amountCents))].map(formatEur).join('/');
  const unit = schedule.period === 'month' ? 'monthly' : 'weekly';
  return `${schedule.count} ${unit} instalments of ${amounts} from ${first?.dueDate} to ${last?.dueDate}`;
}

/** A date the debtor named for the first payment, if it is after today; else the policy's lead time. */
function startDateFrom({ understanding, today, policy }: ProposeNextStepInput): IsoDate {
  const named = understanding.entities.dates.map((d) => d.date).find((date) => date > today);
  return named ?? addDays(today, policy.plans.firstInstalmentAfterDays);
}

function findCounterOffer(
  input: ProposeNextStepInput,
  totalCents: number,
  period: PlanPeriod,
  startDate: IsoDate,
  askedCount: number,
): { schedule: InstalmentSchedule; evaluation: PlanEvaluation } | null {
  // Fewer instalments first from the largest count that could fit: closest to what was asked.
  for (let count = Math.min(askedCount - 1, totalCents); count >= 1; count -= 1) {
    const schedule = buildInstalmentSchedule({ totalCents, count, period, startDate });
    const evaluation = evaluatePlanRequest({
      schedule,
      today: input.today,
      history: input.history,
      policy: input.policy,
    });
    if (evaluation.kind !== 'rejected') return { schedule, evaluation };
  }
  return null;
}
