/**
 * Integer cents from the number part of a written euro amount, in Dutch or English notation:
 * "1.250,00", "1250,-", "1,250.00", "1 250,50", "99", "12.5". Returns null when the notation is
 * ambiguous beyond repair or not a number. Never goes through a float for the cents.
 */
export function parseEuroAmount(written: string): number | null {
  let s = written.replace(/[\s\u00a0\u202f']/gu, '').replace(/[,.]-{1,2}$/u, '');
  if (!/^\d[\d.,]*$/u.test(s)) return null;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let whole = s;
  let fraction = '';
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const index = Math.max(lastComma, lastDot);
    whole = s.slice(0, index).replaceAll(decimal === ',' ? '.' : ',', '');
    fraction = s.slice(index + 1);
    if (whole.includes(decimal)) return null;
  } else if (lastComma >= 0 || lastDot >= 0) {
    const separator = lastComma >= 0 ? ',' : '.';
    const parts = s.split(separator);
    const tail = parts.at(-1) ?? '';
    // "1.250" and "1,250" group thousands; "12,50" and "12.5" carry cents.
    if (parts.length > 2 || (tail.length === 3 && (parts[0] ?? '').length <= 3)) {
      if (parts.slice(1).some((part) => part.length !== 3)) return null;
      whole = parts.join('');
    } else {
      whole = parts[0] ?? '';
      fraction = tail;
    }
  }
  s = whole;
  if (!/^\d+$/u.test(s) || !/^\d{0,2}$/u.test(fraction)) return null;
  const cents = Number(s) * 100 + Number(fraction.padEnd(2, '0') || '0');
  return Number.isSafeInteger(cents) ? cents : null;
}
