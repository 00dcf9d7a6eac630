import { addDays, type IsoDate } from '../model/iso-date.ts';
import { isBusinessDay } from './is-business-day.ts';

/**
 * The date itself when it is a business day, otherwise the next one. This is also the Algemene
 * termijnenwet rule (art. 1) for a statutory term that ends on a weekend or public holiday.
 */
export function nextBusinessDayOnOrAfter(date: IsoDate): IsoDate {
  let day = date;
  while (!isBusinessDay(day)) day = addDays(day, 1);
  return day;
}
