import type { PageLanguage } from './page-strings.ts';

const LOCALE: Record<PageLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Cents in the invoice's currency for the page: "€ 1.250,50" (nl) or "€1,250.50" (en). */
export function formatPageAmount(cents: number, currency: string, language: PageLanguage): string {
  // Display only: cents / 100 is exact for any amount an invoice can have.
  return new Intl.NumberFormat(LOCALE[language], { style: 'currency', currency }).format(cents / 100);
}

/** An ISO day (2026-11-23) as "23 november 2026" / "23 November 2026". */
export function formatPageDate(isoDay: string, language: PageLanguage): string {
  return new Intl.DateTimeFormat(LOCALE[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDay}T00:00:00Z`));
}
