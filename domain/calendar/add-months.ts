import type { IsoDate } from '../model/iso-date.ts';

/**
 * Adds calendar months to a day, clamping to the month's last day: 01-31 + 1 month is 02-28 (or
 * 02-29). Callers that build a series add i months to the same anchor instead of chaining, so a
 * plan that starts on the 31st returns to the 31st after February.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months))
    throw new RangeError(`addMonths needs a whole number of months, got ${months}`);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  const day = Number(date.slice(8, 10));
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = ((month % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const mm = String(targetMonth + 1).padStart(2, '0');
  const dd = String(Math.min(day, lastDay)).padStart(2, '0');
  return `${String(targetYear).padStart(4, '0')}-${mm}-${dd}`;
}
