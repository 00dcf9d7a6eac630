import { addDays, type IsoDate } from '../model/iso-date.ts';
import { isBusinessDay } from './is-business-day.ts';

/** One day of the calendar, as a term counts it. */
export interface CalendarDay {
  readonly date: IsoDate;
  /** Monday to Friday and not a Dutch public holiday. */
  readonly businessDay: boolean;
}

/**
 * The days after `date`, one at a time, each with whether it is a business day: what a
 * statutory term counts on. Endless: the caller takes as many as its rule needs.
 */
export function* countCalendarDays(date: IsoDate): Generator<CalendarDay, never, undefined> {
  for (let day = addDays(date, 1); ; day = addDays(day, 1)) {
    yield { date: day, businessDay: isBusinessDay(day) };
  }
}
