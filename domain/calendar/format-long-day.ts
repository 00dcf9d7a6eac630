import type { IsoDate } from '../model/iso-date.ts';

// Made once per language: constructing an Intl formatter costs more than what it formats.
const FORMATS = new Map<'nl' | 'en', Intl.DateTimeFormat>();

/**
 * A day as a letter or mail writes it: "23 november 2026" in Dutch, "23 November 2026" in
 * English (any other language). The day is taken at noon in Amsterdam, so it never shifts.
 */
export function formatLongDay(iso: IsoDate | string, language: string): string {
  const key = language === 'nl' ? 'nl' : 'en';
  let format = FORMATS.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(key === 'nl' ? 'nl-NL' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Amsterdam',
    });
    FORMATS.set(key, format);
  }
  return format.format(new Date(`${iso}T12:00:00Z`));
}
