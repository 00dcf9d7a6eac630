import type { DateTime } from 'luxon';

/** A date found by a rule, with where it was written (so chrono does not report it again). */
export interface FoundDate {
  readonly index: number;
  readonly end: number;
  readonly date: string;
  readonly text: string;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  januari: 1,
  january: 1,
  januar: 1,
  janvier: 1,
  feb: 2,
  februari: 2,
  february: 2,
  februar: 2,
  février: 2,
  fevrier: 2,
  mrt: 3,
  mar: 3,
  maart: 3,
  march: 3,
  märz: 3,
  mars: 3,
  apr: 4,
  april: 4,
  avril: 4,
  mei: 5,
  may: 5,
  mai: 5,
  jun: 6,
  juni: 6,
  june: 6,
  juin: 6,
  jul: 7,
  juli: 7,
  july: 7,
  juillet: 7,
  aug: 8,
  augustus: 8,
  august: 8,
  août: 8,
  aout: 8,
  sep: 9,
  sept: 9,
  september: 9,
  septembre: 9,
  okt: 10,
  oct: 10,
  oktober: 10,
  october: 10,
  octobre: 10,
  nov: 11,
  november: 11,
  novembre: 11,
  dec: 12,
  december: 12,
  dezember: 12,
  décembre: 12,
  decembre: 12,
};
const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

// Rules chrono misses: the end or start of a week or month, "the 25th", and numeric day-month.
// "the 1st of April" is chrono's (a day in a named month), not "the 1st" of the coming month.
const END = String.raw`(?:(?:aan\s+het\s+)?eind(?:e)?(?:\s+van)?|(?:at\s+the\s+|by\s+the\s+)?end\s+of|ende|fin\s+(?:de|du))`;
const START = String.raw`(?:(?:aan\s+het\s+)?begin(?:\s+van)?|(?:at\s+the\s+)?(?:start|beginning)\s+of|anfang|début\s+(?:de|du))`;
const THIS = '(?:deze|this|dieser|diese|des|cette|ce|la|le|the|de)';
const NEXT = '(?:volgende|komende|next|nächster|nächsten|prochaine?)';
const WEEK = '(?:week|woche|semaine)';
const MONTH = '(?:maand|month|monats?|mois)';

const RULES = new RegExp(
  [
    String.raw`(?<endWeek>${END}\s+(?:(?<endWeekNext>${NEXT})|${THIS})\s+${WEEK}(?:\s+${NEXT})?)`,
    String.raw`(?<endMonth>${END}\s+(?:(?<endMonthNext>${NEXT})\s+|${THIS}\s+)?${MONTH}(?:\s+(?<endMonthNext2>${NEXT}))?)`,
    String.raw`(?<endNamed>${END}\s+(?<endNamedMonth>${MONTH_NAMES})\b)`,
    String.raw`(?<startWeek>${START}\s+(?:${NEXT})\s+${WEEK}|${START}\s+${WEEK}\s+${NEXT})`,
    String.raw`(?<startMonth>${START}\s+(?:${NEXT})\s+${MONTH}|${START}\s+${MONTH}\s+${NEXT})`,
    String.raw`(?<ordinal>\b(?:de|the|on\s+the|am|le)\s+(?<ordinalDay>[0-3]?\d)(?:e|ste|de|st|nd|rd|th|\.)(?!\s*(?:(?:of|van|de|du)\s+)?(?:${MONTH_NAMES}|\d)))`,
    String.raw`(?<iso>\b(?<isoYear>20\d\d)-(?<isoMonth>[01]\d)-(?<isoDay>[0-3]\d)\b)`,
    // "25-11", "25/11/2025"; dots only with a year, since "12.05" is usually a time.
    String.raw`(?<numeric>(?<![\d.,/-])(?<numDay>[0-3]?\d)(?<sep>[-/])(?<numMonth>[01]?\d)(?:\k<sep>(?<numYear>(?:20)?\d\d))?(?![\d,]|[-/.]\d))`,
    String.raw`(?<dotted>(?<![\d.,/-])(?<dotDay>[0-3]?\d)\.(?<dotMonth>[01]?\d)\.(?<dotYear>20\d\d)\b)`,
  ].join('|'),
  // No 'u' flag: V8 matches this alternation much faster without it; no pattern needs it.
  'gi',
);

function inMonth(today: DateTime, year: number, month: number, day: number): DateTime | null {
  const candidate = today.set({ year, month, day });
  return candidate.isValid && candidate.month === month && candidate.day === day ? candidate : null;
}

/** The year that puts day-month closest to today: "28-11" read on 2 December is last week. */
function closestYear(today: DateTime, month: number, day: number): DateTime | null {
  const options = [today.year - 1, today.year, today.year + 1]
    .map((year) => inMonth(today, year, month, day))
    .filter((value): value is DateTime => value !== null);
  options.sort((a, b) => Math.abs(a.diff(today).toMillis()) - Math.abs(b.diff(today).toMillis()));
  return options[0] ?? null;
}

function resolve(groups: Readonly<Record<string, string | undefined>>, today: DateTime): DateTime | null {
  if (groups.endWeek) {
    return today.plus({ weeks: groups.endWeekNext ? 1 : 0 }).set({ weekday: 5 });
  }
  if (groups.endMonth) {
    const next = groups.endMonthNext || groups.endMonthNext2;
    return today
      .plus({ months: next ? 1 : 0 })
      .endOf('month')
      .startOf('day');
  }
  if (groups.endNamedMonth) {
    const month = MONTHS[groups.endNamedMonth.toLowerCase()] ?? today.month;
    const year = month < today.month - 6 ? today.year + 1 : today.year;
    return today.set({ year, month, day: 1 }).endOf('month').startOf('day');
  }
  if (groups.startWeek) return today.plus({ weeks: 1 }).set({ weekday: 1 });
  if (groups.startMonth) return today.plus({ months: 1 }).set({ day: 1 });
  if (groups.ordinalDay) {
    const day = Number(groups.ordinalDay);
    if (day < 1 || day > 31) return null;
    // A bare day of the month is the next one to come: "the 25th" said on the 27th is next month.
    return day >= today.day
      ? inMonth(today, today.year, today.month, day)
      : inMonth(
          today.plus({ months: 1 }),
          today.plus({ months: 1 }).year,
          today.plus({ months: 1 }).month,
          day,
        );
  }
  if (groups.iso)
    return inMonth(today, Number(groups.isoYear), Number(groups.isoMonth), Number(groups.isoDay));
  if (groups.dotted)
    return inMonth(today, Number(groups.dotYear), Number(groups.dotMonth), Number(groups.dotDay));
  if (groups.numeric) {
    const day = Number(groups.numDay);
    const month = Number(groups.numMonth);
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    if (groups.numYear) {
      const year = Number(groups.numYear.length === 2 ? `20${groups.numYear}` : groups.numYear);
      return inMonth(today, year, month, day);
    }
    return closestYear(today, month, day);
  }
  return null;
}

/** Dates written as periods or numbers, resolved against `today` (start of day, Europe/Amsterdam). */
export function extractPeriodDates(text: string, today: DateTime): FoundDate[] {
  const found: FoundDate[] = [];
  for (const match of text.matchAll(RULES)) {
    const resolved = resolve(match.groups ?? {}, today);
    const iso = resolved?.toISODate();
    if (!iso) continue;
    found.push({ index: match.index, end: match.index + match[0].length, date: iso, text: match[0] });
  }
  return found;
}
