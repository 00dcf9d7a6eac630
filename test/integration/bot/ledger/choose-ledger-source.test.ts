import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chooseLedgerSource } from '../../../../bot/ledger/choose-ledger-source.ts';
import { syncLedger } from '../../../../bot/ledger/sync-ledger.ts';
import { AppError } from '../../../../domain/errors/app-error.ts';
import { listLedgerConnections } from '../../../../prisma/ledger-connections/list-ledger-connections.ts';
import { connectFakeExactOnline } from '../../../support/connect-fake-exact-online.ts';
import { exactDate, startExactOnlineServer } from '../../../support/start-exact-online-server.ts';
import { startMoneybirdServer } from '../../../support/start-moneybird-server.ts';
import { storeMoneybirdToken } from '../../../support/store-moneybird-token.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/test-database.ts';

// What `collections sync ledger` and serve's sync read: the package connected with `collections
// connect` (tokens sealed in the database), chosen without being named, against loopback Exact
// Online and Moneybird servers; a stored Moneybird token the package refuses revokes the
// connection and tells finance once.
describe('chooseLedgerSource: the connected package, from the token store', () => {
  let db: TestDatabase;
  const key = randomBytes(32);
  const tokenKey = key.toString('base64');

  beforeAll(async () => {
    db = await createTestDatabase();
  }, 120_000);
  afterAll(async () => db?.close());
  beforeEach(async () => {
    for (const table of ['ledger_connection', 'ledger_sync_state', 'slack_outbox']) {
      await db.sql.$queryRawUnsafe(`DELETE FROM ${table}`);
    }
  });

  const invoiceNumbers = async () =>
    (await db.prisma.invoice.findMany({ select: { number: true }, orderBy: { number: 'asc' } })).map(
      (i) => i.number,
    );

  it('syncs Moneybird with the token `connect moneybird` stored; a refused token revokes it and tells finance once', async () => {
    const moneybird = await startMoneybirdServer({ token: 'mb-stored-token-0000000000000001' });
    try {
      moneybird.addContactWithInvoice(
        { customer_id: 'MB-7001', company_name: 'Tapijthandel Noord B.V.' },
        { invoice_id: 'MB-2026-0042', total: '363.00' },
      );
      await storeMoneybirdToken({
        db,
        key,
        administration: moneybird.administrationId,
        token: moneybird.token,
      });
      const env = {
        LEDGER_TOKEN_KEY: tokenKey,
        MONEYBIRD_API_URL: `${moneybird.url}/api/v2`,
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_SIGNING_SECRET: 'signing-secret-of-the-test',
        SLACK_FINANCE_CHANNEL: 'C0FINANCE',
        SLACK_SALES_CHANNEL: 'C0SALES',
        SLACK_FINANCE_APPROVERS: 'U0FINANCE',
        SLACK_SALES_USERS: 'U0SALES',
      };
      const source = await chooseLedgerSource({ env, db });
      expect(source?.name).toBe('moneybird');
      if (!source) throw new Error('no source');
      await syncLedger({ prisma: db.prisma, source, full: false });
      expect(await invoiceNumbers()).toContain('MB-2026-0042');

      moneybird.token = 'mb-new-token-after-the-old-was-removed';
      for (let run = 0; run < 2; run++) {
        const refused = await syncLedger({ prisma: db.prisma, source, full: true }).catch((e: unknown) => e);
        expect(JSON.stringify(refused, Object.getOwnPropertyNames(refused))).not.toContain(
          'mb-stored-token-0000000000000001',
        );
      }
      const [connection] = await listLedgerConnections({ prisma: db.prisma });
      expect(connection?.status).toBe('revoked');
      const told = await db.sql.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM slack_outbox WHERE payload::text LIKE '%Moneybird%'`,
      );
      expect(told[0]?.n).toBe(1);
    } finally {
      await moneybird.close();
    }
  }, 60_000);

  it('syncs Exact Online from its stored connection when it is the one connected', async () => {
    const exact = await startExactOnlineServer();
    try {
      exact.accounts.push({
        ID: '6f1a0c5e-0000-4000-8000-0000000000a1',
        Code: '              3003',
        Name: 'Drukkerij Het Anker B.V.',
        Email: 'crediteuren@hetanker.nl',
        Language: 'NL',
        Status: 'C',
        IsSales: true,
        Timestamp: 11,
      });
      exact.salesInvoices.push({
        InvoiceID: '9b2e4d10-0000-4000-8000-0000000000b1',
        InvoiceNumber: 27001,
        InvoiceTo: '6f1a0c5e-0000-4000-8000-0000000000a1',
        OrderedBy: '6f1a0c5e-0000-4000-8000-0000000000a1',
        Currency: 'EUR',
        AmountFC: 484,
        AmountDC: 484,
        InvoiceDate: exactDate('2026-10-05'),
        DueDate: exactDate('2026-11-04'),
        Type: 8020,
        Status: 50,
        YourRef: null,
        Timestamp: 21,
      });
      exact.receivables.push({ InvoiceNumber: 27001, Amount: 484, AccountCode: '3003', CurrencyCode: 'EUR' });
      await connectFakeExactOnline(db, exact, key);
      const env = {
        LEDGER_TOKEN_KEY: tokenKey,
        EXACT_ONLINE_CLIENT_ID: exact.clientId,
        EXACT_ONLINE_CLIENT_SECRET: exact.clientSecret,
        EXACT_ONLINE_BASE_URL: exact.url,
        PUBLIC_BASE_URL: 'http://127.0.0.1:1',
      };
      const source = await chooseLedgerSource({ env, db });
      expect(source?.name).toBe('exact-online');
      if (!source) throw new Error('no source');
      const result = await syncLedger({ prisma: db.prisma, source, full: false });
      expect(result.pages).toBeGreaterThan(0);
      const invoice = await db.prisma.invoice.findUnique({ where: { number: '27001' } });
      expect(invoice?.openCents).toBe(48_400);

      // With Moneybird set up too, the sync must be told which one.
      const both = await chooseLedgerSource({
        env: { ...env, MONEYBIRD_TOKEN: 'mb-token', MONEYBIRD_ADMINISTRATION_ID: '1' },
        db,
      }).catch((e: unknown) => e);
      expect(both).toBeInstanceOf(AppError);
      expect((both as AppError).message).toMatch(/--source/);
    } finally {
      await exact.close();
    }
  }, 60_000);

  it('returns null when nothing is connected', async () => {
    expect(await chooseLedgerSource({ env: { LEDGER_TOKEN_KEY: tokenKey }, db })).toBeNull();
  });

  it('opens the stored Moneybird token once per sync, and reads it again only after a 401 (a token `connect` rotated)', async () => {
    const moneybird = await startMoneybirdServer({ token: 'mb-first-token-00000000000000001' });
    try {
      const contact = moneybird.addContact({ customer_id: 'MB-8001', company_name: 'Kaasboerderij B.V.' });
      for (let n = 1; n <= 250; n++) {
        moneybird.addInvoice({ contact_id: contact.id, invoice_id: `MB-2026-${1000 + n}`, total: '10.00' });
      }
      const store = (token: string) =>
        storeMoneybirdToken({ db, key, administration: moneybird.administrationId, token });
      await store(moneybird.token);
      const env = { LEDGER_TOKEN_KEY: tokenKey, MONEYBIRD_API_URL: `${moneybird.url}/api/v2` };
      const source = await chooseLedgerSource({ env, db });
      const pages = source!.readChanges({ cursor: null })[Symbol.asyncIterator]();
      expect((await pages.next()).done).toBe(false);
      const refused = () => moneybird.requests.filter((r) => r.endsWith(' 401')).length;

      // The stored token changes while Moneybird still takes the old one: the sync keeps the
      // token it opened (read per request, it would send the new one and be refused).
      await store('mb-not-yet-valid-0000000000000002');
      expect((await pages.next()).done).toBe(false);
      expect(refused()).toBe(0);

      // `connect` rotated it for real: the next request is refused once, the token is read
      // again, and the sync goes on with the new one.
      moneybird.token = 'mb-rotated-token-000000000000003';
      await store(moneybird.token);
      const seen = moneybird.authorizations.length;
      expect((await pages.next()).done).toBe(false);
      expect(refused()).toBe(1);
      expect(moneybird.authorizations.slice(seen)).toEqual([
        'Bearer mb-first-token-00000000000000001',
        'Bearer mb-rotated-token-000000000000003',
      ]);
      while (!(await pages.next()).done) {}
      expect(refused()).toBe(1);
      expect(
        await db.prisma.ledgerConnection.findUniqueOrThrow({ where: { source: 'moneybird' } }),
      ).toMatchObject({
        status: 'connected',
      });
    } finally {
      await moneybird.close();
    }
  });
});
