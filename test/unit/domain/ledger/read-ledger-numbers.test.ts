import { describe, expect, it } from 'vitest';
import { type AmountSample, decideAmountFormat } from '../../../../domain/ledger/decide-amount-format.ts';
import { parseLedgerAmount } from '../../../../domain/ledger/parse-ledger-amount.ts';
import { parseLedgerDate } from '../../../../domain/ledger/parse-ledger-date.ts';

const samples = (...values: string[]): AmountSample[] =>
  values.map((value, i) => ({ column: 'amount', line: i + 2, value }));

describe('decideAmountFormat: one decision per file', () => {
  it.each([
    [['12.500,00', '800'], ','],
    [['1250,00'], ','],
    [['17,5'], ','],
    [['1.250.000'], ','],
    [['1,234.56', '99'], '.'],
    [['1250.00'], '.'],
    [['1,250,000'], '.'],
    [['0,250'], ','],
    [['€ 1.250,50', '-12,50'], ','],
    [['800', '1200'], '.'],
    // "1.250" alone could be either; another amount with cents decides for the file.
    [['1.250', '99,95'], ','],
    [['1,250', '99.95'], '.'],
  ])('%j reads with a decimal "%s"', (values, decimal) => {
    expect(decideAmountFormat(samples(...values))).toEqual({ kind: 'decided', decimal });
  });

  it('refuses a file whose amounts could be read two ways, with the column, line and value', () => {
    expect(decideAmountFormat(samples('800', '1.250'))).toEqual({
      kind: 'refused',
      line: 3,
      message:
        'column amount, line 3: "1.250" could be 1250 or 1.25, and no amount in the file has cents to tell. Export amounts with two decimals (like 1.250,00 or 1250.00)',
    });
  });

  it.each([
    [
      ['1.250,00', '800', '3.75'],
      'line 2: "1.250,00" has a decimal comma, column amount, line 4: "3.75" a decimal point',
    ],
    [
      ['12,50', '800', '1,234.56'],
      'line 2: "12,50" has a decimal comma, column amount, line 4: "1,234.56" a decimal point',
    ],
    [
      ['12,50', '1.250', '3.75'],
      'line 2: "12,50" has a decimal comma, column amount, line 4: "3.75" a decimal point',
    ],
  ])(
    'refuses %j: thousands grouped one way and decimals written the other, or nothing to read "1.250" by',
    (values, said) => {
      const format = decideAmountFormat(samples(...values));
      expect(format).toMatchObject({ kind: 'refused', line: 4 });
      expect(format.kind === 'refused' && format.message).toContain(said);
    },
  );

  it('reads "1250.00" and "99,95" side by side, as before: each reads one way only', () => {
    expect(decideAmountFormat(samples('1250.00', '99,95'))).toMatchObject({ kind: 'decided' });
    expect(parseLedgerAmount('99,95', '.')).toEqual({ ok: true, cents: 9_995 });
    expect(parseLedgerAmount('1250.00', ',')).toEqual({ ok: true, cents: 125_000 });
  });
});

describe('parseLedgerAmount', () => {
  it.each([
    ['12.500,00', ',', 1_250_000],
    ['12500,00', ',', 1_250_000],
    ['€ 1.250,5', ',', 125_050],
    ['1 250,00', ',', 125_000],
    ['0,00', ',', 0],
    ['1,234.56', '.', 123_456],
    ['1234.56', '.', 123_456],
    ['EUR 99', '.', 9_900],
  ] as const)('"%s" with "%s" is %i cents', (value, decimal, cents) => {
    expect(parseLedgerAmount(value, decimal)).toEqual({ ok: true, cents });
  });

  it.each([
    ['12.50,00', ','],
    ['1,234.56', ','],
    ['1.234.56', ','],
    ['12,345', ','],
    ['12,5,0', '.'],
    ['abc', '.'],
    ['1.2345', '.'],
  ] as const)('refuses "%s" with "%s"', (value, decimal) => {
    expect(parseLedgerAmount(value, decimal).ok).toBe(false);
  });

  it('says why a negative amount is refused', () => {
    expect(parseLedgerAmount('-12,50', ',')).toEqual({
      ok: false,
      why: 'is negative (a credit note is not an invoice row)',
    });
  });
});

describe('parseLedgerDate: day first, or ISO', () => {
  it.each([
    ['2026-03-31', '2026-03-31'],
    ['31-03-2026', '2026-03-31'],
    ['31/03/2026', '2026-03-31'],
    ['31.03.2026', '2026-03-31'],
    ['2.3.2026', '2026-03-02'],
    [' 1-12-2026 ', '2026-12-01'],
  ])('%s is %s', (value, iso) => {
    expect(parseLedgerDate(value)).toBe(iso);
  });

  it.each(['03/31/2026', '31-02-2026', '31-03-26', '2026/03/31', '31-03/2026', ''])(
    '"%s" is no date',
    (value) => {
      expect(parseLedgerDate(value)).toBeNull();
    },
  );
});
