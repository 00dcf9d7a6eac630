import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LedgerSyncFailed, syncLedger } from '../../../../bot/ledger/sync-ledger.ts';
import { AppError } from '../../../../domain/errors/app-error.ts';
import type {
  LedgerDebtor,
  LedgerInvoice,
  LedgerPage,
  LedgerSource,
} from '../../../../domain/ledger/ledger-source.ts';
import { loadDebtorPage } from '../../../../prisma/debtors/load-debtor-page.ts';
import { NO_LEDGER_CHANGES } from '../../../../prisma/ledger/write-ledger-page.ts';
import { openDatabase } from '../../../../prisma/open-database.ts';
import { requirePostgres, skipUnlessPostgres } from '../../../support/find-postgres.ts';
import { seedQueuedReminder } from '../../../support/seed-queued-reminder.ts';
import { createTestDatabase, createTestTarget, type TestDatabase } from '../../../support/test-database.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

const NOW = new Date('2026-12-05T10:00:00Z');
const debtor = (reference: string): LedgerDebtor => ({
  reference,
  name: `${reference} BV`,
  kind: 'company',
  language: 'nl',
  contacts: [{ name: 'Boekhouding', email: `ap@${reference.toLowerCase()}.example`, isPrimary: true }],
  address: { street: 'Kade 1', postalCode: '1011 AA', city: 'Amsterdam', country: 'NL' },
});
const invoice = (
  number: string,
  debtorReference: string,
  openCents: number,
  amountCents = 10_000,
): LedgerInvoice => ({
  number,
  debtorReference,
  currency: 'EUR',
  amountCents,
  openCents,
  issueDate: '2026-10-01',
  dueDate: '2026-10-31',
  poNumber: null,
  state: openCents === 0 ? 'paid' : 'open',
});
const page = (cursor: string, parts: Partial<LedgerPage>): LedgerPage => ({
  debtors: [],
  invoices: [],
  creditNotes: [],
  payments: [],
  deletedInvoiceNumbers: [],
  cursor,
  ...parts,
});

/** A package as the port sees it: pages after a cursor, and a fault to inject after page n. */
function fakeSource(
  pages: readonly LedgerPage[],
  failAfter: { page: number | null } = { page: null },
): LedgerSource & {
  readonly cursorsAsked: (string | null)[];
} {
  const cursorsAsked: (string | null)[] = [];
  return {
    name: 'moneybird',
    cursorsAsked,
    async *readChanges({ cursor }) {
      cursorsAsked.push(cursor);
      const start = cursor === null ? 0 : pages.findIndex((p) => p.cursor === cursor) + 1;
      for (let index = start; index < pages.length; index++) {
        yield pages[index]!;
        if (failAfter.page === index + 1) throw new Error('the package went away (injected)');
      }
    },
  };
}

/** A full sync of these pages, at NOW. */
const syncFully = (pages: readonly LedgerPage[]) =>
  syncLedger({ prisma: db.prisma, source: fakeSource(pages), full: true, now: () => NOW });

const count = async (sql: string) =>
  Number((await db.prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM ${sql}`))[0]!.n);

describe('syncLedger: one transaction per page with its cursor, resumable, idempotent', () => {
  it('a sync that fails after page 2 of 4 resumes from its cursor: everything is written once', async () => {
    const pages = [
      page('c1', {
        debtors: [debtor('R1')],
        invoices: [invoice('S-1', 'R1', 10_000), invoice('S-2', 'R1', 10_000)],
      }),
      page('c2', {
        debtors: [debtor('R2')],
        invoices: [invoice('S-3', 'R2', 4_000)],
        payments: [
          {
            externalId: 'p-3',
            debtorReference: 'R2',
            invoiceNumber: 'S-3',
            amountCents: 6_000,
            date: '2026-11-20',
          },
        ],
      }),
      page('c3', {
        invoices: [invoice('S-1', 'R1', 0)],
        payments: [
          {
            externalId: 'p-1',
            debtorReference: 'R1',
            invoiceNumber: 'S-1',
            amountCents: 10_000,
            date: '2026-12-01',
          },
        ],
      }),
      page('c4', {
        creditNotes: [
          {
            externalId: 'cn-2',
            debtorReference: 'R1',
            invoiceNumber: 'S-2',
            amountCents: 2_500,
            date: '2026-12-02',
          },
          {
            externalId: 'cn-x',
            debtorReference: 'R1',
            invoiceNumber: null,
            amountCents: 1_000,
            date: '2026-12-02',
          },
        ],
        deletedInvoiceNumbers: ['S-3'],
      }),
    ];
    const failing = fakeSource(pages, { page: 2 });
    const failed = await syncLedger({ prisma: db.prisma, source: failing, now: () => NOW }).catch((e) => e);
    expect(failed).toBeInstanceOf(LedgerSyncFailed);
    expect((failed as LedgerSyncFailed).result).toMatchObject({
      pages: 2,
      invoicesCreated: 3,
      debtorsCreated: 2,
    });
    expect((failed as LedgerSyncFailed).startedFailing).toBe(true);
    expect(
      await db.prisma.ledgerSyncState.findUniqueOrThrow({ where: { source: 'moneybird' } }),
    ).toMatchObject({
      cursor: 'c2',
      lastError: 'the package went away (injected)',
    });

    const source = fakeSource(pages);
    const resumed = await syncLedger({ prisma: db.prisma, source, now: () => NOW });
    expect(source.cursorsAsked).toEqual(['c2']);
    expect(resumed).toMatchObject({
      pages: 2,
      invoicesCreated: 0,
      invoicesUpdated: 1,
      invoicesPaid: 1,
      paymentsBooked: 1,
      creditNotesApplied: 1,
      creditNotesUnlinked: 1,
      invoicesDeleted: 1,
    });
    expect(resumed.notes.join('\n')).toContain(
      'credit note cn-x of 10.00 (debtor R1) names no invoice: not applied',
    );

    const invoices = await db.prisma.invoice.findMany({ orderBy: { number: 'asc' } });
    expect(invoices.map((i) => [i.number, i.openCents, i.status])).toEqual([
      ['S-1', 0, 'paid'],
      ['S-2', 7_500, 'open'],
      ['S-3', 0, 'credited'],
    ]);
    expect(await count('debtor')).toBe(2);
    expect(await count('contact')).toBe(2);
    expect(await count(`payment WHERE source = 'ledger:moneybird'`)).toBe(2);
    expect(await count('ledger_credit_note')).toBe(2);
    const state = await db.prisma.ledgerSyncState.findUniqueOrThrow({ where: { source: 'moneybird' } });
    expect(state).toMatchObject({ cursor: 'c4', lastError: null, failingSince: null });

    // The pages written last, again (`--full` reads the package's present, which they are): nothing changes.
    const lines = await count(`message WHERE channel = 'system'`);
    const again = await syncFully(pages.slice(2));
    // Every count zero (`NO_LEDGER_CHANGES` but its notes, which may say what was skipped).
    const { notes: _notes, ...noChanges } = NO_LEDGER_CHANGES;
    expect(again).toMatchObject({ pages: 2, full: true, ...noChanges });
    expect(await count(`message WHERE channel = 'system'`)).toBe(lines);
    expect(await count(`payment WHERE source = 'ledger:moneybird'`)).toBe(2);
    expect(
      (await db.prisma.invoice.findMany({ orderBy: { number: 'asc' } })).map((i) => i.openCents),
    ).toEqual([0, 7_500, 0]);
  });

  it('an invoice the package marks paid ends dunning as a payment does, with a system line', async () => {
    await syncFully([page('d1', { debtors: [debtor('R9')], invoices: [invoice('D-1', 'R9', 10_000)] })]);
    const { id: invoiceId, debtorId } = await db.prisma.invoice.findUniqueOrThrow({
      where: { number: 'D-1' },
    });
    const pause = await db.prisma.dunningPause.create({
      data: { invoiceId, reason: 'already paid', until: new Date('2026-12-20T00:00:00Z'), createdBy: 'test' },
    });
    const { proposal, outbox } = await seedQueuedReminder(db, {
      debtorId,
      invoiceId,
      externalId: '<queued-d1@acme.example>',
    });
    const result = await syncFully([page('d2', { invoices: [invoice('D-1', 'R9', 0)] })]);
    expect(result.invoicesPaid).toBe(1);
    expect(await db.prisma.dunningPause.findUniqueOrThrow({ where: { id: pause.id } })).toMatchObject({
      liftedAt: NOW,
    });
    expect((await db.prisma.proposal.findUniqueOrThrow({ where: { id: proposal.id } })).status).toBe(
      'expired',
    );
    expect(await db.prisma.emailOutbox.findUniqueOrThrow({ where: { id: outbox.id } })).toMatchObject({
      status: 'cancelled',
      lastError: 'not sent: invoice D-1 was paid',
    });
    const line = await db.prisma.message.findFirstOrThrow({ where: { invoiceId, channel: 'system' } });
    expect(line.rawText).toBe(
      'Moneybird shows invoice D-1 as paid (€100.00 was open here). Dunning stopped.',
    );
    const audit = await db.prisma.auditEvent.findMany({
      where: { entityId: invoiceId },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((event) => [event.type, event.actor])).toEqual([
      ['invoice.paid', 'ledger:moneybird'],
      ['dunning.stopped', 'ledger:moneybird'],
    ]);
  });

  it('never undoes a payment recorded here that the package has not booked yet', async () => {
    await syncFully([page('m1', { debtors: [debtor('R7')], invoices: [invoice('M-1', 'R7', 10_000)] })]);
    const { id, debtorId } = await db.prisma.invoice.findUniqueOrThrow({ where: { number: 'M-1' } });
    await db.prisma.payment.create({
      data: {
        debtorId,
        invoiceId: id,
        amountCents: 4_000,
        receivedAt: NOW,
        source: 'mollie',
        externalId: 'mollie:tr_m1',
      },
    });
    await db.prisma.invoice.update({ where: { id }, data: { openCents: 6_000 } });
    // The package still shows the full amount, and then a credit note of 10.00 in its figure.
    const stale = await syncFully([
      page('m2', {
        invoices: [invoice('M-1', 'R7', 9_000)],
        creditNotes: [
          {
            externalId: 'cn-m1',
            debtorReference: 'R7',
            invoiceNumber: 'M-1',
            amountCents: 1_000,
            date: '2026-12-03',
          },
        ],
      }),
    ]);
    expect(stale.creditNotesInFigure).toBe(1);
    expect(stale.notes.join('\n')).toContain("invoice M-1: kept the app's payment of 40.00");
    expect((await db.prisma.invoice.findUniqueOrThrow({ where: { id } })).openCents).toBe(5_000);
    // The bookkeeper books our payment in the package: the figure agrees, nothing counts twice.
    await syncFully([
      page('m3', {
        invoices: [invoice('M-1', 'R7', 5_000)],
        payments: [
          {
            externalId: 'p-m1',
            debtorReference: 'R7',
            invoiceNumber: 'M-1',
            amountCents: 4_000,
            date: '2026-12-04',
          },
        ],
      }),
    ]);
    expect(await db.prisma.invoice.findUniqueOrThrow({ where: { id } })).toMatchObject({
      openCents: 5_000,
      status: 'open',
    });
    // Two payment rows (ours and the booking), one payment on the debtor's page.
    expect(await db.prisma.payment.count({ where: { invoiceId: id } })).toBe(2);
    const debtorPage = await loadDebtorPage({ prisma: db.prisma, debtorId, today: '2026-12-05' });
    expect(debtorPage!.timeline.filter((event) => event.kind === 'payment')).toEqual([
      expect.objectContaining({
        amountCents: 4_000,
        source: 'mollie',
        invoiceNumber: 'M-1',
        alsoBookedIn: ['moneybird'],
      }),
    ]);
  });

  it("a package's name and address update a debtor; the language a person set stays (Moneybird has none)", async () => {
    await db.prisma.debtor.create({
      data: { reference: 'LANG-1', name: 'Old Name Ltd', kind: 'company', language: 'en' },
    });
    const result = await syncFully([
      page('l1', { debtors: [{ ...debtor('LANG-1'), name: 'New Name Ltd' }] }),
    ]);
    expect(result).toMatchObject({ debtorsCreated: 0, debtorsUpdated: 1, contactsCreated: 1 });
    expect(await db.prisma.debtor.findUniqueOrThrow({ where: { reference: 'LANG-1' } })).toMatchObject({
      name: 'New Name Ltd',
      language: 'en',
      addressCity: 'Amsterdam',
    });
  });

  it('an invoice for a debtor the package never sent refuses the page and keeps the cursor', async () => {
    const before = await db.prisma.ledgerSyncState.findUniqueOrThrow({ where: { source: 'moneybird' } });
    const failed = await syncLedger({
      prisma: db.prisma,
      source: fakeSource([page('z1', { invoices: [invoice('Z-1', 'NOBODY', 100)] })]),
      now: () => NOW,
    }).catch((e) => e);
    expect(failed).toBeInstanceOf(LedgerSyncFailed);
    expect(((failed as LedgerSyncFailed).cause as Error).message).toContain(
      'Moneybird lists invoice Z-1 for debtor NOBODY, which it did not send and we do not have',
    );
    expect(await db.prisma.invoice.findUnique({ where: { number: 'Z-1' } })).toBeNull();
    const after = await db.prisma.ledgerSyncState.findUniqueOrThrow({ where: { source: 'moneybird' } });
    expect(after.cursor).toBe(before.cursor);
    expect(after.failingSince).not.toBeNull();
  });

  // Only PostgreSQL runs two transactions at once; PGlite serialises them by construction.
  it.skipIf(skipUnlessPostgres)(
    'two syncs of one source at once (serve and the command): the cursor fences them, each page is written once',
    async () => {
      const pg = await createTestTarget({ postgresUrl: requirePostgres() });
      const one = await openDatabase({ target: pg.target, migrate: true });
      const other = await openDatabase({ target: pg.target, migrate: false });
      try {
        const pages = Array.from({ length: 6 }, (_, i) =>
          page(`r${i + 1}`, {
            debtors: [debtor(`RACE-${i}`)],
            invoices: [invoice(`RACE-${i}`, `RACE-${i}`, 5_000), invoice(`RACE-${i}b`, `RACE-${i}`, 0)],
          }),
        );
        const slow = (): LedgerSource => ({
          name: 'moneybird',
          async *readChanges({ cursor }) {
            const start = cursor === null ? 0 : pages.findIndex((p) => p.cursor === cursor) + 1;
            for (const next of pages.slice(start)) {
              await new Promise((resolve) => setTimeout(resolve, 20));
              yield next;
            }
          },
        });
        const outcomes = await Promise.allSettled([
          syncLedger({ prisma: one.prisma, source: slow() }),
          syncLedger({ prisma: other.prisma, source: slow() }),
        ]);
        const failed = outcomes.filter((o) => o.status === 'rejected');
        expect(failed.length).toBeLessThanOrEqual(1);
        for (const outcome of failed) {
          const cause = ((outcome as PromiseRejectedResult).reason as LedgerSyncFailed).cause;
          expect(cause).toBeInstanceOf(AppError);
          expect((cause as AppError).code).toBe('CONFLICT');
        }
        expect(await one.prisma.invoice.count()).toBe(12);
        expect(await one.prisma.debtor.count()).toBe(6);
        expect(
          (await one.prisma.ledgerSyncState.findUniqueOrThrow({ where: { source: 'moneybird' } })).cursor,
        ).toBe('r6');
      } finally {
        await other.close();
        await one.close();
        await pg.drop();
      }
    },
    60_000,
  );
});
