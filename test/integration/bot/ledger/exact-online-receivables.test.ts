import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExactOnlineSource } from '../../../../bot/ledger/create-exact-online-source.ts';
import type { LedgerSettings } from '../../../../bot/ledger/read-ledger-settings.ts';
import { LedgerSyncFailed, syncLedger } from '../../../../bot/ledger/sync-ledger.ts';
import { connectFakeExactOnline } from '../../../support/connect-fake-exact-online.ts';
import { fakeExactOnlineSettings } from '../../../support/fake-exact-online-settings.ts';
import { seedQueuedReminder } from '../../../support/seed-queued-reminder.ts';
import {
  EXACT_DELETED_SALES_INVOICE,
  exactDate,
  exactReceivable,
  type FakeExactOnline,
  startExactOnlineServer,
} from '../../../support/start-exact-online-server.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/test-database.ts';

// A payment the bookkeeper matches in Exact Online without touching the invoice changes only the
// receivables list (the invoice's row version stays): each sync reads that list and settles or
// lowers what we hold open, never from a list read half, never what Exact deleted.
const ACCOUNT = (n: number) => `6f1a0c5e-0000-4000-8000-00000000010${n}`;
const INVOICE = (n: number) => `9b2e4d10-0000-4000-8000-00000000010${n}`;
const NOW = new Date('2026-12-07T09:00:00Z');

describe('Exact Online: the receivables list, read at every sync', () => {
  let db: TestDatabase;
  let exact: FakeExactOnline;
  let settings: LedgerSettings;
  const key = randomBytes(32);

  beforeAll(async () => {
    db = await createTestDatabase();
    exact = await startExactOnlineServer();
    settings = fakeExactOnlineSettings(exact, key, null);
    await connectFakeExactOnline(db, exact, key);
    for (const n of [1, 2]) {
      exact.accounts.push({
        ID: ACCOUNT(n),
        Code: `              100${n}`,
        Name: `Klant ${n} B.V.`,
        Email: `ap@klant${n}.example`,
        Language: 'NL',
        Status: 'C',
        IsSales: true,
        Timestamp: 10 + n,
      });
    }
    const invoice = (n: number, account: number, amount: number) => ({
      InvoiceID: INVOICE(n),
      InvoiceNumber: 26100 + n,
      InvoiceTo: ACCOUNT(account),
      OrderedBy: ACCOUNT(account),
      Currency: 'EUR',
      AmountFC: amount,
      AmountDC: amount,
      InvoiceDate: exactDate('2026-10-01'),
      DueDate: exactDate('2026-10-31'),
      Type: 8020,
      Status: 50,
      YourRef: null,
      Timestamp: 20 + n,
    });
    exact.salesInvoices.push(invoice(1, 1, 100), invoice(2, 2, 200), invoice(3, 2, 300));
    exact.receivables.push(
      receivable(26101, 1, 100, 1),
      receivable(26102, 2, 200, 2),
      receivable(26103, 2, 300, 3),
    );
    const first = await sync();
    expect(first.invoicesCreated).toBe(3);
  }, 120_000);
  afterAll(async () => {
    await exact?.close();
    await db?.close();
  });

  const sync = async () =>
    syncLedger({
      prisma: db.prisma,
      source: await createExactOnlineSource({ db, settings, retryDelayMs: 10 }),
      now: () => NOW,
    });
  const standing = async (number: string) => {
    const invoice = await db.prisma.invoice.findUniqueOrThrow({ where: { number } });
    return { openCents: invoice.openCents, status: invoice.status };
  };
  const receivablesRead = () =>
    exact.requests.filter((r) => r.line.endsWith('/read/financial/ReceivablesList')).length;

  it('settles an invoice the bookkeeper matched a payment to, lowers a part-paid one, once', async () => {
    const { id: invoiceId, debtorId } = await db.prisma.invoice.findUniqueOrThrow({
      where: { number: '26101' },
    });
    const { proposal, outbox } = await seedQueuedReminder(db, {
      debtorId,
      invoiceId,
      externalId: '<queued-26101@example>',
    });
    // Matched in Exact: 26101 paid in full, 26102 150.00 of 200.00. Neither invoice changed.
    exact.receivables.splice(0, 2, receivable(26102, 2, 50, 2));
    const reads = receivablesRead();

    const result = await sync();
    expect(receivablesRead() - reads).toBe(1);
    expect(result).toMatchObject({ invoicesPaid: 1, invoicesUpdated: 2, invoicesCreated: 0 });
    expect(await standing('26101')).toEqual({ openCents: 0, status: 'paid' });
    expect(await standing('26102')).toEqual({ openCents: 5_000, status: 'open' });
    expect(await standing('26103')).toEqual({ openCents: 30_000, status: 'open' });
    // Dunning ends as for any payment: the queued reminder does not go out.
    expect(await db.prisma.emailOutbox.findUniqueOrThrow({ where: { id: outbox.id } })).toMatchObject({
      status: 'cancelled',
      lastError: 'not sent: invoice 26101 was paid',
    });
    expect((await db.prisma.proposal.findUniqueOrThrow({ where: { id: proposal.id } })).status).toBe(
      'expired',
    );
    const lines = await db.prisma.message.findMany({
      where: { channel: 'system', invoice: { number: { in: ['26101', '26102'] } } },
      orderBy: { subject: 'asc' },
    });
    expect(lines.map((line) => line.rawText)).toEqual([
      'Exact Online no longer lists invoice 26101 as owed: a payment or credit note was matched to it there (€100.00 was open here). Dunning stopped.',
      'Exact Online shows €50.00 still open on invoice 26102 (€200.00 was open here): a payment or credit note was matched to it there.',
    ]);

    // The next sync reads the list again and finds nothing new: nothing is written twice.
    const again = await sync();
    expect(again).toMatchObject({ invoicesPaid: 0, invoicesUpdated: 0 });
    expect(await db.prisma.message.count({ where: { channel: 'system' } })).toBe(2);
  }, 60_000);

  it('settles nothing from a receivables list that failed part way', async () => {
    // 26103 matched in Exact; the list has two pages now, and its second page keeps failing.
    exact.receivables.splice(
      0,
      exact.receivables.length,
      receivable(26102, 2, 25, 2),
      exactReceivable({ HID: 9, AccountCode: '1002', Amount: -12.5, InvoiceNumber: null, EntryNumber: 900 }),
      receivable(26199, 2, 1, 7),
    );
    exact.unavailable = (url) =>
      url.pathname.endsWith('/read/financial/ReceivablesList') && url.searchParams.has('$skiptoken');
    const failed = await sync().catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(LedgerSyncFailed);
    expect(await standing('26102')).toEqual({ openCents: 5_000, status: 'open' });
    expect(await standing('26103')).toEqual({ openCents: 30_000, status: 'open' });

    exact.unavailable = null;
    const result = await sync();
    expect(result).toMatchObject({ invoicesPaid: 1, invoicesUpdated: 2 });
    expect(await standing('26102')).toEqual({ openCents: 2_500, status: 'open' });
    expect(await standing('26103')).toEqual({ openCents: 0, status: 'paid' });
  }, 60_000);

  it('an invoice Exact deleted is credited, not paid; a later fact here is never undone', async () => {
    exact.salesInvoices.push({
      InvoiceID: INVOICE(4),
      InvoiceNumber: 26104,
      InvoiceTo: ACCOUNT(1),
      Currency: 'EUR',
      AmountFC: 40,
      InvoiceDate: exactDate('2026-11-01'),
      DueDate: exactDate('2026-12-01'),
      Type: 8020,
      Status: 50,
      Timestamp: 30,
    });
    exact.receivables.push(receivable(26104, 1, 40, 4));
    await sync();
    expect(await standing('26104')).toEqual({ openCents: 4_000, status: 'open' });
    // Deleted in Exact: gone from the list too, and from the list first.
    exact.receivables.splice(exact.receivables.length - 1, 1);
    exact.deleted.push({ EntityKey: INVOICE(4), EntityType: EXACT_DELETED_SALES_INVOICE, Timestamp: 40 });
    const result = await sync();
    expect(result).toMatchObject({ invoicesDeleted: 1, invoicesPaid: 0 });
    expect(await standing('26104')).toEqual({ openCents: 0, status: 'credited' });

    // Here, after Exact settled 26103, the payment was reversed and the invoice opened again; Exact
    // has not booked the reversal yet. Its list (still without 26103) does not settle it again.
    await db.prisma.invoice.update({
      where: { number: '26103' },
      data: { openCents: 30_000, status: 'open' },
    });
    await sync();
    expect(await standing('26103')).toEqual({ openCents: 30_000, status: 'open' });
  }, 60_000);
});

/** A term of the receivables list for an invoice, as Exact lists it. */
function receivable(invoiceNumber: number, account: number, amount: number, hid: number) {
  return exactReceivable({
    HID: hid,
    AccountCode: `              100${account}`,
    AccountId: ACCOUNT(account),
    AccountName: `Klant ${account} B.V.`,
    Amount: amount,
    CurrencyCode: 'EUR',
    Description: `Factuur ${invoiceNumber}`,
    DueDate: exactDate('2026-10-31'),
    EntryNumber: invoiceNumber,
    InvoiceDate: exactDate('2026-10-01'),
    InvoiceNumber: invoiceNumber,
    JournalCode: '70',
  });
}
