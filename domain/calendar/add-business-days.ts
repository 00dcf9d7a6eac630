import { addDays, type IsoDate } from '../model/iso-date.ts';
import { isBusinessDay } from './is-business-day.ts';

/**
 * Moves `count` business days from `date` (negative moves back). Counting starts the day after
 * `date`, so addBusinessDays(friday, 1) is the next Monday (or Tuesday after Easter Monday), and a
 * count of 0 returns `date` unchanged even when it is not a business day.
 */
export function addBusinessDays(date: IsoDate, count: number): IsoDate {
  if (!Number.isInteger(count)) throw new RangeError(`addBusinessDays needs a whole count, got ${count}`);
  const step = count < 0 ? -1 : 1;
  let day = date;
  let left = Math.abs(count);
  while (left > 0) {
    day = addDays(day, step);
    if (isBusinessDay(day)) left -= 1;
  }
  return day;
}
