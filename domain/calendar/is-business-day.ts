import type { IsoDate } from '../model/iso-date.ts';
import { dutchPublicHolidays } from './dutch-public-holidays.ts';
import { weekdayOf } from './weekday-of.ts';

// Holidays per year are computed once: the ladder asks this question for every invoice every day.
const holidayCache = new Map<number, ReadonlySet<IsoDate>>();

/** Monday to Friday and not a Dutch public holiday (see dutchPublicHolidays for which days). */
export function isBusinessDay(date: IsoDate): boolean {
  const weekday = weekdayOf(date);
  if (weekday === 0 || weekday === 6) return false;
  const year = Number(date.slice(0, 4));
  let holidays = holidayCache.get(year);
  if (!holidays) {
    holidays = dutchPublicHolidays(year);
    holidayCache.set(year, holidays);
  }
  return !holidays.has(date);
}
