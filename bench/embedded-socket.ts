// npm run bench:embedded-socket — what serving the embedded database on a socket costs. The same
// workload runs twice on one PGlite data directory: opened in this process (as a command does
// when no serve runs, and as serve did before), then through the socket (as serve and every other
// command do while serve runs: pg over a Unix socket into the session queue). Prints ms per
// operation; the ratio is the overhead.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { LedgerImportRow } from '../prisma/ledger/import-ledger.ts';
import { importLedger } from '../prisma/ledger/import-ledger.ts';
import { loadInvoiceStanding } from '../prisma/ledger/load-invoice-standing.ts';
import { loadReceivables } from '../prisma/ledger/load-receivables.ts';
import { type Database, openDatabase } from '../prisma/open-database.ts';
import { findInvoiceByNumber } from '../prisma/payments/find-invoice-by-number.ts';
import { serveEmbeddedDatabase } from '../prisma/socket/serve-embedded-database.ts';

const ROWS = Number(process.env.BENCH_SOCKET_ROWS ?? 1000);
const LOOKUPS = Number(process.env.BENCH_SOCKET_LOOKUPS ?? 300);

const rows: LedgerImportRow[] = Array.from({ length: ROWS }, (_, i) => ({
  debtor_reference: `D-${Math.floor(i / 2)}`,
  debtor_name: `Debtor ${Math.floor(i / 2)}`,
  debtor_kind: 'company',
  language: 'nl',
  contact_email: `ap${Math.floor(i / 2)}@example.com`,
  contact_name: null,
  account_owner: null,
  invoice_number: `INV-${i}`,
  issue_date: '2026-09-01',
  due_date: '2026-10-01',
  amount: 1000 + i,
  open_amount: 1000 + i,
  po_number: null,
}));

type Result = Record<string, number>;

async function time(label: string, times: number, work: (i: number) => Promise<unknown>, into: Result) {
  const started = performance.now();
  for (let i = 0; i < times; i += 1) await work(i);
  into[label] = (performance.now() - started) / times;
}

/** Runs on a database that already holds the ledger (imported once, untimed). */
async function workload(db: Database): Promise<Result> {
  const result: Result = {};
  await time(`import ${ROWS} rows (update)`, 1, () => importLedger({ prisma: db.prisma, rows }), result);
  const ids: string[] = [];
  await time(
    'find invoice by number',
    LOOKUPS,
    async (i) => {
      const invoice = await findInvoiceByNumber({ prisma: db.prisma, number: `INV-${i % ROWS}` });
      ids.push(invoice!.id);
    },
    result,
  );
  await time(
    'invoice standing (a chat turn)',
    LOOKUPS,
    (i) => loadInvoiceStanding({ prisma: db.prisma, invoiceId: ids[i % ids.length]! }),
    result,
  );
  await time('receivables (report aging)', 10, () => loadReceivables({ prisma: db.prisma }), result);
  await time(
    'read-modify-write transaction',
    LOOKUPS,
    (i) =>
      db.prisma.$transaction(async (tx) => {
        const invoice = await tx.invoice.findUniqueOrThrow({ where: { id: ids[i % ids.length]! } });
        await tx.invoice.update({ where: { id: invoice.id }, data: { poNumber: `PO-${i}` } });
      }),
    result,
  );
  await time('raw SQL (Database.sql) SELECT 1', LOOKUPS, () => db.sql.$queryRawUnsafe('SELECT 1'), result);
  return result;
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-socket-'));
try {
  const inProcess = await openDatabase({ target: { kind: 'pglite', dataDir }, migrate: true });
  let direct: Result;
  try {
    await importLedger({ prisma: inProcess.prisma, rows });
    direct = await workload(inProcess);
  } finally {
    await inProcess.close();
  }

  const served = await serveEmbeddedDatabase({ dataDir, log: (line) => console.error(line) });
  let socket: Result;
  try {
    const db = await openDatabase({ target: served.target });
    try {
      socket = await workload(db);
    } finally {
      await db.close();
    }
  } finally {
    await served.close();
  }

  console.log(`PGlite in ${dataDir}, ${ROWS} invoices; ms per operation (mean)`);
  console.log('operation'.padEnd(36), 'in-process'.padStart(11), 'socket'.padStart(9), 'ratio'.padStart(7));
  for (const label of Object.keys(direct)) {
    const a = direct[label]!;
    const b = socket[label]!;
    console.log(
      label.padEnd(36),
      a.toFixed(2).padStart(11),
      b.toFixed(2).padStart(9),
      `${(b / a).toFixed(2)}x`.padStart(7),
    );
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
