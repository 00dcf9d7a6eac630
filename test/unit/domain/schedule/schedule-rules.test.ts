import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBusinessDay } from '../../../../domain/calendar/is-business-day.ts';
import { amsterdamDate } from '../../../../domain/model/iso-date.ts';
import { amsterdamInstant } from '../../../../domain/schedule/amsterdam-instant.ts';
import { dueBusinessDayRun } from '../../../../domain/schedule/due-business-day-run.ts';
import { nextBusinessDayRun } from '../../../../domain/schedule/next-business-day-run.ts';
import { formatTimeOfDay, parseTimeOfDay } from '../../../../domain/schedule/time-of-day.ts';

const NINE = { hour: 9, minute: 0 };
const at = (iso: string) => new Date(iso);

describe('parseTimeOfDay', () => {
  it('takes HH:MM on a 24-hour clock and nothing else', () => {
    expect(parseTimeOfDay('09:00')).toEqual({ hour: 9, minute: 0 });
    expect(parseTimeOfDay('23:59')).toEqual({ hour: 23, minute: 59 });
    expect(parseTimeOfDay('00:00')).toEqual({ hour: 0, minute: 0 });
    for (const bad of ['9:00', '24:00', '12:60', '09:00:00', '9am', '', '0900', '09.00']) {
      expect(parseTimeOfDay(bad), bad).toBeNull();
    }
    expect(formatTimeOfDay({ hour: 7, minute: 5 })).toBe('07:05');
  });
});

describe('amsterdamInstant', () => {
  it('is UTC+1 in winter and UTC+2 in summer', () => {
    expect(amsterdamInstant('2026-12-07', NINE).toISOString()).toBe('2026-12-07T08:00:00.000Z');
    expect(amsterdamInstant('2026-06-15', NINE).toISOString()).toBe('2026-06-15T07:00:00.000Z');
  });

  it('runs a time in the spring gap at 03:00 summer time, and the first of a doubled autumn hour', () => {
    // 29 March 2026: 02:00 CET jumps to 03:00 CEST (01:00Z); 02:30 does not exist that night.
    expect(amsterdamInstant('2026-03-29', { hour: 2, minute: 30 }).toISOString()).toBe(
      '2026-03-29T01:00:00.000Z',
    );
    expect(amsterdamInstant('2026-03-29', { hour: 3, minute: 0 }).toISOString()).toBe(
      '2026-03-29T01:00:00.000Z',
    );
    expect(amsterdamInstant('2026-03-29', { hour: 1, minute: 59 }).toISOString()).toBe(
      '2026-03-29T00:59:00.000Z',
    );
    // 25 October 2026: 03:00 CEST goes back to 02:00 CET; 02:30 happens at 00:30Z and 01:30Z.
    expect(amsterdamInstant('2026-10-25', { hour: 2, minute: 30 }).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(amsterdamInstant('2026-10-25', { hour: 3, minute: 0 }).toISOString()).toBe(
      '2026-10-25T02:00:00.000Z',
    );
  });
});

describe('nextBusinessDayRun', () => {
  it('is today at the time when still to come, else the next business day', () => {
    expect(nextBusinessDayRun({ after: at('2026-12-07T07:59:59Z'), at: NINE })).toEqual({
      day: '2026-12-07',
      runAt: at('2026-12-07T08:00:00Z'),
    });
    // At the very instant of a run, the next one is the next business day.
    expect(nextBusinessDayRun({ after: at('2026-12-07T08:00:00Z'), at: NINE }).day).toBe('2026-12-08');
  });

  it('skips weekends across the change to summer time (Friday 08:00Z, Monday 07:00Z)', () => {
    expect(nextBusinessDayRun({ after: at('2026-03-27T08:00:00Z'), at: NINE })).toEqual({
      day: '2026-03-30',
      runAt: at('2026-03-30T07:00:00Z'),
    });
    expect(nextBusinessDayRun({ after: at('2026-10-23T07:00:00Z'), at: NINE })).toEqual({
      day: '2026-10-26',
      runAt: at('2026-10-26T08:00:00Z'),
    });
  });

  it('skips Good Friday and Easter Monday, Christmas, New Year and King’s Day', () => {
    expect(nextBusinessDayRun({ after: at('2026-04-02T12:00:00Z'), at: NINE }).day).toBe('2026-04-07');
    expect(nextBusinessDayRun({ after: at('2026-12-24T12:00:00Z'), at: NINE }).day).toBe('2026-12-28');
    expect(nextBusinessDayRun({ after: at('2026-12-31T12:00:00Z'), at: NINE }).day).toBe('2027-01-04');
    expect(nextBusinessDayRun({ after: at('2026-04-24T12:00:00Z'), at: NINE }).day).toBe('2026-04-28');
  });

  it('uses the Amsterdam day: 23:30Z on a Sunday is Monday in Amsterdam', () => {
    expect(nextBusinessDayRun({ after: at('2026-12-06T23:30:00Z'), at: NINE })).toEqual({
      day: '2026-12-07',
      runAt: at('2026-12-07T08:00:00Z'),
    });
  });
});

describe('dueBusinessDayRun', () => {
  it('owes today’s run from its time on', () => {
    expect(dueBusinessDayRun({ now: at('2026-12-07T08:00:00Z'), at: NINE })).toEqual({
      day: '2026-12-07',
      runAt: at('2026-12-07T08:00:00Z'),
      catchUp: false,
    });
    expect(dueBusinessDayRun({ now: at('2026-12-07T16:00:00Z'), at: NINE })?.day).toBe('2026-12-07');
  });

  it('owes the previous business day’s run before today’s time: one catch-up, not one per missed day', () => {
    // Monday 08:59 Amsterdam: Friday's run (the weekend owes none).
    expect(dueBusinessDayRun({ now: at('2026-12-07T07:59:00Z'), at: NINE })).toEqual({
      day: '2026-12-04',
      runAt: at('2026-12-04T08:00:00Z'),
      catchUp: true,
    });
    // Tuesday after Easter, 08:00: Thursday's run, over Good Friday, the weekend and Easter Monday.
    expect(dueBusinessDayRun({ now: at('2026-04-07T06:00:00Z'), at: NINE })?.day).toBe('2026-04-02');
    // Down from Wednesday to Friday afternoon: only Friday's run is owed.
    expect(dueBusinessDayRun({ now: at('2026-12-11T14:00:00Z'), at: NINE })?.day).toBe('2026-12-11');
  });

  it('owes nothing on a weekend or a public holiday', () => {
    expect(dueBusinessDayRun({ now: at('2026-12-05T12:00:00Z'), at: NINE })).toBeNull();
    expect(dueBusinessDayRun({ now: at('2026-12-25T12:00:00Z'), at: NINE })).toBeNull();
    expect(dueBusinessDayRun({ now: at('2026-04-27T12:00:00Z'), at: NINE })).toBeNull();
  });

  it('follows summer time: Monday 30 March 2026 owes its run from 07:00Z', () => {
    expect(dueBusinessDayRun({ now: at('2026-03-30T06:59:59Z'), at: NINE })?.day).toBe('2026-03-27');
    expect(dueBusinessDayRun({ now: at('2026-03-30T07:00:00Z'), at: NINE })?.day).toBe('2026-03-30');
  });
});

describe('the rules agree with each other', () => {
  const instants = fc.date({
    min: new Date('2024-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  });
  const times = fc.record({ hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }) });

  it('the next run is on a business day, after now, and is owed from its instant on; nothing new is owed before it', () => {
    fc.assert(
      fc.property(instants, times, (now, time) => {
        const next = nextBusinessDayRun({ after: now, at: time });
        expect(next.runAt.getTime()).toBeGreaterThan(now.getTime());
        expect(isBusinessDay(next.day)).toBe(true);
        expect(amsterdamDate(next.runAt)).toBe(next.day);
        expect(dueBusinessDayRun({ now: next.runAt, at: time })).toMatchObject({
          day: next.day,
          catchUp: false,
        });
        const justBefore = dueBusinessDayRun({ now: new Date(next.runAt.getTime() - 1), at: time });
        expect(justBefore?.day).not.toBe(next.day);
        // What is owed before the next run is a run that already started, never a later one.
        const owedNow = dueBusinessDayRun({ now, at: time });
        if (owedNow) {
          expect(owedNow.day < next.day).toBe(true);
          expect(owedNow.runAt.getTime()).toBeLessThanOrEqual(now.getTime());
        }
      }),
      { numRuns: 500 },
    );
  });
});
