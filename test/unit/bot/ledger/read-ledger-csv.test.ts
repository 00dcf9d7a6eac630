import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeLedgerText } from '../../../../bot/ledger/decode-ledger-text.ts';
import { type ReadLedgerRow, readLedgerCsv } from '../../../../bot/ledger/read-ledger-csv.ts';
import type { AppError } from '../../../../domain/errors/app-error.ts';

const HEADER = 'debtor_reference,debtor_name,debtor_kind,invoice_number,issue_date,due_date,amount';

function problemsOf(text: string, options = {}): { line: number; message: string }[] {
  try {
    readLedgerCsv(text, 'ledger.csv', options);
  } catch (error) {
    return (error as AppError).details as { line: number; message: string }[];
  }
  throw new Error('the file was accepted');
}

describe('readLedgerCsv', () => {
  it('names the line a bad row ends on, past quoted line breaks and empty lines', () => {
    const text = [
      HEADER,
      'D1,"Bakker\nB.V.",company,A-1,2026-01-01,2026-01-31,10.00', // lines 2-3
      '',
      'D2,Smit,consumer,A-2,2026-01-01,2026-01-31,10.00', // line 5
      'D3,"Visser\n\nZorg",company,A-3,2026-13-01,2026-01-31,10.00', // lines 6-8: bad issue date
      'D4,Bos,company,A-1,2026-01-01,2026-01-31,5.00', // line 9: A-1 again
    ].join('\n');
    const problems = problemsOf(`${text}\n`);
    expect(problems).toContainEqual({
      line: 8,
      message:
        'column issue_date: "2026-13-01" is not a date: write it day first like 31-03-2026 (or 31/03/2026), or as 2026-03-31',
    });
    expect(problems).toContainEqual({ line: 9, message: 'invoice A-1 already appears on line 3' });
  });

  it('reads a clean file', () => {
    const rows = readLedgerCsv(
      `${HEADER}\nD1,Bakker,company,A-1,2026-01-01,2026-01-31,1250.00\n`,
      'ledger.csv',
    );
    expect(rows).toMatchObject([{ invoice_number: 'A-1', amount: 125_000, open_amount: 125_000 }]);
  });

  it('refuses a header without a required column as a whole, but a file that is no CSV says so first', () => {
    const message = (text: string) => {
      try {
        readLedgerCsv(text, 'ledger.csv');
      } catch (error) {
        return (error as AppError).message;
      }
      return 'accepted';
    };
    expect(message('debtor_reference,amount\nD1,oops\nD2,10.00\n')).toContain(
      'misses the column(s) debtor_name, debtor_kind, invoice_number, issue_date, due_date',
    );
    expect(message('debtor_reference,amount\nD1,10.00\nD2,"unclosed\n')).toContain(
      'is not a readable CSV file',
    );
    expect(message('debtor_reference,amount\n')).toBe('accepted');
  });

  it("reads where the ladder stands (dunning_step, last_dunning_date), checked against the debtor's ladder", () => {
    const header = `${HEADER},dunning_step,last_dunning_date`;
    const rows = readLedgerCsv(
      [
        header,
        'D1,Bakker,company,A-1,2026-01-01,2026-01-31,10.00,aanmaning,2026-03-02',
        'D2,Smit,consumer,A-2,2026-01-01,2026-01-31,10.00,,',
      ].join('\n'),
      'ledger.csv',
    );
    expect(rows[0]).toMatchObject({
      dunning_step: 'aanmaning',
      last_dunning_date: '2026-03-02',
      dunning_step_index: 2,
    });
    expect(rows[1]).toMatchObject({ dunning_step: null, last_dunning_date: null, dunning_step_index: null });
    const problems = problemsOf(
      [
        header,
        'D1,Bakker,company,A-1,2026-01-01,2026-01-31,10.00,veertiendagenbrief,2026-03-02',
        'D2,Smit,consumer,A-2,2026-01-01,2026-01-31,10.00,aanmaning,',
        'D3,Bos,consumer,A-3,2026-01-01,2026-01-31,10.00,reminder_1,2026-01-15',
        'D4,Kok,consumer,A-4,2026-01-01,2026-01-31,10.00,reminder_1,2026-02-30',
      ].join('\n'),
    );
    expect(problems).toEqual([
      {
        line: 2,
        message: expect.stringMatching(
          /dunning_step "veertiendagenbrief" is not a step of the company ladder \(reminder_1, .*ingebrekestelling/,
        ),
      },
      {
        line: 3,
        message:
          'column dunning_step: must come with last_dunning_date: give the last ladder step sent and the day it was sent, or neither',
      },
      {
        line: 4,
        message: 'column last_dunning_date: lies before due_date: the ladder starts after the due date',
      },
      {
        line: 5,
        message:
          'column last_dunning_date: "2026-02-30" is not a date: write it day first like 31-03-2026 (or 31/03/2026), or as 2026-03-31',
      },
    ]);
  });
});

describe('readLedgerCsv reads accounting exports as they are', () => {
  const fixture = (name: string) =>
    decodeLedgerText(readFileSync(path.join(import.meta.dirname, '../../../fixtures/ledger', name))).text;
  const read = (name: string, options = {}) => readLedgerCsv(fixture(name), name, options);
  /** The rows as lines of the named columns, in that order. */
  const columns = (rows: readonly ReadLedgerRow[], ...names: (keyof ReadLedgerRow)[]) =>
    rows.map((row) => names.map((name) => row[name]));

  it('Exact Online style: Windows-1252, semicolons, 12.500,00, 31-01-2026, a euro sign, a quoted name with a comma', () => {
    const rows = read('exact-online-openstaande-posten.csv', { debtorKind: 'company' });
    expect(
      columns(
        rows,
        'debtor_reference',
        'debtor_name',
        'invoice_number',
        'issue_date',
        'due_date',
        'amount',
        'open_amount',
      ),
    ).toEqual([
      ['1001', "Café 't Hoekje V.O.F.", '26000114', '2026-01-31', '2026-03-02', 1_250_000, 1_250_000],
      ['1001', "Café 't Hoekje V.O.F.", '26000131', '2026-02-15', '2026-03-17', 125_050, 75_025],
      ['1002', 'Bakkerij Ümit B.V.', '26000140', '2026-03-01', '2026-03-31', 98_000, 98_000],
      ['1003', 'Groot, Klein & Zonen B.V.', '26000152', '2026-03-05', '2026-04-04', 100_000_000, 0],
    ]);
    expect(rows[0]).toMatchObject({
      debtor_kind: 'company',
      contact_email: 'administratie@hoekje.example',
      contact_name: 'Renée de Vries',
    });
  });

  it('Moneybird style: UTF-8 with BOM, commas, "1,234.56", ISO dates', () => {
    const rows = read('moneybird-sales-invoices.csv', { debtorKind: 'company' });
    expect(
      columns(rows, 'debtor_reference', 'debtor_name', 'invoice_number', 'amount', 'open_amount'),
    ).toEqual([
      ['C-17', 'Van der Berg Installatietechniek', '2026-0042', 123_456, 123_456],
      ['C-17', 'Van der Berg Installatietechniek', '2026-0043', 9_995, 0],
      ['C-21', 'Jansen Hoveniers', '2026-0044', 1_250_000, 250_000],
    ]);
  });

  it('Twinfield style: 31/03/2026 and the kind of debtor in Dutch', () => {
    const rows = read('twinfield-openstaande-posten.csv');
    expect(columns(rows, 'debtor_reference', 'debtor_name', 'debtor_kind', 'issue_date', 'amount')).toEqual([
      ['D10045', 'Stichting Wijkcentrum De Brug', 'company', '2026-03-31', 242_000],
      ['D10046', 'M. Öztürk', 'consumer', '2026-03-31', 14_520],
    ]);
  });

  it('e-Boekhouden style: tabs, 3630,00, 2.3.2026', () => {
    const rows = read('e-boekhouden-facturen.txt', { debtorKind: 'company' });
    expect(
      columns(rows, 'debtor_reference', 'invoice_number', 'issue_date', 'due_date', 'amount', 'open_amount'),
    ).toEqual([
      ['REL0007', 'F00088', '2026-03-02', '2026-03-16', 60_500, 60_500],
      ['REL0008', 'F00089', '2026-03-03', '2026-04-02', 363_000, 181_500],
    ]);
  });

  it('an export without the kind of debtor says how to import it', () => {
    expect(() => read('exact-online-openstaande-posten.csv')).toThrow(
      /misses the column\(s\) debtor_kind .*--debtor-kind company/,
    );
  });

  it('refuses amounts it would have to guess, naming the column, the line and the value', () => {
    expect(problemsOf(fixture('ambiguous-amounts.csv'), { debtorKind: 'company' })).toEqual([
      {
        line: 2,
        message:
          'column amount ("Bedrag"), line 2: "1.250" could be 1250 or 1.25, and no amount in the file has cents to tell. Export amounts with two decimals (like 1.250,00 or 1250.00)',
      },
    ]);
  });

  it('names the line, the column as the file calls it, and what to write instead', () => {
    const text = [
      'Code;Naam;Soort debiteur;Factuurnummer;Factuurdatum;Vervaldatum;Bedrag;Openstaand',
      '1;Alfa;bedrijf;A-1;01-03-2026;31-03-2026;1.250,00;1.250,00',
      '2;Beta;bedrijf;A-2;01-03-2026;31-03-2026;1.250,0x;',
      '3;Gamma;bedrijf;A-3;03/31/2026;31-03-2026;10,00;20,00',
    ].join('\r\n');
    expect(problemsOf(text)).toEqual([
      {
        line: 4,
        message:
          'column issue_date ("Factuurdatum"): "03/31/2026" is not a date: write it day first like 31-03-2026 (or 31/03/2026), or as 2026-03-31',
      },
      {
        line: 3,
        message:
          'column amount ("Bedrag"): "1.250,0x" is not an amount like 1.250,00 or 1250,00 (this file writes decimals with a ",")',
      },
    ]);
  });

  it('refuses two columns that both give one of ours', () => {
    expect(() => readLedgerCsv('Code;Debiteurnummer;Naam\n1;2;Alfa\n', 'two.csv')).toThrow(
      'the columns "Code" and "Debiteurnummer" both give debtor_reference',
    );
  });
});
