import { describe, expect, it } from 'vitest';
import { parseCamt053 } from '../../../../channels/bank/parse-camt053.ts';
import { parseMt940 } from '../../../../channels/bank/parse-mt940.ts';
import type { BankEntry } from '../../../../domain/bank/bank-statement.ts';
import { identifyBankTransaction } from '../../../../domain/bank/identify-bank-transaction.ts';
import { buildCamt053 } from '../../../support/build-camt053.ts';
import { buildMt940 } from '../../../support/build-mt940.ts';

const ACCOUNT = 'NL69INGB0123456789';
const PAYER = 'NL91ABNA0417164300';

const entry = (over: Partial<BankEntry>): BankEntry => ({
  location: 'entry 1',
  reference: 'R1',
  bankReference: null,
  endToEndId: null,
  bookingDate: '2026-12-01',
  valueDate: '2026-12-01',
  direction: 'credit',
  reversal: false,
  returnCode: null,
  amountCents: 10_000,
  currency: 'EUR',
  counterpartyIban: PAYER,
  counterpartyName: 'Acme',
  structuredReference: null,
  remittance: 'F-2026-0001',
  ...over,
});
const identify = (over: Partial<BankEntry>, format: 'camt053' | 'mt940' = 'camt053') =>
  identifyBankTransaction({ format, account: ACCOUNT, entry: entry(over) });

describe('identifyBankTransaction', () => {
  it('keys the bank reference and the end-to-end id to account, booking date, sign and amount', () => {
    const base = identify({ bankReference: 'ING0001', endToEndId: 'E2E-1' });
    expect(base.referenceKey).toContain('ING0001');
    expect(base.endToEndKey).toContain('E2E-1');
    // The statement's own entry reference is not part of any key: it changes between statements.
    expect(identify({ bankReference: 'ING0001', endToEndId: 'E2E-1', reference: 'OTHER' })).toEqual(base);
    for (const other of [
      { amountCents: 10_001 },
      { bookingDate: '2026-12-02' },
      { direction: 'debit' as const },
      { reversal: true },
      { currency: 'USD' },
    ]) {
      const changed = identify({ bankReference: 'ING0001', endToEndId: 'E2E-1', ...other });
      expect(changed.referenceKey).not.toBe(base.referenceKey);
      expect(changed.endToEndKey).not.toBe(base.endToEndKey);
    }
    expect(
      identifyBankTransaction({
        format: 'camt053',
        account: 'NL02ABNA0123456789',
        entry: entry({ bankReference: 'ING0001' }),
      }).referenceKey,
    ).not.toBe(base.referenceKey);
  });

  it('takes NONREF and NOTPROVIDED for no reference, and always gives a content key', () => {
    const none = identify({ bankReference: 'NONREF', endToEndId: 'NOTPROVIDED' });
    expect(none.referenceKey).toBeNull();
    expect(none.endToEndKey).toBeNull();
    expect(none.contentKey).toBe(identify({}).contentKey);
  });

  it('compares the text, not how a format wraps it; other text, counterparty or value date is other content', () => {
    expect(identify({ remittance: 'f-2026 0001' }).contentKey).toBe(identify({}).contentKey);
    expect(identify({ remittance: 'F-2026-0002' }).contentKey).not.toBe(identify({}).contentKey);
    expect(identify({ counterpartyIban: null }).contentKey).not.toBe(identify({}).contentKey);
    expect(identify({ valueDate: '2026-11-30' }).contentKey).not.toBe(identify({}).contentKey);
  });

  it('gives the same transfer, exported as CAMT.053 and as MT940, the same end-to-end and content key', () => {
    const [camt] = parseCamt053({
      source: 'day.xml',
      xml: buildCamt053({
        account: ACCOUNT,
        statementId: 'CAMT-1',
        entries: [
          {
            ref: 'N1',
            bankRef: 'ING0001',
            endToEndId: 'E2E-1',
            amount: '100.00',
            name: 'Acme',
            iban: PAYER,
            ustrd: ['Factuur F-2026-0001'],
          },
        ],
      }),
    });
    const [mt940] = parseMt940({
      source: 'day.mt940',
      text: buildMt940({
        account: ACCOUNT,
        lines: [
          {
            mark: 'C',
            amount: '100,00',
            bankRef: 'ING0001',
            details: `/EREF/E2E-1//CNTP/${PAYER}/ABNANL2A/Acme/Amsterdam/REMI/USTD//Factuur F-2026-0001/`,
          },
        ],
      }),
    });
    const fromCamt = identifyBankTransaction({
      format: 'camt053',
      account: camt!.account,
      entry: camt!.entries[0]!,
    });
    const fromMt940 = identifyBankTransaction({
      format: 'mt940',
      account: mt940!.account,
      entry: mt940!.entries[0]!,
    });
    expect(fromCamt.referenceKey).not.toBeNull();
    expect(fromCamt.referenceKey).toBe(fromMt940.referenceKey);
    expect(fromCamt.endToEndKey).not.toBeNull();
    expect(fromCamt.endToEndKey).toBe(fromMt940.endToEndKey);
    expect(fromCamt.contentKey).toBe(fromMt940.contentKey);
  });
});
