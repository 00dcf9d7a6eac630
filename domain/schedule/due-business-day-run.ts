import { isBusinessDay } from '../calendar/is-business-day.ts';
import { addDays, amsterdamDate } from '../model/iso-date.ts';
import { amsterdamInstant } from './amsterdam-instant.ts';
import type { BusinessDayRun } from './next-business-day-run.ts';
import type { TimeOfDay } from './time-of-day.ts';

/**
 * The run a business-day job owes at `now`, if it has not happened yet (the run record says):
 * on a business day after `at`, today's run; before `at`, the previous business day's run, which
 * is a catch-up when that one was missed (the server was down). Only the latest run is owed, never
 * one per missed day: the ladder reads the current state, so one run covers the backlog. On a
 * weekend or holiday nothing is owed: no letter goes out on such a day anyway, and the next
 * business day's run covers what was missed.
 */
export function dueBusinessDayRun({
  now,
  at,
}: {
  now: Date;
  at: TimeOfDay;
}): (BusinessDayRun & { readonly catchUp: boolean }) | null {
  const today = amsterdamDate(now);
  if (!isBusinessDay(today)) return null;
  const runAt = amsterdamInstant(today, at);
  if (runAt.getTime() <= now.getTime()) return { day: today, runAt, catchUp: false };
  let day = addDays(today, -1);
  while (!isBusinessDay(day)) day = addDays(day, -1);
  return { day, runAt: amsterdamInstant(day, at), catchUp: true };
}
