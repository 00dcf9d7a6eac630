import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCamt053 } from '../../../../channels/bank/parse-camt053.ts';
import { AppError } from '../../../../domain/errors/app-error.ts';
import { buildCamt053 } from '../../../support/build-camt053.ts';

const sample = (name: string) =>
  parseCamt053({ xml: readFileSync(`test/fixtures/bank/genkgo-camt/${name}`, 'utf8'), source: name });

function errorOf(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('parseCamt053 on real sample files (genkgo/camt, MIT)', () => {
  it('reads camt.053.001.02: account, statement, a credit with its structured reference, in cents', () => {
    expect(sample('camt053.v2.minimal.xml')).toEqual([
      {
        format: 'camt053',
        account: 'NL26VAYB8060476890',
        statementId: '253EURNL26VAYB8060476890',
        entries: [
          {
            location: 'entry 1 (/Document/BkToCstmrStmt/Stmt[1]/Ntry[1])',
            reference: '#1',
            bankReference: null,
            endToEndId: null,
            bookingDate: '2014-12-31',
            valueDate: '2015-01-02',
            direction: 'credit',
            reversal: false,
            returnCode: null,
            amountCents: 885,
            currency: 'EUR',
            counterpartyIban: 'NL56AGDH9619008421',
            counterpartyName: 'NAME NAME',
            structuredReference: '4654654654654654',
            remittance: '',
          },
        ],
      },
    ]);
  });

  it('reads .04 and .08 (party under Pty, status under Cd, booking date as DtTm), with the bank reference', () => {
    for (const name of ['camt053.v4.xml', 'camt053.v8.xml']) {
      const [statement] = sample(name);
      expect(statement?.entries[0]).toMatchObject({
        reference: 'AAAASESS-FP-CN_98765/01',
        bankReference: 'AAAASESS-FP-CN_98765/01',
        bookingDate: '2014-12-31',
        amountCents: 885,
        counterpartyName: 'NAME NAME',
        counterpartyIban: 'NL56AGDH9619008421',
      });
    }
  });

  it('reads several statements in one file, credit and debit', () => {
    const statements = sample('camt053.v2.multi.statement.xml');
    expect(
      statements.map((s) => [s.statementId, s.entries.map((e) => [e.direction, e.amountCents])]),
    ).toEqual([
      ['253EURNL26VAYB8060476890', [['credit', 885]]],
      ['254EURNL26VAYB8060476890', [['debit', 700]]],
    ]);
  });
});

describe('parseCamt053 on generated hard cases', () => {
  it("reads the bank's reference (AcctSvcrRef), the end-to-end id and the value date; a batch's parts get the entry's reference by position", () => {
    const xml = buildCamt053({
      entries: [
        { ref: 'N1', bankRef: 'ABN-123', endToEndId: 'E2E-9', valueDate: '2026-11-30', amount: '10.00' },
        { ref: 'N2', endToEndId: 'NOTPROVIDED', amount: '20.00' },
        { ref: 'B1', bankRef: 'ABN-124', amount: '3.00', parts: [{ amount: '1.00' }, { amount: '2.00' }] },
      ],
    });
    const [statement] = parseCamt053({ xml, source: 'refs.xml' });
    expect(
      statement?.entries.map((e) => [e.reference, e.bankReference, e.endToEndId, e.bookingDate, e.valueDate]),
    ).toEqual([
      ['N1', 'ABN-123', 'E2E-9', '2026-12-01', '2026-11-30'],
      ['N2', null, null, '2026-12-01', '2026-12-01'],
      ['B1/1', 'ABN-124/1', null, '2026-12-01', '2026-12-01'],
      ['B1/2', 'ABN-124/2', null, '2026-12-01', '2026-12-01'],
    ]);
  });

  it('splits a batch booking into one entry per transaction, keeps reversals, returns and currencies apart, skips what is not booked', () => {
    const xml = buildCamt053({
      version: '08',
      entries: [
        {
          ref: 'B1',
          amount: '350.00',
          parts: [
            { amount: '100.00', name: 'Acme BV', ustrd: 'F-2026-0001' },
            { amount: '250.00', name: 'Bakkerij De Vries', ustrd: 'F 2026 0002' },
          ],
        },
        { ref: 'R1', amount: '50.00', reversal: true, name: 'Acme BV' },
        { ref: 'T1', amount: '80.00', returnCode: 'AC04', name: 'Cobalt' },
        { ref: 'U1', amount: '75.50', currency: 'USD', ustrd: ['F-2026-0030'] },
        { ref: 'P1', amount: '10.00', status: 'PDNG' },
        { ref: 'D1', amount: '20.00', direction: 'DBIT', name: 'Energie BV', iban: 'NL02ABNA0123456789' },
      ],
    });
    const [statement] = parseCamt053({ xml, source: 'hard.xml' });
    expect(
      statement?.entries.map((e) => [
        e.reference,
        e.direction,
        e.reversal,
        e.returnCode,
        e.amountCents,
        e.currency,
        e.counterpartyName,
        e.remittance,
      ]),
    ).toEqual([
      ['B1/1', 'credit', false, null, 10_000, 'EUR', 'Acme BV', 'F-2026-0001'],
      ['B1/2', 'credit', false, null, 25_000, 'EUR', 'Bakkerij De Vries', 'F 2026 0002'],
      ['R1', 'credit', true, null, 5_000, 'EUR', 'Acme BV', ''],
      ['T1', 'credit', false, 'AC04', 8_000, 'EUR', 'Cobalt', ''],
      ['U1', 'credit', false, null, 7_550, 'USD', null, 'F-2026-0030'],
      ['D1', 'debit', false, null, 2_000, 'EUR', 'Energie BV', ''],
    ]);
    expect(statement?.entries[5]?.counterpartyIban).toBe('NL02ABNA0123456789');
  });

  it('names the entry and its XPath when an amount is wrong, and nothing is returned', () => {
    const xml = buildCamt053({ entries: [{ amount: '10.00' }, { amount: '12,50' }] });
    const error = errorOf(() => parseCamt053({ xml, source: 'bad.xml' }));
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.message).toContain('bad.xml: entry 2 (/Document/BkToCstmrStmt/Stmt[1]/Ntry[2])/Amt "12,50"');
    expect(error.message).toContain('Nothing was imported');
  });

  it('names the line of broken XML, and says what to export for another message type', () => {
    const broken = errorOf(() =>
      parseCamt053({ xml: '<Document>\n<BkToCstmrStmt>\n</Document>', source: 'cut.xml' }),
    );
    expect(broken.message).toMatch(/cut\.xml is not well-formed XML \(line 3/);
    const camt052 = buildCamt053({ entries: [] }).replace('camt.053.001.02', 'camt.052.001.02');
    expect(errorOf(() => parseCamt053({ xml: camt052, source: 'intraday.xml' })).message).toContain(
      'intraday.xml is not a CAMT.053 bank statement',
    );
    const noDirection = buildCamt053({ entries: [{ amount: '1.00' }] }).replace(
      '<CdtDbtInd>CRDT',
      '<CdtDbtInd>XX',
    );
    expect(errorOf(() => parseCamt053({ xml: noDirection, source: 'x.xml' })).message).toContain(
      'entry 1 (/Document/BkToCstmrStmt/Stmt[1]/Ntry[1])/CdtDbtInd is "XX", expected CRDT or DBIT',
    );
  });
});
