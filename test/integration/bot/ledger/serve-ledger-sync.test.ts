import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../prisma/open-database.ts';
import { type FakeMoneybird, startMoneybirdServer } from '../../../support/start-moneybird-server.ts';
import { type ServeProcess, startServeProcess } from '../../../support/start-serve-process.ts';
import { createTestTarget, withDatabase } from '../../../support/test-database.ts';

describe('serve syncs the books every LEDGER_SYNC_INTERVAL and tells finance once when it stops working', () => {
  let target: Awaited<ReturnType<typeof createTestTarget>>;
  let moneybird: FakeMoneybird;
  let serve: ServeProcess | null = null;

  beforeAll(async () => {
    target = await createTestTarget();
    await (await openDatabase({ target: target.target, migrate: true })).close();
    moneybird = await startMoneybirdServer();
  });
  afterAll(async () => {
    await serve?.stop();
    await moneybird?.close();
    await target?.drop();
  });

  it('syncs on schedule, reports a failing sync once, and carries on when it works again', async () => {
    const { invoice } = moneybird.addContactWithInvoice(
      { customer_id: '3001', company_name: 'Rooster BV', email: 'ap@rooster.example' },
      { invoice_id: 'R-1', total: '80.00' },
    );
    const token = moneybird.token;
    serve = startServeProcess({
      ...target.env,
      LEDGER_SYNC_INTERVAL: '5s',
      MONEYBIRD_TOKEN: token,
      MONEYBIRD_ADMINISTRATION_ID: moneybird.administrationId,
      MONEYBIRD_API_URL: `${moneybird.url}/api/v2`,
      SLACK_BOT_TOKEN: '',
      SLACK_SIGNING_SECRET: '',
      SMTP_HOST: '',
      IMAP_HOST: '',
    });
    await serve.waitForLog(/ledger sync: Moneybird every 5 s/);
    await serve.waitForLog(/ledger sync: Moneybird: \d+ page\(s\).*invoices: 1 created/, 40_000);

    moneybird.pay(invoice.id, '80.00', '2026-12-04');
    await serve.waitForLog(/invoices: 0 created, 1 updated, 1 paid/, 40_000);

    moneybird.token = 'mb-rotated-elsewhere-000000000000';
    await serve.waitForLog(
      /ledger sync: for finance: The sync with Moneybird stopped working: Moneybird refused the access token \(401\)/,
      40_000,
    );
    const failures = () =>
      serve!.log().match(/ledger sync: moneybird failed after 0 page\(s\)/g)?.length ?? 0;
    const deadline = Date.now() + 40_000;
    while (failures() < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(failures()).toBeGreaterThanOrEqual(2);
    expect(serve.log().match(/for finance/g)).toHaveLength(1);
    expect(serve.log()).not.toContain(token);

    moneybird.token = token;
    const before = serve.log().length;
    const deadlineOk = Date.now() + 40_000;
    while (!/ledger sync: Moneybird: /.test(serve.log().slice(before)) && Date.now() < deadlineOk) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(serve.log().slice(before)).toMatch(/ledger sync: Moneybird: /);
    await serve.stop();
    serve = null;
    await withDatabase(target.target, async (db) => {
      expect(await db.prisma.invoice.findUniqueOrThrow({ where: { number: 'R-1' } })).toMatchObject({
        status: 'paid',
        openCents: 0,
      });
      expect(
        await db.prisma.ledgerSyncState.findUniqueOrThrow({ where: { source: 'moneybird' } }),
      ).toMatchObject({
        failingSince: null,
        lastError: null,
      });
    });
  }, 180_000);
});
