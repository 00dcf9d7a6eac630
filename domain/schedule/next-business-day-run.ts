import { isBusinessDay } from '../calendar/is-business-day.ts';
import { addDays, amsterdamDate, type IsoDate } from '../model/iso-date.ts';
import { amsterdamInstant } from './amsterdam-instant.ts';
import type { TimeOfDay } from './time-of-day.ts';

/** One run of a business-day job: the day it belongs to and the instant it starts. */
export interface BusinessDayRun {
  readonly day: IsoDate;
  readonly runAt: Date;
}

/**
 * The first run strictly after `after`: the first Dutch business day (Monday to Friday, not a
 * public holiday of the Algemene termijnenwet) whose `at` in Europe/Amsterdam is still to come.
 */
export function nextBusinessDayRun({ after, at }: { after: Date; at: TimeOfDay }): BusinessDayRun {
  // Two weeks hold a business day whatever the holidays (Christmas and New Year are four days apart).
  for (let day = amsterdamDate(after), n = 0; n < 14; day = addDays(day, 1), n += 1) {
    if (!isBusinessDay(day)) continue;
    const runAt = amsterdamInstant(day, at);
    if (runAt.getTime() > after.getTime()) return { day, runAt };
  }
  throw new Error(`no business day within two weeks of ${after.toISOString()}`);
}
