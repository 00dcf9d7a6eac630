import { bareAmount, type DecimalSeparator } from './decide-amount-format.ts';

/** One separator with one or two digits after it: "1250,00", "99.5": a decimal either way. */
const PLAIN = /^(\d+)(?:[.,](\d{1,2}))?$/;
const GROUPED: Readonly<Record<DecimalSeparator, RegExp>> = {
  ',': /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/,
  '.': /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/,
};

/**
 * An amount as an export writes it, in the file's decimal separator (decideAmountFormat): with or
 * without thousands separators in the other one ("12.500,00", "12500,00", "1,234.56"), at most
 * two decimals. An amount with one separator and one or two digits after it ("99.95", "99,95")
 * reads one way only, whatever the file's separator. Whole cents, or why not.
 */
export function parseLedgerAmount(
  value: string,
  decimal: DecimalSeparator,
): { ok: true; cents: number } | { ok: false; why: string } {
  const { negative, digits } = bareAmount(value);
  const match = PLAIN.exec(digits) ?? GROUPED[decimal].exec(digits);
  if (!match) {
    const example = decimal === ',' ? '1.250,00 or 1250,00' : '1,250.00 or 1250.00';
    return {
      ok: false,
      why: `is not an amount like ${example} (this file writes decimals with a "${decimal}")`,
    };
  }
  const whole = Number(match[1]!.replace(/[.,]/g, ''));
  const cents = whole * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return { ok: false, why: 'is too large' };
  if (negative && cents > 0) return { ok: false, why: 'is negative (a credit note is not an invoice row)' };
  return { ok: true, cents };
}
