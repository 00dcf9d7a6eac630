import type { IsoDate } from '../model/iso-date.ts';

const LOCALES: Readonly<Record<string, string>> = { nl: 'nl-NL', de: 'de-DE', fr: 'fr-FR', en: 'en-GB' };
// Made once per locale: constructing an Intl formatter costs more than what it formats.
const FORMATS = new Map<string, Intl.DateTimeFormat>();

/**
 * A day as a letter or mail writes it: "23 november 2026" in Dutch, "23. November 2026" in
 * German, "23 novembre 2026" in French, "23 November 2026" in English and any other language.
 * The day is taken at noon in Amsterdam, so it never shifts.
 */
export function formatLongDay(iso: IsoDate | string, language: string): string {
  const locale = LOCALES[language] ?? 'en-GB';
  let format = FORMATS.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Amsterdam',
    });
    FORMATS.set(locale, format);
  }
  return format.format(new Date(`${iso}T12:00:00Z`));
}
