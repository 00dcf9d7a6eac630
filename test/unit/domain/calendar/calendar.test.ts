import { describe, expect, it } from 'vitest';
import { addBusinessDays } from '../../../../domain/calendar/add-business-days.ts';
import { addMonths } from '../../../../domain/calendar/add-months.ts';
import { dutchPublicHolidays } from '../../../../domain/calendar/dutch-public-holidays.ts';
import { isBusinessDay } from '../../../../domain/calendar/is-business-day.ts';
import { isoWeekOf } from '../../../../domain/calendar/iso-week.ts';
import { nextBusinessDayOnOrAfter } from '../../../../domain/calendar/next-business-day.ts';

describe('dutchPublicHolidays', () => {
  it('lists the Algemene termijnenwet days for 2026 (Easter 5 April)', () => {
    expect([...dutchPublicHolidays(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-04-03', // Good Friday (art. 3 lid 2)
      '2026-04-06', // Easter Monday
      '2026-04-27', // King's Day
      '2026-05-05', // every year for the termijnenwet, not only lustrum years
      '2026-05-14', // Ascension
      '2026-05-25', // Whit Monday
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it("computes Easter for known years and moves King's Day off a Sunday", () => {
    expect(dutchPublicHolidays(2024).has('2024-04-01')).toBe(true); // Easter Monday 2024
    expect(dutchPublicHolidays(2025).has('2025-04-21')).toBe(true);
    expect(dutchPublicHolidays(2038).has('2038-04-26')).toBe(true); // Easter 25 April 2038
    expect(dutchPublicHolidays(2025).has('2025-04-26')).toBe(true); // 27 April 2025 is a Sunday
    expect(dutchPublicHolidays(2025).has('2025-04-27')).toBe(false);
  });
});

describe('business days', () => {
  it('skips weekends and holidays', () => {
    expect(isBusinessDay('2026-11-23')).toBe(true); // Monday
    expect(isBusinessDay('2026-11-22')).toBe(false); // Sunday
    expect(isBusinessDay('2026-05-05')).toBe(false);
    expect(nextBusinessDayOnOrAfter('2026-04-03')).toBe('2026-04-07'); // Good Friday -> after Easter Monday
    expect(nextBusinessDayOnOrAfter('2026-12-24')).toBe('2026-12-24');
    expect(nextBusinessDayOnOrAfter('2026-12-25')).toBe('2026-12-28');
  });

  it('counts business days from the day after', () => {
    expect(addBusinessDays('2026-04-02', 1)).toBe('2026-04-07');
    expect(addBusinessDays('2026-11-20', 3)).toBe('2026-11-25');
    expect(addBusinessDays('2026-11-23', -1)).toBe('2026-11-20');
    expect(addBusinessDays('2026-11-22', 0)).toBe('2026-11-22');
  });
});

describe('addMonths', () => {
  it('clamps to month end and handles leap years and year changes', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', 2)).toBe('2026-03-31');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });
});

describe('isoWeekOf', () => {
  it.each([
    ['2026-01-01', '2026-W01', '2025-12-29'],
    ['2027-01-01', '2026-W53', '2026-12-28'],
    ['2024-12-30', '2025-W01', '2024-12-30'],
    ['2026-11-23', '2026-W48', '2026-11-23'],
    ['2026-11-29', '2026-W48', '2026-11-23'],
  ])('%s is in %s', (date, key, monday) => {
    expect(isoWeekOf(date)).toEqual({ key, monday });
  });
});
