import type { IsoDate } from '../model/iso-date.ts';

/** 0 = Sunday ... 6 = Saturday. Plain dates have no time zone, so UTC arithmetic is exact. */
export function weekdayOf(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}
