import { addDays, type IsoDate } from '../model/iso-date.ts';

/**
 * Easter Sunday (Gregorian) by the anonymous "Meeus/Jones/Butcher" algorithm: pure integer
 * arithmetic, valid for every Gregorian year, so no holiday table has to be kept up to date.
 */
function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The "algemeen erkende feestdagen" of the Algemene termijnenwet, art. 3: New Year's Day, Easter
 * Monday, King's Day, 5 May (every year for this law, even though most employers only give the
 * day off in lustrum years), Ascension Day, Whit Monday, both Christmas days, and Good Friday
 * (lid 2: treated as one; it is also a TARGET2 bank holiday, so no payment settles that day).
 * Statutory terms that end on these days move to the next business day, so the ladder and the
 * 14-day letter must use exactly this list. Easter and Whit Sunday are Sundays anyway. The
 * extra days a royal decree adds every few years (art. 3 lid 3, e.g. the Friday after Ascension)
 * are not listed: they are published ad hoc. They can only lengthen a term by a day, which the
 * 14-day letter's assumed delivery days (policy) are meant to absorb.
 */
export function dutchPublicHolidays(year: number): ReadonlySet<IsoDate> {
  const easter = easterSunday(year);
  const y = String(year).padStart(4, '0');
  // King's Day moves to the 26th when the 27th is a Sunday.
  const kingsDay = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0 ? `${y}-04-26` : `${y}-04-27`;
  return new Set([
    `${y}-01-01`,
    addDays(easter, -2),
    addDays(easter, 1),
    kingsDay,
    `${y}-05-05`,
    addDays(easter, 39),
    addDays(easter, 50),
    `${y}-12-25`,
    `${y}-12-26`,
  ]);
}
