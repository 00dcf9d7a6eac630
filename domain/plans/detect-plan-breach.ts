import { nextBusinessDayOnOrAfter } from '../calendar/next-business-day.ts';
import { addDays, type IsoDate } from '../model/iso-date.ts';

export interface TrackedInstalment {
  readonly index: number;
  readonly dueDate: IsoDate;
  readonly amountCents: number;
  readonly paidCents: number;
}

export interface MissedInstalment {
  readonly index: number;
  readonly dueDate: IsoDate;
  /** The last day a payment still counted: due date + grace, on a business day. */
  readonly deadline: IsoDate;
  readonly unpaidCents: number;
}

export interface PlanBreach {
  readonly breached: boolean;
  readonly missed: readonly MissedInstalment[];
  readonly unpaidCents: number;
}

/**
 * A plan is breached when an instalment is not fully paid after its due date plus the grace
 * days (moved to the next business day, since no transfer lands on a weekend). The result is a
 * fact for the policy to act on (a proposal), never an action itself.
 */
export function detectPlanBreach({
  instalments,
  today,
  graceDays,
}: {
  instalments: readonly TrackedInstalment[];
  today: IsoDate;
  graceDays: number;
}): PlanBreach {
  const missed: MissedInstalment[] = [];
  for (const instalment of instalments) {
    const unpaidCents = instalment.amountCents - instalment.paidCents;
    if (unpaidCents <= 0) continue;
    const deadline = nextBusinessDayOnOrAfter(addDays(instalment.dueDate, graceDays));
    if (today > deadline)
      missed.push({ index: instalment.index, dueDate: instalment.dueDate, deadline, unpaidCents });
  }
  return {
    breached: missed.length > 0,
    missed,
    unpaidCents: missed.reduce((sum, item) => sum + item.unpaidCents, 0),
  };
}
