import { computeLetterCosts } from '../dunning/compute-letter-costs.ts';
import { groupByNextStep, type LadderInvoice } from '../dunning/group-by-next-step.ts';
import { letterKindOf } from '../dunning/letter-kind-of.ts';
import { AppError } from '../errors/app-error.ts';
import type { StatedCosts } from '../law/cap-small-claim-costs.ts';
import { computeFourteenDayTerm } from '../law/compute-fourteen-day-term.ts';
import { computeLetterInterest, type LetterInterest } from '../law/compute-letter-interest.ts';
import type { StatutoryInterestTable } from '../law/statutory-interest-table.ts';
import type { DebtorKind } from '../model/debtor.ts';
import type { IsoDate } from '../model/iso-date.ts';
import type { DunningLetterParams, LetterKind } from '../notices/action-notice.ts';
import type { CollectionsPolicy, LadderStep } from '../policy/collections-policy.ts';

/** What a ladder letter says, beyond the invoices: each kind has its own legal wording. */
export interface LadderLetter {
  readonly step: LadderStep;
  readonly stepIndex: number;
  readonly letterKind: LetterKind;
  readonly invoices: readonly LadderInvoice[];
  readonly principalCents: number;
  /** WIK costs the letter states (statesCosts) or a hand-over claims; null otherwise. */
  readonly costsCents: number | null;
  /** Consumers' 14-day letter: the last day of the term, counted from the day it is sent. */
  readonly termEndsOn: IsoDate | null;
  /** The notice of default demands statutory interest: the amount up to the letter date and the rate. */
  readonly interest: LetterInterest | null;
  /** The same, as the notice's params carry it to the wording (and the outbox, to move the ladder). */
  readonly dunning: DunningLetterParams;
}

export type LadderLetterPlan =
  | {
      readonly kind: 'letter';
      readonly letter: LadderLetter;
      /** The owed invoices the letter leaves out, each with why (paid meanwhile, ...). */
      readonly skipped: readonly string[];
      /** What finance should know about the letter (an interest amount that could not be stated). */
      readonly notes: readonly string[];
    }
  | { readonly kind: 'blocked'; readonly reason: string };

/**
 * The ladder letter a notice owes, planned on the day it is sent from the records as they are
 * then (the run's own letters and the ones a person approved alike): the owed step for the
 * invoices still due for it, the WIK costs after the EUR 140 per six months cap (`statedCosts`),
 * a consumer's 14-day term counted from this day, and the statutory interest up to it. A person's
 * approval overrides the ladder's timing, not the law: nothing goes after a consumer's 14-day
 * letter until its term passed (art. 6:96 lid 6 BW). An invoice the ladder moved past meanwhile,
 * or that was paid, disputed or planned, is left out; when none is left the plan is blocked with
 * the reasons, and nothing is sent.
 */
export function planLadderLetter({
  invoices,
  stepCode,
  debtorKind,
  today,
  policy,
  interestTable,
  statedCosts = [],
}: {
  invoices: readonly LadderInvoice[];
  /** The step the notice owes (its idempotency key names it). */
  stepCode: string;
  debtorKind: DebtorKind;
  /** The letter's date: the day it is sent. */
  today: IsoDate;
  policy: CollectionsPolicy;
  /** The statutory interest rates (built-in plus COLLECTIONS_RATES_FILE); default: built-in. */
  interestTable?: StatutoryInterestTable | undefined;
  /** Costs earlier letters stated for the debtor's small claims in the six months up to today, sent or still on their way. */
  statedCosts?: readonly StatedCosts[];
}): LadderLetterPlan {
  const { groups, skipped: notDue } = groupByNextStep({
    invoices,
    debtorKind,
    today,
    policy,
    endingPlan: false,
  });
  const skipped = [...notDue];
  let owed: (typeof groups)[number] | undefined;
  for (const group of groups) {
    if (group.step.code === stepCode) owed = group;
    else for (const i of group.invoices) skipped.push(`${i.number}: its next step is ${group.step.label}`);
  }
  const previous = owed ? policy.ladder.steps.find((s) => s.code === owed.invoices[0]?.lastStepCode) : null;
  const items = (owed?.invoices ?? []).filter((invoice) => {
    if (debtorKind !== 'consumer' || !previous?.statesCosts || !invoice.lastStepSentOn) return true;
    const term = computeFourteenDayTerm({
      sentOn: invoice.lastStepSentOn,
      assumedDeliveryBusinessDays: policy.ladder.assumedDeliveryBusinessDays,
    });
    if (today >= term.costsChargeableFrom) return true;
    skipped.push(
      `${invoice.number}: the 14-day term of the letter sent ${invoice.lastStepSentOn} runs until ${term.termEndsOn}`,
    );
    return false;
  });
  if (!owed || items.length === 0) {
    return { kind: 'blocked', reason: `nothing to send: ${skipped.join('; ') || 'no invoices'}` };
  }
  const { step, stepIndex } = owed;
  const letterKind = letterKindOf({ step, stepIndex, debtorKind });
  const stated = letterInterest({ letterKind, items, debtorKind, today, interestTable });
  const interest = typeof stated === 'string' ? null : stated;
  const costsCents =
    computeLetterCosts({ step, invoices: items, earlier: statedCosts, today })?.wikCents ?? null;
  const termEndsOn =
    debtorKind === 'consumer' && step.statesCosts
      ? computeFourteenDayTerm({
          sentOn: today,
          assumedDeliveryBusinessDays: policy.ladder.assumedDeliveryBusinessDays,
        }).termEndsOn
      : null;
  return {
    kind: 'letter',
    letter: {
      step,
      stepIndex,
      letterKind,
      invoices: items,
      principalCents: items.reduce((sum, invoice) => sum + invoice.openCents, 0),
      costsCents,
      termEndsOn,
      interest,
      dunning: {
        stepCode: step.code,
        stepLabel: step.label,
        stepIndex,
        letterKind,
        statesCosts: step.statesCosts,
        costsCents,
        termEndsOn,
        interest: interest
          ? {
              kind: interest.kind,
              upTo: interest.upTo,
              totalCents: interest.totalCents,
              basisPoints: interest.basisPoints,
            }
          : null,
      },
    },
    skipped,
    notes: typeof stated === 'string' ? [stated] : [],
  };
}

/**
 * The notice of default demands statutory interest (commercial between businesses, art. 6:119a
 * BW), so it states the amount. A letter date past the known rates gives the reason instead (a
 * string): the letter then claims the interest in words without an amount, because a guessed
 * amount must not reach the debtor, and a missing rate period must not stop the ladder.
 */
function letterInterest({
  letterKind,
  items,
  debtorKind,
  today,
  interestTable,
}: {
  letterKind: LetterKind;
  items: readonly LadderInvoice[];
  debtorKind: DebtorKind;
  today: IsoDate;
  interestTable: StatutoryInterestTable | undefined;
}): LetterInterest | null | string {
  if (letterKind !== 'default_notice') return null;
  try {
    return computeLetterInterest({
      invoices: items,
      kind: debtorKind === 'company' ? 'commercial' : 'consumer',
      letterDate: today,
      ...(interestTable ? { table: interestTable } : {}),
    });
  } catch (error) {
    if (error instanceof AppError) return `the notice of default states no interest amount: ${error.message}`;
    throw error;
  }
}
