import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLedgerCsv } from '../../../../bot/ledger/read-ledger-csv.ts';
import { computeAging } from '../../../../domain/kpi/compute-aging.ts';
import { computeDso } from '../../../../domain/kpi/compute-dso.ts';
import { countbackDso } from '../../../../domain/kpi/countback-dso.ts';
import { forecastCashFlow } from '../../../../domain/kpi/forecast-cash-flow.ts';
import { summarizeAging } from '../../../../domain/kpi/summarize-aging.ts';
import { importLedger } from '../../../../prisma/ledger/import-ledger.ts';
import { loadAgingCells } from '../../../../prisma/ledger/load-aging-cells.ts';
import { loadDsoSales } from '../../../../prisma/ledger/load-dso-sales.ts';
import { loadForecastInputs } from '../../../../prisma/ledger/load-forecast-inputs.ts';
import { loadReceivables } from '../../../../prisma/ledger/load-receivables.ts';
import { buildLedgerCsv } from '../../../support/build-ledger-csv.ts';
import { seedLedgerHistory } from '../../../support/seed-ledger-history.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/test-database.ts';

// The reports sum in SQL; the domain's own functions on every invoice are the reference. A
// varied ledger: partial payments, paid, credited and written-off invoices, disputes, plans with
// paid, partly paid and missed instalments, open and broken promises (two on some invoices),
// every age. Runs on PGlite, and on PostgreSQL with DATABASE_URL.
const SEEDED_ON = '2026-11-23';
const DAYS = [SEEDED_ON, '2026-11-30', '2026-12-31', '2026-10-01', '2027-03-15', '2025-11-01'];
const OPEN_STATUSES = new Set(['open', 'disputed', 'planned']);

describe('reports summed by the database', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    const rows = readLedgerCsv(buildLedgerCsv({ invoices: 4000, today: SEEDED_ON, seed: 7 }), 'varied.csv');
    await importLedger({ prisma: db.prisma, rows });
    await seedLedgerHistory({ db: db.sql, today: SEEDED_ON });
    // Two debtors under one name are one row of the aging, both ways.
    await db.sql.$queryRawUnsafe(
      `UPDATE debtor SET name = 'Twin B.V.' WHERE reference IN ('D000010', 'D000011')`,
    );
  }, 300_000);
  afterAll(async () => db?.close());

  it('works on a ledger with every case in it', async () => {
    const ledger = await loadReceivables({ prisma: db.prisma });
    const statuses = new Set(ledger.invoices.map((invoice) => invoice.status));
    expect([...statuses].sort()).toEqual(['credited', 'disputed', 'open', 'paid', 'planned', 'written_off']);
    expect(ledger.invoices.some((i) => i.openCents > 0 && i.openCents < i.amountCents)).toBe(true);
    const promisedTwice = ledger.promises.filter(
      (p, index) => ledger.promises.findIndex((q) => q.invoiceId === p.invoiceId) !== index,
    );
    expect(promisedTwice.length).toBeGreaterThan(0);
    expect(ledger.instalments.some((i) => i.unpaidCents > 0)).toBe(true);
  });

  for (const asOf of DAYS) {
    it(`aging as of ${asOf} is computeAging's`, async () => {
      const ledger = await loadReceivables({ prisma: db.prisma });
      const open = ledger.invoices.filter((i) => OPEN_STATUSES.has(i.status) && i.openCents > 0);
      const expected = computeAging({ invoices: open, asOf });
      for (const runner of [db.sql, db.prisma]) {
        expect(summarizeAging({ cells: await loadAgingCells({ db: runner, asOf }), asOf })).toEqual(expected);
      }
      expect(expected.rows.length).toBeGreaterThan(100);
    });

    it(`DSO as of ${asOf} is computeDso's`, async () => {
      const ledger = await loadReceivables({ prisma: db.prisma });
      const expected = computeDso({ invoices: ledger.invoices, asOf });
      for (const runner of [db.sql, db.prisma]) {
        expect(countbackDso({ asOf, ...(await loadDsoSales({ db: runner, asOf })) })).toEqual(expected);
      }
    });

    it(`forecast as of ${asOf} is forecastCashFlow's on every invoice`, async () => {
      const ledger = await loadReceivables({ prisma: db.prisma });
      const open = ledger.invoices.filter((i) => OPEN_STATUSES.has(i.status) && i.openCents > 0);
      for (const weeks of [1, 8, 52]) {
        const expected = forecastCashFlow({
          asOf,
          weeks,
          invoices: open,
          promises: ledger.promises,
          instalments: ledger.instalments,
        });
        for (const runner of [db.sql, db.prisma]) {
          expect(forecastCashFlow({ asOf, weeks, ...(await loadForecastInputs({ db: runner })) })).toEqual(
            expected,
          );
        }
      }
    });
  }

  it('the seeded day has promises, plans, disputes and overdue money in the forecast', async () => {
    const forecast = forecastCashFlow({
      asOf: SEEDED_ON,
      weeks: 8,
      ...(await loadForecastInputs({ db: db.sql })),
    });
    const total = (field: 'promisesCents' | 'plansCents' | 'invoicesCents') =>
      forecast.weeks.reduce((sum, week) => sum + week[field], 0);
    expect(total('promisesCents')).toBeGreaterThan(0);
    expect(total('plansCents')).toBeGreaterThan(0);
    expect(total('invoicesCents')).toBeGreaterThan(0);
    expect(forecast.disputedCents).toBeGreaterThan(0);
    expect(forecast.overdueUndatedCents).toBeGreaterThan(0);
  });
});
