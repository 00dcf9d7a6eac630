import { isBusinessDay } from '../calendar/is-business-day.ts';
import { nextBusinessDayOnOrAfter } from '../calendar/next-business-day.ts';
import type { StatedCosts } from '../law/cap-small-claim-costs.ts';
import { computeFourteenDayTerm, type FourteenDayTerm } from '../law/compute-fourteen-day-term.ts';
import type { WikResult } from '../law/compute-wik.ts';
import type { DebtorKind } from '../model/debtor.ts';
import { addDays, type IsoDate } from '../model/iso-date.ts';
import type { LetterKind } from '../notices/action-notice.ts';
import type { CollectionsPolicy, LadderStep } from '../policy/collections-policy.ts';
import { formatEur } from '../policy/format-eur.ts';
import { computeLetterCosts } from './compute-letter-costs.ts';
import { decideLetterApproval, type LetterApproval } from './decide-letter-approval.ts';
import type { DunningInvoice, DunningPause, DunningState } from './dunning-types.ts';
import { ladderForDebtor } from './ladder-for-debtor.ts';
import { letterKindOf } from './letter-kind-of.ts';

/** One letter to send today: one ladder step for one or more of the debtor's invoices. */
export interface DueLetter {
  readonly step: LadderStep;
  readonly invoices: readonly {
    readonly id: string;
    readonly number: string;
    readonly openCents: number;
    readonly scheduledOn: IsoDate;
  }[];
  /** Sum of the open amounts: the principal the letter is about (WIK is computed on this sum). */
  readonly principalCents: number;
  /** The step's place on the debtor's ladder (0: the first letter they get). */
  readonly stepIndex: number;
  /** What the letter is, for its wording (the same whether it goes out by itself or approved). */
  readonly letterKind: LetterKind;
  /** The step's `approval` in the policy for this letter's amount: a person approves it first. */
  readonly requiresApproval: boolean;
  /** Which rule decided `requiresApproval`, and why, for the proposal and the dry run. */
  readonly approval: LetterApproval;
  /** The WIK costs the letter states (statesCosts) or the hand-over claims, after the small-claim cap; null otherwise. */
  readonly costs: WikResult | null;
  /** Consumers' 14-day letter: the term that starts if it is sent today. */
  readonly fourteenDayTerm: FourteenDayTerm | null;
}

/** An open, overdue invoice that gets no letter today, and why (for the audit trail). */
export interface HeldInvoice {
  readonly invoiceId: string;
  readonly number: string;
  readonly reason: string;
}

export interface DunningRun {
  readonly today: IsoDate;
  readonly letters: readonly DueLetter[];
  readonly held: readonly HeldInvoice[];
}

/**
 * The ladder steps due today for one debtor. `today` is the day in Europe/Amsterdam (use
 * amsterdamDate(now)); every date is a plain day, so daylight saving cannot shift a step.
 * A step is scheduled `afterDays` after the previous one (the first: after the due date), moved
 * to a business day; it is due on or after that day, so a missed run catches up, and letters
 * only go out on business days. Never for paid, credited, written-off, disputed or planned
 * invoices, nor paused ones. For consumers the step after the 14-day letter waits until its
 * term has passed (art. 6:96 lid 6 BW), whatever the step's approval says: approval decides only
 * whether a person sees the letter first, never when it may go out.
 */
export function dueDunningSteps({
  invoices,
  states,
  pauses,
  debtor,
  today,
  policy,
  statedCosts = [],
}: {
  invoices: readonly DunningInvoice[];
  states: readonly DunningState[];
  pauses: readonly DunningPause[];
  debtor: { readonly kind: DebtorKind };
  today: IsoDate;
  policy: CollectionsPolicy;
  /** Costs earlier letters stated for the debtor's small claims (the EUR 140 per six months cap). */
  statedCosts?: readonly StatedCosts[];
}): DunningRun {
  const ladder = ladderForDebtor(policy, debtor.kind);
  const held: HeldInvoice[] = [];
  const due = new Map<string, { step: LadderStep; index: number; items: DueLetter['invoices'][number][] }>();
  const businessDay = isBusinessDay(today);
  const stateOf = new Map(states.map((state) => [state.invoiceId, state]));

  for (const invoice of invoices) {
    const hold = (reason: string) => held.push({ invoiceId: invoice.id, number: invoice.number, reason });
    if (invoice.status === 'paid' || invoice.status === 'credited' || invoice.status === 'written_off')
      continue;
    if (today <= invoice.dueDate) continue;
    if (invoice.status !== 'open') {
      hold(invoice.status === 'disputed' ? 'in dispute' : 'in a payment plan');
      continue;
    }
    if (invoice.openCents < policy.ladder.ignoreBelowCents) {
      hold(
        `open amount ${formatEur(invoice.openCents)} is below the policy threshold of ${formatEur(policy.ladder.ignoreBelowCents)}`,
      );
      continue;
    }
    const pause = pauses
      .filter((p) => (p.invoiceId === null || p.invoiceId === invoice.id) && p.until >= today)
      .sort((a, b) => b.until.localeCompare(a.until))[0];
    if (pause) {
      hold(`paused until ${pause.until}: ${pause.reason}`);
      continue;
    }
    const state = stateOf.get(invoice.id);
    const current = state?.lastStepCode ? ladder.findIndex((step) => step.code === state.lastStepCode) : -1;
    if (state?.lastStepCode && (current < 0 || !state.lastStepSentOn)) {
      hold(
        `last step "${state.lastStepCode}" is not on the ${debtor.kind} ladder or has no date; a person checks it`,
      );
      continue;
    }
    const next = ladder[current + 1];
    if (!next) {
      hold('ladder finished');
      continue;
    }
    const previous = ladder[current];
    const base = current < 0 ? invoice.dueDate : (state?.lastStepSentOn as IsoDate);
    let scheduledOn = nextBusinessDayOnOrAfter(addDays(base, next.afterDays));
    if (debtor.kind === 'consumer' && previous?.statesCosts) {
      const term = computeFourteenDayTerm({
        sentOn: base,
        assumedDeliveryBusinessDays: policy.ladder.assumedDeliveryBusinessDays,
      });
      if (term.costsChargeableFrom > scheduledOn)
        scheduledOn = nextBusinessDayOnOrAfter(term.costsChargeableFrom);
    }
    if (scheduledOn > today) continue;
    if (!businessDay) {
      hold(`${next.label} is due, but ${today} is not a business day`);
      continue;
    }
    const entry = due.get(next.code) ?? { step: next, index: current + 1, items: [] };
    entry.items.push({ id: invoice.id, number: invoice.number, openCents: invoice.openCents, scheduledOn });
    due.set(next.code, entry);
  }

  // Each letter's costs count those the letters before it in this run state (the small-claim cap),
  // as the notices' worker counts the letters it worded earlier in the same round.
  const stated = [...statedCosts];
  const letters = [...due.values()]
    .sort((a, b) => a.index - b.index)
    .map(({ step, index, items }): DueLetter => {
      const principalCents = items.reduce((sum, item) => sum + item.openCents, 0);
      const approval = decideLetterApproval({ step, stepIndex: index, principalCents });
      const costs = computeLetterCosts({ step, invoices: items, earlier: stated, today });
      if (step.statesCosts && costs)
        stated.push({ invoiceIds: items.map((item) => item.id), on: today, costsCents: costs.wikCents });
      return {
        step,
        stepIndex: index,
        letterKind: letterKindOf({ step, stepIndex: index, debtorKind: debtor.kind }),
        invoices: items,
        principalCents,
        requiresApproval: approval.required,
        approval,
        costs,
        fourteenDayTerm:
          debtor.kind === 'consumer' && step.statesCosts
            ? computeFourteenDayTerm({
                sentOn: today,
                assumedDeliveryBusinessDays: policy.ladder.assumedDeliveryBusinessDays,
              })
            : null,
      };
    });
  return { today, letters, held };
}
