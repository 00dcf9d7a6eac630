import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMt940 } from '../../../../channels/bank/parse-mt940.ts';
import { AppError } from '../../../../domain/errors/app-error.ts';
import { buildMt940 } from '../../../support/build-mt940.ts';

function errorOf(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('parseMt940 on real sample files (mt940js, Apache-2.0)', () => {
  it('reads Knab statements: statement ids, bank references, credit and debit in cents, the free-text account and name', () => {
    const text = readFileSync('test/fixtures/bank/mt940js/test1.mt940', 'utf8');
    const statements = parseMt940({ text, source: 'test1.mt940' });
    expect(statements.map((s) => [s.account, s.statementId])).toEqual([
      ['123456789', '998/1@2014-05-07'],
      ['123456789', '999/1@2014-07-29'],
    ]);
    expect(statements[1]?.entries).toEqual([
      expect.objectContaining({
        location: 'line 16',
        reference: 'B4G29PGCVO7Q06US',
        direction: 'debit',
        amountCents: 276_000,
        counterpartyIban: 'NL65INGB0123456789',
        counterpartyName: 'PICQER',
        remittance: expect.stringContaining('FACTUUR 201403110, 201403113'),
      }),
      expect.objectContaining({
        location: 'line 20',
        reference: 'B4G29PGDCK1QFV3E',
        bookingDate: '2014-07-29',
        direction: 'credit',
        amountCents: 50_000,
        currency: 'EUR',
        counterpartyName: 'MMS ONLINE NEDERLAND B.V.',
      }),
    ]);
  });

  it('reads the /XXX/ structured :86: of testX without losing line breaks between phrases', () => {
    const text = readFileSync('test/fixtures/bank/mt940js/testX.mt940', 'utf8');
    const [first] = parseMt940({ text, source: 'testX.mt940' });
    expect(first?.entries[0]?.remittance).toContain('OUR REF: 03MT181012182288 YOUR REF: 181012671');
  });
});

describe('parseMt940 on generated ING statements', () => {
  it('reads the :61: bank reference after //, /EREF/ as the end-to-end id, and the entry date apart from the value date', () => {
    const text = buildMt940({
      lines: [
        { mark: 'C', amount: '10,00', bankRef: 'ING0001', details: '/EREF/E2E-1//REMI/USTD//a/' },
        { mark: 'C', amount: '20,00', bankRef: '', details: '/EREF/NOTPROVIDED//REMI/USTD//b/' },
      ],
    }).replace(':61:2612011201C10,00', ':61:2611301201C10,00');
    const [statement] = parseMt940({ text, source: 'refs.mt940' });
    expect(
      statement?.entries.map((e) => [e.bankReference, e.endToEndId, e.bookingDate, e.valueDate]),
    ).toEqual([
      ['ING0001', 'E2E-1', '2026-12-01', '2026-11-30'],
      [null, null, '2026-12-01', '2026-12-01'],
    ]);
  });

  it('reads /EREF/, /CNTP/, /REMI/USTD//, a structured reference, a return code and a reversal (RC)', () => {
    const text = buildMt940({
      lines: [
        {
          mark: 'C',
          amount: '330,00',
          bankRef: 'ING0001',
          details:
            '/EREF/NOTPROVIDED//CNTP/NL91ABNA0417164300/ABNANL2A/Acme Trading BV/Amsterdam/REMI/USTD//Facturen F-2026-0002 en F-2026-0003/',
        },
        {
          mark: 'C',
          amount: '100,00',
          bankRef: 'ING0002',
          details:
            '/EREF/E2E-1//CNTP/NL20INGB0001234567/INGBNL2A/Cobalt Systems/Utrecht/REMI/STRD/CUR/F2026-0020/',
        },
        {
          mark: 'C',
          amount: '80,00',
          bankRef: 'ING0003',
          details:
            '/RTRN/MD06/EREF/X//CNTP/NL20INGB0001234567/INGBNL2A/Cobalt Systems/Utrecht/REMI/USTD//retour/',
        },
        { mark: 'RC', amount: '50,00', bankRef: 'ING0004', details: '/REMI/USTD//storno/' },
        {
          mark: 'D',
          amount: '20,00',
          bankRef: 'ING0005',
          details: '/CNTP/NL02ABNA0123456789/ABNANL2A/Energie BV//REMI/USTD//kwartaal/',
        },
      ],
    });
    const [statement] = parseMt940({ text, source: 'ing.mt940' });
    expect(statement?.account).toBe('NL69INGB0123456789');
    expect(statement?.statementId).toBe('00001/001@2026-12-01');
    expect(
      statement?.entries.map((e) => [
        e.reference,
        e.direction,
        e.reversal,
        e.returnCode,
        e.amountCents,
        e.counterpartyIban,
        e.counterpartyName,
        e.structuredReference,
        e.remittance,
      ]),
    ).toEqual([
      [
        'ING0001',
        'credit',
        false,
        null,
        33_000,
        'NL91ABNA0417164300',
        'Acme Trading BV',
        null,
        'Facturen F-2026-0002 en F-2026-0003',
      ],
      [
        'ING0002',
        'credit',
        false,
        null,
        10_000,
        'NL20INGB0001234567',
        'Cobalt Systems',
        'F2026-0020',
        'E2E-1',
      ],
      ['ING0003', 'credit', false, 'MD06', 8_000, 'NL20INGB0001234567', 'Cobalt Systems', null, 'retour X'],
      ['ING0004', 'debit', true, null, 5_000, null, null, null, 'storno'],
      ['ING0005', 'debit', false, null, 2_000, 'NL02ABNA0123456789', 'Energie BV', null, 'kwartaal'],
    ]);
  });

  it('knows a statement again when the bank exports it with a new :20: reference', () => {
    const lines = [{ mark: 'C' as const, amount: '10,00', bankRef: 'A1', details: 'x' }];
    const first = parseMt940({ text: buildMt940({ reference: 'EXPORT-1', lines }), source: 'a' });
    const second = parseMt940({ text: buildMt940({ reference: 'EXPORT-2', lines }), source: 'b' });
    expect(second.map((s) => [s.statementId, s.entries[0]?.reference])).toEqual(
      first.map((s) => [s.statementId, s.entries[0]?.reference]),
    );
  });

  it('names the line of a broken statement line or balance, and of a statement whose lines do not add up', () => {
    const good = buildMt940({ lines: [{ mark: 'C', amount: '10,00', bankRef: 'A1', details: 'x' }] });
    const badLine = good.replace(':61:2612011201C10,00', ':61:2612011201C10.00');
    expect(errorOf(() => parseMt940({ text: badLine, source: 'bad.mt940' })).message).toContain(
      'bad.mt940 line 6:',
    );
    const badBalance = good.replace(':62F:C261201EUR1010,00', ':62F:C261201EUR10x10,00');
    expect(errorOf(() => parseMt940({ text: badBalance, source: 'b.mt940' })).message).toContain(
      'b.mt940 line 8:',
    );
    const wrongSum = good.replace(':62F:C261201EUR1010,00', ':62F:C261201EUR1020,00');
    const error = errorOf(() => parseMt940({ text: wrongSum, source: 'sum.mt940' }));
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.message).toContain('sum.mt940 line 2:');
    expect(error.message).toContain('Sum of lines');
  });
});
