import { AppError } from '../errors/app-error.ts';

/**
 * A calendar day as "YYYY-MM-DD", meant in Europe/Amsterdam. Due dates, promise dates and
 * instalment dates are days, not instants: keeping them as plain strings avoids the classic
 * off-by-one where midnight UTC is the previous evening in Amsterdam.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function assertIsoDate(value: string, what = 'date'): IsoDate {
  if (!isIsoDate(value)) {
    throw new AppError(
      'INPUT_INVALID',
      `${what} "${value}" is not a valid date: use YYYY-MM-DD, like 2026-03-31.`,
    );
  }
  return value;
}

/** Whole days from a to b (b - a); both are plain dates so no time zone is involved. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

// en-CA formats as YYYY-MM-DD. Made once: constructing an Intl formatter costs ~0.1 ms, more
// than the pipeline's own work per message (measured for issue 5).
const AMSTERDAM_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day in Europe/Amsterdam at an instant. */
export function amsterdamDate(instant: Date): IsoDate {
  return AMSTERDAM_DAY.format(instant);
}
