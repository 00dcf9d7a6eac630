import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCsvLedgerSource } from '../../../../bot/ledger/create-csv-ledger-source.ts';
import { readLedgerCsv } from '../../../../bot/ledger/read-ledger-csv.ts';
import { syncLedger } from '../../../../bot/ledger/sync-ledger.ts';
import { importLedger } from '../../../../prisma/ledger/import-ledger.ts';
import { buildLedgerCsv } from '../../../support/build-ledger-csv.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/test-database.ts';

describe('a CSV export behind the ledger port', () => {
  let synced: TestDatabase;
  let imported: TestDatabase;
  beforeAll(async () => {
    synced = await createTestDatabase();
    imported = await createTestDatabase();
  });
  afterAll(async () => {
    await synced?.close();
    await imported?.close();
  });

  const invoicesOf = async (db: TestDatabase) =>
    (await db.prisma.invoice.findMany({ orderBy: { number: 'asc' }, include: { debtor: true } })).map(
      (i) => ({
        number: i.number,
        debtor: i.debtor.reference,
        kind: i.debtor.kind,
        amount: i.amountCents,
        open: i.openCents,
        status: i.status,
        due: i.dueDate.toISOString().slice(0, 10),
      }),
    );

  it('syncs to what `import` writes, page by page, and the same file again adds nothing', async () => {
    const text = buildLedgerCsv({ invoices: 2_500, today: '2026-12-04' });
    const rows = readLedgerCsv(text, 'ledger.csv');
    const source = createCsvLedgerSource({ rows, bytes: new TextEncoder().encode(text) });
    const first = await syncLedger({ prisma: synced.prisma, source });
    expect(first).toMatchObject({ pages: 3, invoicesCreated: 2_500 });
    await importLedger({ prisma: imported.prisma, rows });
    expect(await invoicesOf(synced)).toEqual(await invoicesOf(imported));
    expect(await synced.prisma.contact.count()).toBe(await imported.prisma.contact.count());

    const again = await syncLedger({ prisma: synced.prisma, source });
    expect(again.pages).toBe(0);
    const full = await syncLedger({ prisma: synced.prisma, source, full: true });
    expect(full).toMatchObject({ pages: 3, invoicesCreated: 0, invoicesUpdated: 0, debtorsUpdated: 0 });
  }, 120_000);
});
