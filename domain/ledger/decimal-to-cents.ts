import { AppError } from '../errors/app-error.ts';

const DECIMAL = /^([+-])?(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * An amount in major units as an API sends it (a JSON number such as 1234.56 or -0.1, or a
 * decimal string) to whole cents, through its decimal digits and never through float arithmetic:
 * 0.29 is 29 cents, not 28.999…; a third decimal rounds half away from zero (12.345 → 1235).
 * A JSON number is read back by its shortest round-trip text, which is the decimal the sender wrote.
 */
export function decimalToCents(value: number | string): number {
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = DECIMAL.exec(text);
  if (!match || (typeof value === 'number' && !Number.isFinite(value))) {
    throw new AppError('DATA_INVALID', `"${text}" is not an amount.`);
  }
  const [, sign = '+', whole = '0', fraction = '', exponent = '0'] = match;
  // Shift the decimal point by the exponent on the digits themselves.
  let digits = `${whole}${fraction}`;
  let point = whole.length + Number(exponent);
  if (point < 0) {
    digits = `${'0'.repeat(-point)}${digits}`;
    point = 0;
  }
  if (point > digits.length) digits = digits.padEnd(point, '0');
  const units = digits.slice(0, point) || '0';
  const decimals = digits.slice(point).padEnd(3, '0');
  let cents = BigInt(units) * 100n + BigInt(decimals.slice(0, 2));
  if (Number(decimals[2]) >= 5) cents += 1n;
  const signed = sign === '-' ? -cents : cents;
  if (signed > BigInt(Number.MAX_SAFE_INTEGER) || signed < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new AppError('DATA_INVALID', `"${text}" is too large an amount.`);
  }
  return signed === 0n ? 0 : Number(signed);
}
