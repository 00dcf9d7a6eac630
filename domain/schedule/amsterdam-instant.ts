import type { IsoDate } from '../model/iso-date.ts';
import type { TimeOfDay } from './time-of-day.ts';

// Made once: constructing an Intl formatter costs ~0.1 ms. en-CA with h23 gives
// "YYYY-MM-DD, HH:MM", which compares as text in time order.
const AMSTERDAM_WALL_CLOCK = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function wallClock(instant: number): string {
  return AMSTERDAM_WALL_CLOCK.format(new Date(instant)).replace(', ', 'T');
}

/**
 * The instant Amsterdam's clocks read `at` on `day`. Amsterdam is UTC+1 in winter and UTC+2 in
 * summer. On the night the clocks go back (02:00-03:00 happens twice) it is the first of the two;
 * on the night they go forward (02:00-03:00 does not happen) it is the first instant after the
 * gap, 03:00 summer time: a job set at 02:30 still runs that night, once.
 */
export function amsterdamInstant(day: IsoDate, at: TimeOfDay): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const local = Date.UTC(y, m - 1, d, at.hour, at.minute);
  const wanted = `${day}T${String(at.hour).padStart(2, '0')}:${String(at.minute).padStart(2, '0')}`;
  // Summer time first: when both offsets give the wanted wall time, the earlier instant wins.
  for (const offset of [2 * HOUR, HOUR]) {
    if (wallClock(local - offset) === wanted) return new Date(local - offset);
  }
  // In the spring gap: the first minute whose wall time is past the wanted one.
  let instant = local - 2 * HOUR;
  while (wallClock(instant) < wanted) instant += MINUTE;
  return new Date(instant);
}
