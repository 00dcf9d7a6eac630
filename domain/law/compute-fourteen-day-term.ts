import { isBusinessDay } from '../calendar/is-business-day.ts';
import { addDays, type IsoDate } from '../model/iso-date.ts';

export interface FourteenDayTerm {
  /** The day we assume the letter reached the consumer. */
  readonly receivedOn: IsoDate;
  /** Day 1 of the term: the day after receipt (HR 25-11-2016, ECLI:NL:HR:2016:2704). */
  readonly termStartsOn: IsoDate;
  /** Day 14, moved to the next business day if it is a weekend or holiday (Algemene termijnenwet art. 1). */
  readonly termEndsOn: IsoDate;
  /** The first day collection costs may be charged if the claim is still unpaid. */
  readonly costsChargeableFrom: IsoDate;
}

/**
 * The term of the consumer 14-day letter (art. 6:96 lid 6 BW): 14 days starting the day after
 * receipt. We do not know the day of receipt, so we assume it is `assumedDeliveryBusinessDays`
 * business days after sending (policy); assuming late only ever delays charging costs, which
 * is the safe side: costs charged one day early are not due at all. Counted the way the law
 * reads, day by day on the calendar after the sending day.
 */
export function computeFourteenDayTerm({
  sentOn,
  assumedDeliveryBusinessDays,
}: {
  sentOn: IsoDate;
  assumedDeliveryBusinessDays: number;
}): FourteenDayTerm {
  if (!Number.isInteger(assumedDeliveryBusinessDays) || assumedDeliveryBusinessDays < 0)
    throw new RangeError(
      `assumedDeliveryBusinessDays must be a whole number of 0 or more, got ${assumedDeliveryBusinessDays}`,
    );
  const days = countCalendarDays(sentOn);
  const next = (): CalendarDay => days.next().value;
  let receivedOn = sentOn;
  for (let left = assumedDeliveryBusinessDays; left > 0; ) {
    const day = next();
    receivedOn = day.date;
    if (day.businessDay) left -= 1;
  }
  const dayOne = next();
  let dayFourteen = dayOne;
  for (let count = 1; count < 14; count += 1) dayFourteen = next();
  while (!dayFourteen.businessDay) dayFourteen = next();
  return {
    receivedOn,
    termStartsOn: dayOne.date,
    termEndsOn: dayFourteen.date,
    costsChargeableFrom: next().date,
  };
}

/** One day of the calendar, as the term counts it. */
interface CalendarDay {
  readonly date: IsoDate;
  /** Monday to Friday and not a Dutch public holiday. */
  readonly businessDay: boolean;
}

/**
 * The days after `date`, one at a time, each with whether it is a business day: what the term
 * counts on. Endless: the caller takes as many as its rule needs.
 */
function* countCalendarDays(date: IsoDate): Generator<CalendarDay, never, undefined> {
  for (let day = addDays(date, 1); ; day = addDays(day, 1)) {
    yield { date: day, businessDay: isBusinessDay(day) };
  }
}
