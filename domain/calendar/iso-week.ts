import { addDays, type IsoDate } from '../model/iso-date.ts';
import { weekdayOf } from './weekday-of.ts';

export interface IsoWeek {
  /** "2026-W01": ISO 8601 week-year and week; weeks start on Monday. */
  readonly key: string;
  /** The Monday of the week. */
  readonly monday: IsoDate;
}

/**
 * The ISO week a day falls in. The week-year is the year of the week's Thursday, and the week
 * number counts Thursdays from 1 January of that year (the first week holds the first Thursday).
 */
export function isoWeekOf(date: IsoDate): IsoWeek {
  const monday = addDays(date, -((weekdayOf(date) + 6) % 7));
  const thursday = addDays(monday, 3);
  const weekYear = thursday.slice(0, 4);
  const dayOfYear =
    (Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${weekYear}-01-01T00:00:00Z`)) / 86_400_000;
  const week = Math.floor(dayOfYear / 7) + 1;
  return { key: `${weekYear}-W${String(week).padStart(2, '0')}`, monday };
}
