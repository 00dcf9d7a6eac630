import { computeLetterCosts } from '../dunning/compute-letter-costs.ts';
import { ladderForDebtor } from '../dunning/ladder-for-debtor.ts';
import { letterKindOf } from '../dunning/letter-kind-of.ts';
import { AppError } from '../errors/app-error.ts';
import type { StatedCosts } from '../law/cap-small-claim-costs.ts';
import { computeFourteenDayTerm } from '../law/compute-fourteen-day-term.ts';
import { computeLetterInterest, type LetterInterest } from '../law/compute-letter-interest.ts';
import type { StatutoryInterestTable } from '../law/statutory-interest-table.ts';
import type { DebtorKind } from '../model/debtor.ts';
import type { InvoiceStatus } from '../model/invoice.ts';
import type { IsoDate } from '../model/iso-date.ts';
import type { LetterKind } from '../notices/action-notice.ts';
import type { CollectionsPolicy, LadderStep } from '../policy/collections-policy.ts';

export interface EscalationInvoice {
  readonly id: string;
  readonly number: string;
  readonly openCents: number;
  readonly dueDate: IsoDate;
  readonly status: InvoiceStatus;
  /** The last ladder step sent for it and the day it was sent (none yet: null). */
  readonly lastStepCode: string | null;
  readonly lastStepSentOn: IsoDate | null;
}

/** What the letter says, beyond the invoices: each kind has its own legal wording. */

export interface EscalationLetter {
  readonly step: LadderStep;
  readonly stepIndex: number;
  readonly letterKind: LetterKind;
  readonly invoices: readonly EscalationInvoice[];
  readonly principalCents: number;
  /** WIK costs the letter states (statesCosts) or a hand-over claims; null otherwise. */
  readonly costsCents: number | null;
  /** Consumers' 14-day letter: the last day of the term if it is sent today. */
  readonly termEndsOn: IsoDate | null;
  /** The notice of default demands statutory interest: the amount up to today and the rate. */
  readonly interest: LetterInterest | null;
}

export type EscalationPlan =
  | {
      readonly kind: 'letters';
      readonly letters: readonly EscalationLetter[];
      readonly skipped: readonly string[];
      /** What finance should know about the letters (an interest amount that could not be stated). */
      readonly notes: readonly string[];
    }
  | { readonly kind: 'blocked'; readonly reason: string };

/**
 * The letters an approved escalation sends, decided when it is carried out (the ladder may have
 * moved since it was proposed): for each invoice the step after the last one sent. A person's
 * approval overrides the ladder's timing, not the law: a consumer gets the 14-day letter before
 * any step after it (it is on their ladder first), and nothing after it until its term passed
 * (art. 6:96 lid 6 BW). Disputed and settled invoices are never escalated; planned ones only when
 * the plan is being ended for breach (`endingPlan`).
 */
export function planEscalation({
  invoices,
  debtorKind,
  today,
  policy,
  endingPlan,
  interestTable,
  statedCosts = [],
}: {
  invoices: readonly EscalationInvoice[];
  debtorKind: DebtorKind;
  today: IsoDate;
  policy: CollectionsPolicy;
  endingPlan: boolean;
  /** The statutory interest rates (built-in plus COLLECTIONS_RATES_FILE); default: built-in. */
  interestTable?: StatutoryInterestTable;
  /** Costs earlier letters stated for the debtor's small claims (the EUR 140 per six months cap). */
  statedCosts?: readonly StatedCosts[];
}): EscalationPlan {
  const ladder = ladderForDebtor(policy, debtorKind);
  const skipped: string[] = [];
  const byStep = new Map<number, EscalationInvoice[]>();
  for (const invoice of invoices) {
    const skip = (why: string) => skipped.push(`${invoice.number}: ${why}`);
    if (invoice.openCents <= 0 || ['paid', 'credited', 'written_off'].includes(invoice.status)) {
      skip('settled');
      continue;
    }
    if (invoice.status === 'disputed') {
      skip('in dispute (sales resolves it first)');
      continue;
    }
    if (invoice.status === 'planned' && !endingPlan) {
      skip('in a payment plan');
      continue;
    }
    if (today <= invoice.dueDate) {
      skip(`not overdue (due ${invoice.dueDate})`);
      continue;
    }
    const current = invoice.lastStepCode ? ladder.findIndex((s) => s.code === invoice.lastStepCode) : -1;
    if (invoice.lastStepCode && current < 0) {
      skip(`last step "${invoice.lastStepCode}" is not on the ${debtorKind} ladder`);
      continue;
    }
    const next = current + 1;
    if (!ladder[next]) {
      skip('ladder finished');
      continue;
    }
    const previous = ladder[current];
    if (debtorKind === 'consumer' && previous?.statesCosts && invoice.lastStepSentOn) {
      const term = computeFourteenDayTerm({
        sentOn: invoice.lastStepSentOn,
        assumedDeliveryBusinessDays: policy.ladder.assumedDeliveryBusinessDays,
      });
      if (today < term.costsChargeableFrom) {
        skip(`the 14-day term of the letter sent ${invoice.lastStepSentOn} runs until ${term.termEndsOn}`);
        continue;
      }
    }
    byStep.set(next, [...(byStep.get(next) ?? []), invoice]);
  }
  const letters: EscalationLetter[] = [];
  const notes: string[] = [];
  for (const [stepIndex, items] of [...byStep.entries()].sort(([a], [b]) => a - b)) {
    const step = ladder[stepIndex]!;
    const principalCents = items.reduce((sum, invoice) => sum + invoice.openCents, 0);
    const fourteenDay = debtorKind === 'consumer' && step.statesCosts;
    const letterKind = letterKindOf({ step, stepIndex, debtorKind });
    const stated = letterInterest({ letterKind, items, debtorKind, today, interestTable });
    const interest = typeof stated === 'string' ? null : stated;
    if (typeof stated === 'string') notes.push(stated);
    letters.push({
      step,
      stepIndex,
      letterKind,
      invoices: items,
      principalCents,
      costsCents:
        computeLetterCosts({ step, invoices: items, earlier: statedCosts, today })?.wikCents ?? null,
      termEndsOn: fourteenDay
        ? computeFourteenDayTerm({
            sentOn: today,
            assumedDeliveryBusinessDays: policy.ladder.assumedDeliveryBusinessDays,
          }).termEndsOn
        : null,
      interest,
    });
  }
  if (letters.length === 0) {
    return { kind: 'blocked', reason: `nothing to escalate: ${skipped.join('; ') || 'no invoices'}` };
  }
  return { kind: 'letters', letters, skipped, notes };
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
  items: readonly EscalationInvoice[];
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
