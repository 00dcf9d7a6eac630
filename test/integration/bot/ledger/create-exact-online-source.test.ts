import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createExactOnlineSource } from '../../../../bot/ledger/create-exact-online-source.ts';
import type { LedgerSettings } from '../../../../bot/ledger/read-ledger-settings.ts';
import { AppError } from '../../../../domain/errors/app-error.ts';
import type { LedgerPage } from '../../../../domain/ledger/ledger-source.ts';
import { connectFakeExactOnline } from '../../../support/connect-fake-exact-online.ts';
import { fakeExactOnlineSettings } from '../../../support/fake-exact-online-settings.ts';
import {
  EXACT_DELETED_SALES_INVOICE,
  exactDate,
  type FakeExactOnline,
  startExactOnlineServer,
} from '../../../support/start-exact-online-server.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/test-database.ts';

// The Exact Online adapter end to end: the real token store (sealed tokens in the database, the
// refresh and rotation under a row lock) against a loopback Exact Online that pages, limits,
// expires the token mid-sync, fails a page once, answers 429 once and deletes an invoice.
const ACCOUNT_1 = '6f1a0c5e-0000-4000-8000-000000000001';
const ACCOUNT_2 = '6f1a0c5e-0000-4000-8000-000000000002';
const SUPPLIER = '6f1a0c5e-0000-4000-8000-000000000003';
const INVOICE_6 = '9b2e4d10-0000-4000-8000-000000000006';

describe('Exact Online as a ledger source', () => {
  let db: TestDatabase;
  let exact: FakeExactOnline;
  let settings: LedgerSettings;
  let logged: string[];
  const key = randomBytes(32);

  beforeAll(async () => {
    db = await createTestDatabase();
  }, 120_000);
  afterAll(async () => db?.close());

  beforeEach(async () => {
    exact = await startExactOnlineServer();
    logged = [];
    settings = fakeExactOnlineSettings(exact, key, 'C0FINANCE');
    await db.sql.$queryRawUnsafe(`DELETE FROM ledger_connection`);
    await db.sql.$queryRawUnsafe(`DELETE FROM slack_outbox`);
    await connectFakeExactOnline(db, exact, key);
    seedBooks(exact);
  });
  afterEach(async () => {
    // No token or secret in anything the adapter logged.
    const secrets = [...new Set(exact.requests.flatMap((r) => (r.bearer ? [r.bearer] : [])))];
    secrets.push(exact.currentRefreshToken(), exact.clientSecret);
    for (const line of logged) for (const secret of secrets) expect(line).not.toContain(secret);
    await exact.close();
  });

  const source = () =>
    createExactOnlineSource({ db, settings, log: (line) => logged.push(line), retryDelayMs: 50 });

  const collect = async (cursor: string | null) => {
    const pages: LedgerPage[] = [];
    for await (const page of (await source()).readChanges({ cursor })) pages.push(page);
    return pages;
  };

  it('reads every page through an expired token, a failed page and a 429, to exact pages', async () => {
    exact.faults.set(3, 'expire-token');
    exact.faults.set(7, 'server-error');
    exact.faults.set(10, 'too-many');
    const started = Date.now();
    const pages = await collect(null);

    // One LedgerPage per API page: accounts 2, invoices 3, transaction lines 2, deletions 1.
    expect(pages.map(describePage)).toEqual([
      'debtors 2',
      'debtors 0',
      'invoices 2',
      'invoices 0 credits 1',
      'invoices 1',
      'payments 1',
      'payments 0',
      'deleted 1',
    ]);
    const all = merge(pages);
    expect(all.debtors).toEqual([
      {
        reference: '1001',
        name: 'Bakkerij De Korenschoof B.V.',
        kind: 'company',
        language: 'nl',
        contacts: [{ name: null, email: 'administratie@korenschoof.nl', isPrimary: true }],
        address: { street: 'Molenstraat 12', postalCode: '3512 AB', city: 'Utrecht', country: 'NL' },
      },
      {
        reference: '2002',
        name: 'Müller Maschinenbau GmbH',
        kind: 'company',
        language: 'de',
        contacts: [],
        address: null,
      },
    ]);
    expect(all.invoices).toEqual([
      {
        number: '26001',
        debtorReference: '1001',
        currency: 'EUR',
        // 1210.29 * 100 is 121028.99999999999 in floating point: read by its digits.
        amountCents: 121029,
        openCents: 60515,
        issueDate: '2026-10-01',
        dueDate: '2026-10-31',
        poNumber: 'PO-77',
        state: 'open',
      },
      {
        number: '26002',
        debtorReference: '2002',
        currency: 'EUR',
        amountCents: 29,
        openCents: 0,
        issueDate: '2026-10-02',
        dueDate: '2026-11-01',
        poNumber: null,
        state: 'paid',
      },
      {
        number: '26006',
        debtorReference: '2002',
        currency: 'EUR',
        amountCents: 1999,
        openCents: 1999,
        issueDate: '2026-10-06',
        dueDate: '2026-11-05',
        poNumber: null,
        state: 'open',
      },
    ]);
    expect(all.creditNotes).toEqual([
      {
        externalId: '9b2e4d10-0000-4000-8000-000000000004',
        debtorReference: '1001',
        invoiceNumber: null,
        amountCents: 10010,
        date: '2026-10-04',
      },
    ]);
    expect(all.payments).toEqual([
      {
        externalId: 'line-1',
        debtorReference: '1001',
        invoiceNumber: '26001',
        amountCents: 60514,
        date: '2026-10-20',
      },
    ]);
    expect(all.deletedInvoiceNumbers).toEqual(['26006']);

    // The expired token was refreshed once (and the new refresh token stored), the failed page and
    // the 429 were asked again, the 429 after its Retry-After of 1 s.
    expect(exact.refreshes).toBe(1);
    const lines = exact.requests.map((r) => r.line);
    expect(lines.filter((line) => line === 'POST /api/oauth2/token refresh_token')).toHaveLength(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    const api = `/api/v1/${exact.division}/`;
    expect(lines.map((line) => line.replace(`GET ${api}`, ''))).toEqual([
      'sync/CRM/Accounts',
      'sync/CRM/Accounts',
      'sync/SalesInvoice/SalesInvoices', // 3: the token expires: 401
      'POST /api/oauth2/token refresh_token',
      'sync/SalesInvoice/SalesInvoices', // the same page with the new token
      'read/financial/ReceivablesList',
      'read/financial/ReceivablesList',
      'sync/SalesInvoice/SalesInvoices', // 7: 500
      'sync/SalesInvoice/SalesInvoices', // asked again
      'sync/SalesInvoice/SalesInvoices',
      'sync/Financial/TransactionLines', // 10: 429, Retry-After 1
      'sync/Financial/TransactionLines',
      'sync/Financial/TransactionLines',
      'sync/Deleted',
    ]);
    const cursor = JSON.parse(pages.at(-1)!.cursor);
    expect(cursor).toMatchObject({ accounts: '103', invoices: '205', payments: '303', deleted: '402' });
    expect(cursor.open).toEqual({ '9b2e4d10-0000-4000-8000-000000000001': '26001' });
  }, 30_000);

  it('resumes from its cursor with only what changed, looking up the account of an invoice', async () => {
    const first = await collect(null);
    const cursor = first.at(-1)!.cursor;
    const again = await collect(cursor);
    expect(merge(again)).toEqual(merge([]));

    exact.salesInvoices.push({
      InvoiceID: '9b2e4d10-0000-4000-8000-000000000007',
      InvoiceNumber: 26007,
      InvoiceTo: ACCOUNT_1,
      Currency: 'EUR',
      AmountFC: 50,
      InvoiceDate: exactDate('2026-11-01'),
      DueDate: exactDate('2026-12-01'),
      Type: 8020,
      Status: 50,
      Timestamp: 206,
    });
    exact.receivables.push({ InvoiceNumber: 26007, Amount: 50, AccountCode: '1001', CurrencyCode: 'EUR' });
    const before = exact.requests.length;
    const later = merge(await collect(cursor));
    expect(later.debtors).toEqual([]);
    expect(later.invoices.map((i) => [i.number, i.debtorReference, i.amountCents, i.openCents])).toEqual([
      ['26007', '1001', 5000, 5000],
    ]);
    expect(exact.requests.slice(before).some((r) => r.line.endsWith('/crm/Accounts'))).toBe(true);
  }, 30_000);

  it('waits for the minute budget to come back instead of running into 429s', async () => {
    exact.minutelyLimit = 3;
    exact.minuteMs = 1_500;
    const started = Date.now();
    const pages = await collect(null);
    expect(merge(pages).invoices).toHaveLength(3);
    expect(exact.rateRefusals).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_400);
    expect(logged.some((line) => /minute limit reached, waiting/.test(line))).toBe(true);
  }, 60_000);

  it('stops with a clear RATE_LIMITED when the day budget is spent', async () => {
    exact.dailyRemaining = 3;
    const error = await collect(null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('RATE_LIMITED');
    expect((error as AppError).message).toMatch(
      /daily limit of API calls .* used up until .*resumes from where it stopped/,
    );
  }, 30_000);

  it('revokes the connection on invalid_grant and tells finance once', async () => {
    exact.refuseRefresh = true;
    exact.faults.set(1, 'expire-token');
    for (const attempt of [1, 2]) {
      const error = await collect(null).catch((e: unknown) => e);
      expect((error as AppError).code, `attempt ${attempt}`).toBe('UNAUTHORIZED');
      expect((error as AppError).message).toMatch(
        /Exact Online no longer accepts our connection .*`collections connect exact-online`/,
      );
    }
    const [row] = await db.sql.$queryRawUnsafe<{ status: string; told: Date | null; reason: string }[]>(
      `SELECT status, finance_told_at AS told, revoked_reason AS reason FROM ledger_connection WHERE source = 'exact-online'`,
    );
    expect(row?.status).toBe('revoked');
    expect(row?.told).toBeInstanceOf(Date);
    expect(row?.reason).toMatch(/^invalid_grant/);
    const slack = await db.sql.$queryRawUnsafe<{ payload: { channel: string; text: string } }[]>(
      `SELECT payload FROM slack_outbox WHERE idempotency_key LIKE 'ledger-revoked:%'`,
    );
    expect(slack).toHaveLength(1);
    expect(slack[0]?.payload.channel).toBe('C0FINANCE');
    expect(slack[0]?.payload.text).toMatch(/To reconnect, run `collections connect exact-online`/);
    const audits = await db.sql.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event WHERE type = 'ledger_connection.revoked'`,
    );
    expect(audits[0]?.n).toBe(1);
    expect(logged.filter((line) => line.includes('no longer accepts'))).toHaveLength(1);
  }, 30_000);
});

function seedBooks(exact: FakeExactOnline): void {
  exact.accounts.push(
    {
      ID: ACCOUNT_1,
      Code: '              1001',
      Name: 'Bakkerij De Korenschoof B.V.',
      Email: 'administratie@korenschoof.nl',
      Language: 'NL',
      AddressLine1: 'Molenstraat 12',
      Postcode: '3512 AB',
      City: 'Utrecht',
      Country: 'NL ',
      Status: 'C',
      IsSales: true,
      Timestamp: 101,
    },
    {
      ID: ACCOUNT_2,
      Code: '              2002',
      Name: 'Müller Maschinenbau GmbH',
      Email: null,
      Language: 'DE',
      Status: 'C',
      IsSales: true,
      Timestamp: 102,
    },
    {
      ID: SUPPLIER,
      Code: '              9001',
      Name: 'Papierleverancier',
      Status: 'A',
      IsSales: false,
      Timestamp: 103,
    },
  );
  const invoice = (n: number, to: string, amount: number | string, extra: Record<string, unknown> = {}) => ({
    InvoiceID: `9b2e4d10-0000-4000-8000-00000000000${n}`,
    InvoiceNumber: 26000 + n,
    InvoiceTo: to,
    OrderedBy: to,
    Currency: 'EUR',
    AmountFC: amount,
    AmountDC: amount,
    InvoiceDate: exactDate(`2026-10-0${n}`),
    DueDate: exactDate(n === 1 ? '2026-10-31' : `2026-11-0${n - 1}`),
    Type: 8020,
    Status: 50,
    YourRef: null,
    Timestamp: 200 + n,
    ...extra,
  });
  exact.salesInvoices.push(
    invoice(1, ACCOUNT_1, 1210.29, { YourRef: ' PO-77 ' }),
    invoice(2, ACCOUNT_2, 0.29),
    invoice(3, ACCOUNT_1, 99, { Status: 10 }),
    invoice(4, ACCOUNT_1, -100.1, { Type: 8021 }),
    { ...invoice(6, ACCOUNT_2, '19.99'), Timestamp: 205 },
  );
  exact.receivables.push(
    { InvoiceNumber: 26001, Amount: 600, AccountCode: '1001', CurrencyCode: 'EUR' },
    { InvoiceNumber: 26001, Amount: 5.15, AccountCode: '1001', CurrencyCode: 'EUR' },
    { InvoiceNumber: 26006, Amount: 19.99, AccountCode: '2002', CurrencyCode: 'EUR' },
  );
  exact.transactionLines.push(
    {
      ID: 'line-1',
      AccountCode: '              1001',
      AmountDC: -605.14,
      Date: exactDate('2026-10-20'),
      InvoiceNumber: 26001,
      Type: 40,
      Timestamp: 301,
    },
    {
      ID: 'line-2',
      AccountCode: '              1001',
      AmountDC: 1210.29,
      Date: exactDate('2026-10-01'),
      InvoiceNumber: 26001,
      Type: 20,
      Timestamp: 302,
    },
    {
      ID: 'line-3',
      AccountCode: '              2002',
      AmountDC: 10,
      Date: exactDate('2026-10-21'),
      InvoiceNumber: 26002,
      Type: 40,
      Timestamp: 303,
    },
  );
  exact.deleted.push(
    { EntityKey: INVOICE_6, EntityType: EXACT_DELETED_SALES_INVOICE, Timestamp: 401 },
    { EntityKey: SUPPLIER, EntityType: 2, Timestamp: 402 },
  );
}

function describePage(page: LedgerPage): string {
  if (
    page.debtors.length > 0 ||
    (!page.invoices.length &&
      !page.creditNotes.length &&
      !page.payments.length &&
      !page.deletedInvoiceNumbers.length &&
      JSON.parse(page.cursor).invoices === '1')
  )
    return `debtors ${page.debtors.length}`;
  if (
    page.payments.length > 0 ||
    (JSON.parse(page.cursor).payments !== '1' &&
      JSON.parse(page.cursor).deleted === '1' &&
      !page.invoices.length &&
      !page.creditNotes.length)
  )
    return `payments ${page.payments.length}`;
  if (page.deletedInvoiceNumbers.length > 0) return `deleted ${page.deletedInvoiceNumbers.length}`;
  return `invoices ${page.invoices.length}${page.creditNotes.length ? ` credits ${page.creditNotes.length}` : ''}`;
}

function merge(pages: readonly LedgerPage[]) {
  return {
    debtors: pages.flatMap((p) => p.debtors),
    invoices: pages.flatMap((p) => p.invoices),
    creditNotes: pages.flatMap((p) => p.creditNotes),
    payments: pages.flatMap((p) => p.payments),
    deletedInvoiceNumbers: pages.flatMap((p) => p.deletedInvoiceNumbers),
  };
}
