import { describe, expect, it } from 'vitest';
import type { BankEntry } from '../../../../domain/bank/bank-statement.ts';
import { classifyBankEntry } from '../../../../domain/bank/classify-bank-entry.ts';
import { compareNames } from '../../../../domain/bank/compare-names.ts';
import { indexOpenInvoices, type OpenInvoice } from '../../../../domain/bank/index-open-invoices.ts';
import { matchBankPayment } from '../../../../domain/bank/match-bank-payment.ts';

const invoice = (
  number: string,
  debtorId: string,
  debtorName: string,
  openCents: number,
  dueDate: string,
): OpenInvoice => ({
  id: `id-${number}`,
  number,
  debtorId,
  debtorName,
  currency: 'EUR',
  dueDate,
  openCents,
});

const INVOICES = [
  invoice('F-2026-0001', 'acme', 'Acme Trading B.V.', 10_000, '2026-10-01'),
  invoice('F-2026-0002', 'acme', 'Acme Trading B.V.', 25_000, '2026-10-15'),
  invoice('F-2026-0003', 'acme', 'Acme Trading B.V.', 8_000, '2026-09-01'),
  invoice('F-2026-0010', 'vries', 'Bakkerij De Vries', 50_000, '2026-10-01'),
  invoice('F-2026-0011', 'vries', 'Bakkerij De Vries', 12_000, '2026-11-01'),
  invoice('F-2026-0020', 'cobalt', 'Cobalt Systems', 30_000, '2026-10-01'),
  invoice('1001', 'delta', 'Delta Logistics', 7_550, '2026-10-01'),
];

const entry = (over: Partial<BankEntry>): BankEntry => ({
  location: 'entry 1',
  reference: 'R1',
  bankReference: null,
  endToEndId: null,
  valueDate: null,
  bookingDate: '2026-12-01',
  direction: 'credit',
  reversal: false,
  returnCode: null,
  amountCents: 10_000,
  currency: 'EUR',
  counterpartyIban: null,
  counterpartyName: null,
  structuredReference: null,
  remittance: '',
  ...over,
});

const match = (over: Partial<BankEntry>, known: string[] = []) =>
  matchBankPayment({ entry: entry(over), index: indexOpenInvoices(INVOICES), debtorsOfIban: new Set(known) });

describe('matchBankPayment: the rules, most certain first', () => {
  it.each([
    [
      'structured reference, written another way',
      { structuredReference: 'f2026 0001' },
      'structured_reference',
      [['F-2026-0001', 10_000]],
    ],
    [
      'invoice number in the text with spaces',
      { remittance: 'betaling factuur F 2026 0002', amountCents: 25_000 },
      'invoice_number',
      [['F-2026-0002', 25_000]],
    ],
    [
      'lower case and dots',
      { remittance: 'inv f.2026.0002', amountCents: 25_000 },
      'invoice_number',
      [['F-2026-0002', 25_000]],
    ],
    [
      'a partial payment pays what it pays',
      { remittance: 'F-2026-0010 deel 1', amountCents: 20_000 },
      'invoice_number',
      [['F-2026-0010', 20_000]],
    ],
    [
      'several invoices: oldest due first, exact totals',
      { remittance: 'F-2026-0001 + F-2026-0002 + F-2026-0003', amountCents: 43_000 },
      'invoice_number',
      [
        ['F-2026-0003', 8_000],
        ['F-2026-0001', 10_000],
        ['F-2026-0002', 25_000],
      ],
    ],
    [
      'several invoices, short: the oldest paid in full, the next partly, the rest not',
      { remittance: 'F-2026-0001, F-2026-0002, F-2026-0003', amountCents: 12_000 },
      'invoice_number',
      [
        ['F-2026-0003', 8_000],
        ['F-2026-0001', 4_000],
      ],
    ],
    [
      'several invoices, too much: the rest stays on the last as an overpayment',
      { remittance: 'F-2026-0001 F-2026-0003', amountCents: 20_000 },
      'invoice_number',
      [
        ['F-2026-0003', 8_000],
        ['F-2026-0001', 12_000],
      ],
    ],
    [
      'a known account and exactly one open invoice of the amount',
      { counterpartyIban: 'NL91ABNA0417164300', amountCents: 12_000, remittance: 'dank' },
      'known_iban',
      [['F-2026-0011', 12_000]],
      ['vries'],
    ],
  ] as const)('%s', (_name, over, rule, allocations, known: readonly string[] = []) => {
    const result = match(over, [...known]);
    expect(result).toEqual({
      kind: 'matched',
      rule,
      allocations: allocations.map(([number, cents]) => ({
        invoiceId: `id-${number}`,
        number,
        debtorId: INVOICES.find((i) => i.number === number)?.debtorId,
        cents,
      })),
    });
  });

  it.each([
    [
      'a typo in the number',
      { remittance: 'F-2026-0O20', amountCents: 30_000, counterpartyName: 'COBALT SYSTEMS BV' },
      'names no invoice',
      ['F-2026-0020'],
    ],
    [
      'a number inside another word',
      { remittance: 'order 210012', amountCents: 7_550 },
      'names no invoice',
      [],
    ],
    [
      'invoices of two debtors',
      { remittance: 'F-2026-0001 F-2026-0020', amountCents: 40_000 },
      'different debtors',
      ['F-2026-0001', 'F-2026-0020'],
    ],
    [
      'a known account that is another debtor’s',
      { remittance: 'F-2026-0020', amountCents: 30_000, counterpartyIban: 'NL91ABNA0417164300' },
      "another debtor's",
      ['F-2026-0020'],
      ['vries'],
    ],
    [
      'a known account but no open invoice of the amount',
      { counterpartyIban: 'NL91ABNA0417164300', amountCents: 9_900 },
      'no open invoice is for this amount',
      ['F-2026-0010', 'F-2026-0011'],
      ['vries'],
    ],
    [
      'an amount and a name alike: a suggestion, never a match',
      { amountCents: 25_000, counterpartyName: 'ACME TRADING' },
      'names no invoice',
      ['F-2026-0002'],
    ],
  ] as const)('goes to review: %s', (_name, over, reason, candidates, known: readonly string[] = []) => {
    const result = match(over, [...known]);
    expect(result.kind).toBe('review');
    if (result.kind !== 'review') return;
    expect(result.reason).toContain(reason);
    expect(result.candidates.map((c) => c.number)).toEqual(candidates);
  });

  it('a number the index has paid off in this file is named but has nothing open', () => {
    const index = indexOpenInvoices(INVOICES);
    index.lower('id-F-2026-0001', 10_000);
    const result = matchBankPayment({
      entry: entry({ remittance: 'F-2026-0001' }),
      index,
      debtorsOfIban: new Set(),
    });
    expect(result).toMatchObject({ kind: 'review', reason: expect.stringContaining('nothing open') });
    expect(index.byAmount(10_000)).toEqual([]);
  });

  it('a known account with two open invoices of the amount is not guessed between', () => {
    const index = indexOpenInvoices([
      ...INVOICES,
      invoice('F-2026-0012', 'vries', 'Bakkerij De Vries', 12_000, '2026-11-15'),
    ]);
    const result = matchBankPayment({
      entry: entry({ counterpartyIban: 'NL91ABNA0417164300', amountCents: 12_000 }),
      index,
      debtorsOfIban: new Set(['vries']),
    });
    expect(result).toMatchObject({ kind: 'review', reason: expect.stringContaining('2 open invoices') });
  });

  it('does not take a short number out of a longer one it is part of', () => {
    const index = indexOpenInvoices([...INVOICES, invoice('2026', 'x', 'X', 100, '2026-01-01')]);
    const result = matchBankPayment({
      entry: entry({ remittance: 'F 2026 0002', amountCents: 25_000 }),
      index,
      debtorsOfIban: new Set(),
    });
    expect(result).toMatchObject({ kind: 'matched', allocations: [{ number: 'F-2026-0002' }] });
  });
});

describe('classifyBankEntry and compareNames', () => {
  it.each([
    [{}, 'payment'],
    [{ reversal: true }, 'reversal'],
    [{ returnCode: 'AC04' }, 'return'],
    [{ direction: 'debit' as const }, 'debit'],
    [{ currency: 'USD' }, 'foreign'],
  ])('%o is a %s', (over, kind) => {
    expect(classifyBankEntry(entry(over))).toBe(kind);
  });

  it('names differ only in legal form and case: alike; different companies: not', () => {
    expect(compareNames('ACME TRADING B.V.', 'Acme Trading')).toBe(1);
    expect(compareNames('Bakkerij De Vries', 'Cobalt Systems')).toBeLessThan(0.2);
  });
});
