import type { PageLanguage } from '../page-strings.ts';

const LOCALE: Record<PageLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Money, calendar days (YYYY-MM-DD) and instants (Europe/Amsterdam) as the console shows them; not yet escaped. */
export function consoleFormats(language: PageLanguage): {
  eur: (cents: number) => string;
  day: (isoDay: string) => string;
  instant: (at: Date) => string;
} {
  const money = new Intl.NumberFormat(LOCALE[language], { style: 'currency', currency: 'EUR' });
  const day = new Intl.DateTimeFormat(LOCALE[language], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const instant = new Intl.DateTimeFormat(LOCALE[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  });
  return {
    eur: (cents) => money.format(cents / 100),
    day: (isoDay) => day.format(new Date(`${isoDay}T00:00:00Z`)),
    instant: (at) => instant.format(at),
  };
}
