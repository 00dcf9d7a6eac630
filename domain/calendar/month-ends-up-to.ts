import { addDays, type IsoDate } from '../model/iso-date.ts';

/** The last day of each of the `months` months up to and including `asOf`'s, oldest first; `asOf` for its own month. */
export function monthEndsUpTo(asOf: IsoDate, months: number): IsoDate[] {
  const days: IsoDate[] = [asOf];
  let firstOfMonth = `${asOf.slice(0, 7)}-01`;
  while (days.length < months) {
    const previousEnd = addDays(firstOfMonth, -1);
    days.unshift(previousEnd);
    firstOfMonth = `${previousEnd.slice(0, 7)}-01`;
  }
  return days;
}
