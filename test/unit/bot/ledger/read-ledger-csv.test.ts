import { describe, expect, it } from 'vitest';
import { readLedgerCsv } from '../../../../bot/ledger/read-ledger-csv.ts';
import type { AppError } from '../../../../domain/errors/app-error.ts';

const HEADER = 'debtor_reference,debtor_name,debtor_kind,invoice_number,issue_date,due_date,amount';

function problemsOf(text: string): { line: number; message: string }[] {
  try {
    readLedgerCsv(text, 'ledger.csv');
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
    expect(problems).toContainEqual({ line: 8, message: 'issue_date must be a date like 2026-03-31' });
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
      { line: 3, message: expect.stringMatching(/dunning_step and last_dunning_date go together/) },
      { line: 4, message: 'last_dunning_date is before due_date: the ladder starts after the due date' },
      { line: 5, message: 'last_dunning_date must be a date like 2026-03-31' },
    ]);
  });
});
