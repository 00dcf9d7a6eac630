import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../prisma/open-database.ts';
import { runCliProcess } from '../../support/run-cli.ts';
import { type FakeMoneybird, startMoneybirdServer } from '../../support/start-moneybird-server.ts';
import { createTestTarget, withDatabase } from '../../support/test-database.ts';

/**
 * `collections sync ledger` as a real process against Moneybird's API on loopback: the
 * documented synchronization endpoints, a 429 with Retry-After, a page that fails once, a credit
 * invoice, a paid state, a deleted invoice, a revoked token, and a sync that dies half way.
 */
describe('collections sync ledger --source moneybird (the built CLI against a loopback Moneybird)', () => {
  let target: Awaited<ReturnType<typeof createTestTarget>>;
  let moneybird: FakeMoneybird;
  const sync = (...args: string[]) =>
    runCliProcess(['sync', 'ledger', '--source', 'moneybird', ...args], {
      env: {
        ...target.env,
        MONEYBIRD_TOKEN: moneybird.token,
        MONEYBIRD_ADMINISTRATION_ID: moneybird.administrationId,
        MONEYBIRD_API_URL: `${moneybird.url}/api/v2`,
      },
    });
  const invoices = () =>
    withDatabase(target.target, async (db) =>
      (await db.prisma.invoice.findMany({ orderBy: { number: 'asc' } })).map((i) => [
        i.number,
        i.openCents,
        i.status,
      ]),
    );

  beforeAll(async () => {
    target = await createTestTarget();
    // The command migrates the embedded database itself; PostgreSQL is migrated as deployed.
    await (await openDatabase({ target: target.target, migrate: true })).close();
    moneybird = await startMoneybirdServer();
  });
  afterAll(async () => {
    await moneybird?.close();
    await target?.drop();
  });

  it('reads contacts and sent invoices, waits out a 429, retries a failed page, and keeps the token out of every line', async () => {
    const acme = moneybird.addContact({
      customer_id: '1001',
      company_name: 'Acme BV',
      firstname: 'Anna',
      lastname: 'de Vries',
      email: 'info@acme.example',
      send_invoices_to_email: 'crediteuren@acme.example',
      address1: 'Kade 1',
      zipcode: '1011 AA',
      city: 'Amsterdam',
    });
    const jan = moneybird.addContact({
      customer_id: '1002',
      firstname: 'Jan',
      lastname: 'Jansen',
      email: 'jan@example.nl',
    });
    const a = moneybird.addInvoice({ contact_id: acme.id, invoice_id: '2026-0001', total: '121.00' });
    const b = moneybird.addInvoice({ contact_id: jan.id, invoice_id: '2026-0002', total: '250.00' });
    moneybird.pay(b.id, '50.00', '2026-11-15');
    moneybird.addInvoice({ contact_id: jan.id, invoice_id: null, total: '99.00' });
    moneybird.addInvoice({ contact_id: acme.id, invoice_id: '2026-0003', total: '60.50' });
    moneybird.rateLimit(1, 1);
    moneybird.failOncePost('sales_invoices');

    const first = await sync();
    expect(first.stderr).toContain('answered 429; again in 1 s');
    expect(first.stderr).toContain('sales_invoices/synchronization answered 500');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('debtors: 2 created');
    expect(first.stdout).toContain('invoices: 3 created');
    expect(first.stdout).toContain('payments booked: 1');
    expect(await invoices()).toEqual([
      ['2026-0001', 12_100, 'open'],
      ['2026-0002', 20_000, 'open'],
      ['2026-0003', 6_050, 'open'],
    ]);
    await withDatabase(target.target, async (db) => {
      const debtor = await db.prisma.debtor.findUniqueOrThrow({
        where: { reference: '1001' },
        include: { contacts: { orderBy: { email: 'asc' } } },
      });
      expect(debtor).toMatchObject({ name: 'Acme BV', kind: 'company', addressCity: 'Amsterdam' });
      expect(debtor.contacts.map((c) => [c.email, c.isPrimary])).toEqual([
        ['crediteuren@acme.example', true],
        ['info@acme.example', false],
      ]);
      expect((await db.prisma.debtor.findUniqueOrThrow({ where: { reference: '1002' } })).kind).toBe(
        'consumer',
      );
    });
    expect(moneybird.authorizations.every((header) => header === `Bearer ${moneybird.token}`)).toBe(true);
    expect(`${first.stdout}${first.stderr}`).not.toContain(moneybird.token);

    // Acme pays in full, Jan's invoice is credited for the rest, 2026-0003 is deleted.
    moneybird.pay(a.id, '121.00', '2026-12-01');
    moneybird.credit(b.id, '2026-C001', '200.00', '2026-12-02');
    moneybird.remove([...moneybird.invoices.values()].find((i) => i.invoice_id === '2026-0003')!.id);
    const second = await sync();
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('2 paid (dunning stopped)');
    expect(second.stdout).toContain('1 deleted in the books');
    expect(second.stdout).toContain("1 already in their invoice's figure");
    expect(second.stdout).toContain('payments booked: 1');
    expect(await invoices()).toEqual([
      ['2026-0001', 0, 'paid'],
      ['2026-0002', 0, 'paid'],
      ['2026-0003', 0, 'credited'],
    ]);
    await withDatabase(target.target, async (db) => {
      const lines = await db.prisma.message.findMany({
        where: { channel: 'system' },
        orderBy: { createdAt: 'asc' },
      });
      expect(lines.map((line) => line.subject)).toEqual(
        expect.arrayContaining([
          'Payment booked in Moneybird for invoice 2026-0001',
          'Credit note for invoice 2026-0002',
          'Invoice 2026-0003 deleted in Moneybird',
        ]),
      );
    });

    // Nothing changed since: nothing is written again.
    const third = await sync();
    expect(third.code).toBe(0);
    expect(third.stdout).toContain('invoices: 0 created, 0 updated, 0 paid');
    expect(third.stdout).toContain('payments booked: 0');
  }, 60_000);

  it('a revoked token stops the sync with what finance is to do, and the token is not printed', async () => {
    const old = moneybird.token;
    moneybird.token = 'mb-the-new-token-nobody-gave-us-000';
    try {
      const revoked = await runCliProcess(['sync', 'ledger'], {
        env: {
          ...target.env,
          MONEYBIRD_TOKEN: old,
          MONEYBIRD_ADMINISTRATION_ID: moneybird.administrationId,
          MONEYBIRD_API_URL: `${moneybird.url}/api/v2`,
        },
      });
      expect(revoked.code).not.toBe(0);
      expect(revoked.stderr).toContain('Moneybird refused the access token (401)');
      expect(revoked.stderr).toContain('set MONEYBIRD_TOKEN');
      expect(`${revoked.stdout}${revoked.stderr}`).not.toContain(old);
      expect(revoked.stderr).toContain('asking for the token again once');
      await withDatabase(target.target, async (db) => {
        const state = await db.prisma.ledgerSyncState.findUniqueOrThrow({ where: { source: 'moneybird' } });
        expect(state.lastError).toContain('Moneybird refused the access token (401)');
        expect(state.failingSince).not.toBeNull();
      });
    } finally {
      moneybird.token = old;
    }
  }, 30_000);

  it('a sync that dies half way resumes from its cursor: every invoice once', async () => {
    const many = moneybird.addContact({
      customer_id: '2001',
      company_name: 'Veel BV',
      email: 'ap@veel.example',
    });
    for (let i = 1; i <= 150; i++) {
      moneybird.addInvoice({
        contact_id: many.id,
        invoice_id: `V-${String(i).padStart(3, '0')}`,
        total: '10.00',
      });
    }
    // POST 1 reads the contacts (page 1), POST 2 the first 100 invoices (page 2: the last one
    // written before, read again at its version, and 99 new), POST 3 on fails for good.
    moneybird.failPostsFrom(3);
    const dying = await sync('--progress');
    expect(dying.code).not.toBe(0);
    expect(dying.stderr).toContain('page 2: 99 invoice(s) written');
    expect(dying.stderr).toContain(
      '(2 page(s) were written before it stopped; the next sync resumes after them)',
    );
    const counted = () =>
      withDatabase(target.target, (db) =>
        db.prisma.invoice.count({ where: { number: { startsWith: 'V-' } } }),
      );
    expect(await counted()).toBe(99);

    moneybird.failPostsFrom(null);
    const posts = moneybird.requests.length;
    const resumed = await sync();
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toContain('invoices: 51 created');
    expect(moneybird.requests.slice(posts).filter((r) => r.startsWith('POST'))).toHaveLength(1);
    expect(await counted()).toBe(150);
  }, 60_000);
});
