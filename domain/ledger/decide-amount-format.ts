/** The decimal separator of a file's amounts: "12.500,00" has a comma, "1,234.56" a point. */
export type DecimalSeparator = ',' | '.';

export interface AmountSample {
  readonly column: string;
  readonly line: number;
  readonly value: string;
}

export type AmountFormat =
  | { readonly kind: 'decided'; readonly decimal: DecimalSeparator }
  | { readonly kind: 'refused'; readonly line: number; readonly message: string };

/**
 * What one amount says about the decimal separator on its own: `grouped` amounts have thousands
 * separators ("12.500,00", "1,234.56", "1.250.000") and so say it for the whole file; a `plain` one
 * has a single separator with one or two digits after it ("1250,00", "99.95"), which reads one way
 * only; `ambiguous` is "1.250" or "1,250", 1250 or 1.25 depending on the file.
 */
type Evidence =
  | { readonly kind: 'grouped' | 'plain'; readonly decimal: DecimalSeparator }
  | { readonly kind: 'none' | 'ambiguous' };

const SIMPLE = /^[\d.,]+$/;

/**
 * Strips what exports put around an amount: a euro sign or "EUR", spaces (also the non-breaking
 * ones spreadsheets use between thousands), a sign.
 */
export function bareAmount(value: string): { negative: boolean; digits: string } {
  // Most amounts are just digits and a separator: no need to look for anything around them.
  if (SIMPLE.test(value)) return { negative: false, digits: value };
  let text = value
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^(€|EUR)/i, '')
    .replace(/(€|EUR)$/i, '');
  let negative = false;
  if (/^[-+]/.test(text)) {
    negative = text.startsWith('-');
    text = text.slice(1);
  } else if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1);
  }
  return { negative, digits: text.replace(/^(€|EUR)/i, '') };
}

const NONE: Evidence = { kind: 'none' };
const PLAIN_COMMA: Evidence = { kind: 'plain', decimal: ',' };
const PLAIN_POINT: Evidence = { kind: 'plain', decimal: '.' };
const PLAIN = /^\d+([.,])\d{1,2}$/;
const WHOLE = /^\d+$/;

function evidenceOf(value: string): Evidence {
  // The usual amounts first, without taking them apart (a ledger has 100,000 of them).
  if (WHOLE.test(value)) return NONE;
  const plain = PLAIN.exec(value);
  if (plain) return plain[1] === ',' ? PLAIN_COMMA : PLAIN_POINT;
  const { digits } = bareAmount(value);
  const commas = digits.split(',').length - 1;
  const points = digits.split('.').length - 1;
  if (commas + points === 0) return { kind: 'none' };
  const last = Math.max(digits.lastIndexOf(','), digits.lastIndexOf('.'));
  const separator = digits[last] as DecimalSeparator;
  const other: DecimalSeparator = separator === ',' ? '.' : ',';
  if (commas > 0 && points > 0) return { kind: 'grouped', decimal: separator };
  if (commas + points > 1) return { kind: 'grouped', decimal: other };
  // One separator: "1250,00" or "1250.5" can only be decimals; "1.250" and "1,250" could be
  // either, except where the part before it cannot start a thousands group ("0,250", "12345,678").
  const after = digits.slice(last + 1);
  const before = digits.slice(0, last);
  if (after.length !== 3 || before === '' || before.startsWith('0') || before.length > 3) {
    return { kind: 'plain', decimal: separator };
  }
  return { kind: 'ambiguous' };
}

/**
 * Decides a file's decimal separator from all its amounts at once, never row by row. An amount
 * with thousands separators ("12.500,00", "1,234.56") decides for the file, and then every amount
 * must agree; without any, an amount with cents ("1.250" next to "17,50") decides how "1.250" is
 * read. Refused, with the column, line and value that make it so: a file that groups thousands
 * one way and writes decimals the other ("1.250,00" and "10.00"), or one where an amount could be
 * read two ways and nothing tells which ("1.250" with no cents anywhere, or with both "17,50" and
 * "3.75"). Amounts like "1250.00" and "99,95" read one way only, as before, also side by side.
 */
export function decideAmountFormat(samples: Iterable<AmountSample>): AmountFormat {
  const first = new Map<string, AmountSample>();
  for (const sample of samples) {
    const evidence = evidenceOf(sample.value);
    const key = 'decimal' in evidence ? `${evidence.kind}${evidence.decimal}` : evidence.kind;
    if (!first.has(key)) first.set(key, sample);
  }
  const where = (s: AmountSample) => `column ${s.column}, line ${s.line}: "${s.value}"`;
  const twoWays = (comma: AmountSample, point: AmountSample): AmountFormat => ({
    kind: 'refused',
    line: Math.max(comma.line, point.line),
    message: `amounts are written two ways: ${where(comma)} has a decimal comma, ${where(point)} a decimal point. Export the file again with one number format for every amount`,
  });
  const groupedComma = first.get('grouped,');
  const groupedPoint = first.get('grouped.');
  const plainComma = first.get('plain,');
  const plainPoint = first.get('plain.');
  if (groupedComma && (groupedPoint ?? plainPoint))
    return twoWays(groupedComma, (groupedPoint ?? plainPoint)!);
  if (groupedPoint && plainComma) return twoWays(plainComma, groupedPoint);
  if (groupedComma) return { kind: 'decided', decimal: ',' };
  if (groupedPoint) return { kind: 'decided', decimal: '.' };
  const ambiguous = first.get('ambiguous');
  if (ambiguous) {
    if (plainComma && plainPoint) return twoWays(plainComma, plainPoint);
    if (plainComma) return { kind: 'decided', decimal: ',' };
    if (plainPoint) return { kind: 'decided', decimal: '.' };
    const { digits } = bareAmount(ambiguous.value);
    return {
      kind: 'refused',
      line: ambiguous.line,
      message: `${where(ambiguous)} could be ${digits.replace(/[.,]/, '')} or ${Number(digits.replace(',', '.'))}, and no amount in the file has cents to tell. Export amounts with two decimals (like 1.250,00 or 1250.00)`,
    };
  }
  return { kind: 'decided', decimal: plainComma && !plainPoint ? ',' : '.' };
}
