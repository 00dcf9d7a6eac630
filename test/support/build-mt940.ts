/** One :61:/:86: pair; amount as MT940 writes it ("123,45"), mark C, D, RC or RD. */
export interface Mt940LineSpec {
  readonly mark: 'C' | 'D' | 'RC' | 'RD';
  readonly amount: string;
  readonly bankRef: string;
  readonly details: string;
  /** The value date as YYMMDD (default 261201); the entry date is the same day. */
  readonly date?: string;
}

/**
 * An MT940 statement in ING's layout (IBAN with the currency in :25:, :86: with /EREF/, /CNTP/,
 * /REMI/USTD//), balances that add up so mt940js accepts it.
 */
export function buildMt940({
  account = 'NL69INGB0123456789',
  reference = 'P261201000000001',
  statement = '00001/001',
  currency = 'EUR',
  lines,
}: {
  account?: string;
  reference?: string;
  statement?: string;
  currency?: string;
  lines: readonly Mt940LineSpec[];
}): string {
  const cents = (amount: string) => Math.round(Number(amount.replace(',', '.')) * 100);
  const signed = (l: Mt940LineSpec) => {
    const value = cents(l.amount);
    const credit = l.mark === 'C' || l.mark === 'RD';
    return credit ? value : -value;
  };
  const closing = 100_000 + lines.reduce((sum, l) => sum + signed(l), 0);
  const balance = (value: number) =>
    `${value < 0 ? 'D' : 'C'}261201${currency}${Math.trunc(Math.abs(value) / 100)},${String(Math.abs(value) % 100).padStart(2, '0')}`;
  return [
    '{1:F01INGBNL2ABXXX0000000000}{2:I940INGBNL2AXXXN}{4:',
    `:20:${reference}`,
    `:25:${account}${currency}`,
    `:28C:${statement}`,
    `:60F:${balance(100_000)}`,
    ...lines.flatMap((l) => [
      `:61:${l.date ?? '261201'}${(l.date ?? '261201').slice(2)}${l.mark}${l.amount}NTRFNONREF${l.bankRef ? `//${l.bankRef}` : ''}`,
      `:86:${l.details}`,
    ]),
    `:62F:${balance(closing)}`,
    '-}',
    '',
  ].join('\n');
}
