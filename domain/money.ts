import { AppError } from './errors/app-error.ts';

/** Money is always integer minor units (cents) plus an ISO 4217 currency. Never floats. */
export type Currency = 'EUR';
export const CURRENCIES: readonly Currency[] = ['EUR'];

export interface Money {
  readonly cents: number;
  readonly currency: Currency;
}

export function money(cents: number, currency: Currency = 'EUR'): Money {
  if (!Number.isSafeInteger(cents)) {
    throw new AppError('INPUT_INVALID', `Money must be a whole number of cents, got ${cents}.`);
  }
  return { cents, currency };
}

const DECIMAL = /^(-)?(\d{1,13})(?:[.,](\d{1,2}))?$/;

/**
 * Parses a decimal amount in major units ("1250", "1250.5", "1250,50") into cents without
 * going through floating point. Thousands separators are not accepted here: callers that read
 * free text (nlp/) normalise first.
 */
export function parseMajorUnits(text: string): number {
  const match = DECIMAL.exec(text.trim());
  if (!match) {
    throw new AppError(
      'INPUT_INVALID',
      `"${text}" is not an amount: use digits with at most two decimals, like 1250.00.`,
    );
  }
  const [, sign, whole, fraction = ''] = match;
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return sign ? -cents : cents;
}

/** Cents to a plain decimal string in major units: 125050 -> "1250.50". */
export function toMajorUnits(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

const MONEY_FORMATS = new Map<string, Intl.NumberFormat>();

/** Cents to a display string for a locale: formatMoney(money(125050), 'nl') -> "€ 1.250,50". */
export function formatMoney(value: Money, language: string = 'nl'): string {
  const locale =
    language === 'nl' ? 'nl-NL' : language === 'de' ? 'de-DE' : language === 'fr' ? 'fr-FR' : 'en-GB';
  // Intl formats from a number; cents / 100 is exact for display of values below 2^53 / 100.
  // Formatters are kept: constructing one costs ~0.1 ms, and an answer formats many amounts.
  const key = `${locale} ${value.currency}`;
  let format = MONEY_FORMATS.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: value.currency });
    MONEY_FORMATS.set(key, format);
  }
  return format.format(value.cents / 100);
}

/**
 * Splits a whole number of cents into `parts` amounts that add up exactly: every part gets the
 * floor share and the first `total % parts` parts get one cent more, so earlier instalments carry
 * the odd cents and the rest are equal. Never floats, never a lost or invented cent.
 */
export function splitCents(totalCents: number, parts: number): number[] {
  if (!Number.isSafeInteger(totalCents) || totalCents < 0) {
    throw new AppError(
      'INPUT_INVALID',
      `Cannot split ${totalCents} cents: need a whole, non-negative amount.`,
    );
  }
  if (!Number.isSafeInteger(parts) || parts < 1) {
    throw new AppError(
      'INPUT_INVALID',
      `Cannot split into ${parts} parts: need a whole number of at least 1.`,
    );
  }
  const base = Math.floor(totalCents / parts);
  const extra = totalCents % parts;
  return Array.from({ length: parts }, (_, i) => base + (i < extra ? 1 : 0));
}
