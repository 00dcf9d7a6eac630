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

/** What one amount says about the file's decimal separator, on its own. */
type Evidence = DecimalSeparator | 'none' | 'ambiguous';

/**
 * Strips what exports put around an amount: a euro sign or "EUR", spaces (also the non-breaking
 * ones spreadsheets use between thousands), a sign.
 */
export function bareAmount(value: string): { negative: boolean; digits: string } {
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

function evidenceOf(value: string): Evidence {
  const { digits } = bareAmount(value);
  const commas = digits.split(',').length - 1;
  const points = digits.split('.').length - 1;
  if (commas + points === 0) return 'none';
  const last = Math.max(digits.lastIndexOf(','), digits.lastIndexOf('.'));
  const separator = digits[last] as DecimalSeparator;
  if (commas > 0 && points > 0) return separator;
  if (commas + points > 1) return separator === ',' ? '.' : ',';
  // One separator: "1250,00" or "1250.5" say it is the decimal one; "1.250" and "1,250" could be
  // either, except where the part before it cannot start a thousands group ("0,250").
  const after = digits.slice(last + 1);
  const before = digits.slice(0, last);
  if (after.length !== 3 || before === '' || before.startsWith('0') || before.length > 3) return separator;
  return 'ambiguous';
}

/**
 * Decides a file's decimal separator from all its amounts at once, never row by row: one amount
 * with cents ("1.250,00", "17,50") decides for the file. A file that shows both ("12,50" and
 * "3.75") or none while some amount could be read two ways ("1.250": 1250 or 1.25) is refused,
 * with the column, line and value that make it so. A file of whole numbers reads either way.
 */
export function decideAmountFormat(samples: Iterable<AmountSample>): AmountFormat {
  const first = new Map<Evidence, AmountSample>();
  for (const sample of samples) {
    const evidence = evidenceOf(sample.value);
    if (!first.has(evidence)) first.set(evidence, sample);
  }
  const comma = first.get(',');
  const point = first.get('.');
  const where = (s: AmountSample) => `column ${s.column}, line ${s.line}: "${s.value}"`;
  if (comma && point) {
    return {
      kind: 'refused',
      line: Math.max(comma.line, point.line),
      message: `amounts are written two ways: ${where(comma)} has a decimal comma, ${where(point)} a decimal point. Export the file again with one number format for every amount`,
    };
  }
  if (comma) return { kind: 'decided', decimal: ',' };
  if (point) return { kind: 'decided', decimal: '.' };
  const ambiguous = first.get('ambiguous');
  if (ambiguous) {
    const { digits } = bareAmount(ambiguous.value);
    return {
      kind: 'refused',
      line: ambiguous.line,
      message: `${where(ambiguous)} could be ${digits.replace(/[.,]/, '')} or ${Number(digits.replace(',', '.'))}, and no amount in the file has cents to tell. Export amounts with two decimals (like 1.250,00 or 1250.00)`,
    };
  }
  return { kind: 'decided', decimal: '.' };
}
