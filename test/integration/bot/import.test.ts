import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess } from '../../support/run-cli.ts';
import { createTestTarget, withDatabase } from '../../support/test-database.ts';

const HEADER =
  'debtor_reference,debtor_name,debtor_kind,language,contact_email,contact_name,account_owner,invoice_number,issue_date,due_date,amount,open_amount,currency,po_number';

function writeCsv(lines: string[]): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ledger-')), 'ledger.csv');
  writeFileSync(file, `${[HEADER, ...lines].join('\n')}\n`);
  return file;
}

describe('collections import', () => {
  let db: Awaited<ReturnType<typeof createTestTarget>>;
  const count = (table: 'invoice' | 'debtor' | 'contact', where: Record<string, unknown> = {}) =>
    withDatabase(db.target, (open) =>
      table === 'invoice'
        ? open.prisma.invoice.count({ where })
        : table === 'debtor'
          ? open.prisma.debtor.count({ where })
          : open.prisma.contact.count({ where }),
    );
  beforeAll(async () => {
    db = await createTestTarget();
    // As in production: migrate first (import migrates only the embedded database by itself).
    const migrated = await runCliProcess(['db', 'migrate'], { env: db.env });
    expect(migrated.code).toBe(0);
  });
  afterAll(async () => {
    await db.drop();
  });

  it('imports debtors, contacts and invoices, and a second import creates nothing twice', async () => {
    const file = writeCsv([
      'C-1,Acme B.V.,company,nl,ap@acme.nl,Ank,owner@example.com,F-1,2026-10-01,2026-10-31,1250.00,1250.00,EUR,',
      'C-1,Acme B.V.,company,nl,ap@acme.nl,Ank,owner@example.com,F-2,2026-10-05,2026-11-04,"99,95",,EUR,PO-7',
      'C-2,Sam Jones,consumer,en,sam@example.com,Sam,,F-3,2026-09-01,2026-09-15,40,0,,',
    ]);
    const first = await runCliProcess(['import', file], { env: db.env });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('2 debtors created');
    expect(first.stdout).toContain('3 invoices created');
    const invoices = await withDatabase(db.target, (open) =>
      open.prisma.invoice.findMany({ orderBy: { number: 'asc' } }),
    );
    expect(
      invoices.map((invoice) => [
        invoice.number,
        invoice.amountCents,
        invoice.openCents,
        invoice.status,
        invoice.poNumber,
      ]),
    ).toEqual([
      ['F-1', 125_000, 125_000, 'open', null],
      ['F-2', 9_995, 9_995, 'open', 'PO-7'],
      ['F-3', 4_000, 0, 'paid', null],
    ]);
    expect(await count('contact')).toBe(2);

    const again = await runCliProcess(['import', file], { env: db.env });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('0 debtors created');
    expect(await count('invoice')).toBe(3);
    expect(await count('debtor')).toBe(2);
    expect(await count('contact')).toBe(2);
  });

  it('reports every bad row with its line number and imports nothing of that file', async () => {
    const before = await count('invoice');
    const file = writeCsv([
      'C-9,Good Row Ltd,company,en,,,,G-1,2026-10-01,2026-10-31,10.00,,,',
      'C-9,Good Row Ltd,company,en,,,,G-2,2026-13-01,2026-10-31,10.00,,,',
      'C-9,Good Row Ltd,company,en,,,,G-3,2026-10-01,2026-10-31,"1.250,00",,,',
      'C-8,Someone,private,en,,,,G-4,2026-10-01,2026-10-31,10.00,,,',
      'C-9,Good Row Ltd,company,en,,,,G-1,2026-10-01,2026-10-31,10.00,,,',
    ]);
    const result = await runCliProcess(['import', file], { env: db.env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('4 problem(s); nothing was imported');
    expect(result.stderr).toMatch(
      /line 3: column issue_date: "2026-13-01" is not a date: write it day first like 31-03-2026/,
    );
    expect(result.stderr).toMatch(
      /line 4: amounts are written two ways: column amount, line 4: "1\.250,00" has a decimal comma, column amount, line 2: "10\.00" a decimal point/,
    );
    expect(result.stderr).toMatch(/line 5: column debtor_kind: must be "company" or "consumer"/);
    expect(result.stderr).toMatch(/line 6: invoice G-1 already appears on line 2/);
    expect(await count('invoice')).toBe(before);
    expect(await count('debtor', { reference: 'C-9' })).toBe(0);
  });

  it('names missing columns and an unreadable file', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'ledger-')), 'bad.csv');
    writeFileSync(file, 'debtor_reference,debtor_name\nX,Y\n');
    const result = await runCliProcess(['import', file], { env: db.env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'misses the column(s) debtor_kind, invoice_number, issue_date, due_date, amount',
    );
    const missing = await runCliProcess(['import', '/nonexistent/ledger.csv'], { env: db.env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot read /nonexistent/ledger.csv: ENOENT');
  });
});
