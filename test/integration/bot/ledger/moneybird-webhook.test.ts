import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLedgerSync } from '../../../../bot/cli/serve/build-ledger-sync.ts';
import { loadConfig } from '../../../../bot/config/load-config.ts';
import { readLedgerSettings } from '../../../../bot/ledger/read-ledger-settings.ts';
import { registerLedgerWebhook } from '../../../../bot/ledger/register-ledger-webhook.ts';
import { createHttpServer } from '../../../../bot/server/create-http-server.ts';
import { readChannelCapabilities } from '../../../../bot/server/read-channel-capabilities.ts';
import type { Service } from '../../../../bot/server/service.ts';
import { listLedgerConnections } from '../../../../prisma/ledger-connections/list-ledger-connections.ts';
import { type FakeMoneybird, startMoneybirdServer } from '../../../support/start-moneybird-server.ts';
import { storeMoneybirdToken } from '../../../support/store-moneybird-token.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/test-database.ts';

/**
 * Moneybird pushes a change; serve verifies the push and syncs soon. Against the loopback
 * Moneybird, with serve's real parts in process: the ledger sync built as serve builds it (no
 * LEDGER_SYNC_INTERVAL: it syncs only when pushed) and its route on an HTTP server.
 */
describe('Moneybird webhook: registered by connect, verified by serve, a sync soon after', () => {
  let db: TestDatabase;
  let moneybird: FakeMoneybird;
  let server: Server;
  let services: readonly Service[] = [];
  let env: NodeJS.ProcessEnv;
  const log: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    moneybird = await startMoneybirdServer();
    const key = randomBytes(32);
    env = {
      ...db.env,
      LEDGER_TOKEN_KEY: key.toString('base64'),
      MONEYBIRD_API_URL: `${moneybird.url}/api/v2`,
      SLACK_BOT_TOKEN: '',
      SLACK_SIGNING_SECRET: '',
      SMTP_HOST: '',
      IMAP_HOST: '',
    };
    await storeMoneybirdToken({
      db,
      key,
      administration: moneybird.administrationId,
      token: moneybird.token,
    });
    const parts = await buildLedgerSync({
      config: loadConfig(env),
      db,
      env,
      log: (line) => log.push(line),
      capabilities: readChannelCapabilities(env),
    });
    services = parts.services;
    server = createHttpServer({ routes: parts.routes, health: async () => ({ ok: true }) });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    env.PUBLIC_BASE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (const service of services) await service.start();
  }, 60_000);
  afterAll(async () => {
    for (const service of services) await service.stop();
    await new Promise((resolve) => server?.close(resolve));
    await moneybird?.close();
    await db?.close();
  });

  const syncs = () =>
    moneybird.requests.filter((r) => r.startsWith('GET') && r.includes('/contacts/')).length;
  const waitFor = async (what: () => Promise<boolean> | boolean, ms = 20_000) => {
    const deadline = Date.now() + ms;
    while (!(await what())) {
      if (Date.now() > deadline) throw new Error(`timed out; serve logged:\n${log.join('\n')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const post = (body: string) =>
    fetch(`${env.PUBLIC_BASE_URL}/ledger/webhook/moneybird`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });

  it('registers the webhook with PUBLIC_BASE_URL and keeps its token sealed', async () => {
    expect(services.map((s) => s.name)).toEqual(['ledger sync']);
    const registered = await registerLedgerWebhook({
      db,
      env,
      settings: readLedgerSettings(env),
      now: new Date(),
    });
    expect(moneybird.webhooks).toHaveLength(1);
    const [webhook] = moneybird.webhooks;
    expect(webhook).toMatchObject({
      id: registered.webhookId,
      url: `${env.PUBLIC_BASE_URL}/ledger/webhook/moneybird`,
      enabled_events: expect.arrayContaining(['sales_invoice_state_changed', 'sales_invoice_destroyed']),
    });
    const row = await db.prisma.ledgerConnection.findUniqueOrThrow({ where: { source: 'moneybird' } });
    expect(row.webhookId).toBe(webhook!.id);
    expect(row.webhookToken).toMatch(/^v1\./);
    expect(row.webhookToken).not.toContain(webhook!.token);
    expect(await listLedgerConnections({ prisma: db.prisma })).toEqual([
      expect.objectContaining({ source: 'moneybird', webhookId: webhook!.id }),
    ]);
    expect(syncs()).toBe(0);
  });

  it('a paid push ends dunning after the sync it triggers; a forged one changes nothing', async () => {
    const { invoice } = moneybird.addContactWithInvoice(
      { customer_id: '4100', company_name: 'Haven BV', email: 'ap@haven.example' },
      { invoice_id: 'W-1', total: '120.00' },
    );
    invoice.state = 'late';
    expect(await moneybird.push('sales_invoice_state_changed_to_late', invoice.id)).toEqual([200]);
    await waitFor(async () => (await db.prisma.invoice.count({ where: { number: 'W-1' } })) === 1);
    const { id: invoiceId } = await db.prisma.invoice.findUniqueOrThrow({ where: { number: 'W-1' } });
    const pause = await db.prisma.dunningPause.create({
      data: { invoiceId, reason: 'promise', until: new Date('2027-01-20T00:00:00Z'), createdBy: 'test' },
    });

    // Forged: the right ids, a wrong token. Refused, and no sync follows.
    moneybird.pay(invoice.id, '120.00', '2026-12-05');
    const before = syncs();
    expect(
      await moneybird.push('sales_invoice_state_changed_to_paid', invoice.id, { token: 'forged-token-1234' }),
    ).toEqual([401]);
    const wrongAdministration = await post(
      JSON.stringify({
        administration_id: '999',
        webhook_id: moneybird.webhooks[0]!.id,
        webhook_token: moneybird.webhooks[0]!.token,
        action: 'sales_invoice_state_changed_to_paid',
      }),
    );
    expect(wrongAdministration.status).toBe(404);
    expect((await post('{not json')).status).toBe(400);
    expect((await post(JSON.stringify({ hello: 'world' }))).status).toBe(400);
    expect((await post(`{"pad":"${'x'.repeat(600_000)}"}`)).status).toBe(413);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(syncs()).toBe(before);
    expect(await db.prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } })).toMatchObject({
      openCents: 12_000,
    });

    expect(await moneybird.push('sales_invoice_state_changed_to_paid', invoice.id)).toEqual([200]);
    await waitFor(
      async () => (await db.prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } })).status === 'paid',
    );
    expect(await db.prisma.dunningPause.findUniqueOrThrow({ where: { id: pause.id } })).toMatchObject({
      liftedAt: expect.any(Date),
    });
    const line = await db.prisma.message.findFirstOrThrow({ where: { invoiceId, channel: 'system' } });
    expect(line.rawText).toBe(
      'Moneybird booked a payment of €120.00 on 2026-12-05 for invoice W-1. Nothing is open on it any more.',
    );
  }, 60_000);

  it('a burst of 20 pushes is one or two syncs', async () => {
    const contact = moneybird.addContact({
      customer_id: '4200',
      company_name: 'Kade BV',
      email: 'ap@kade.example',
    });
    const ids = Array.from(
      { length: 20 },
      (_, i) => moneybird.addInvoice({ contact_id: contact.id, invoice_id: `B-${i + 1}`, total: '10.00' }).id,
    );
    const before = syncs();
    const statuses = await Promise.all(
      ids.map((id) => moneybird.push('sales_invoice_state_changed_to_open', id)),
    );
    expect(statuses.flat()).toEqual(Array(20).fill(200));
    await waitFor(
      async () => (await db.prisma.invoice.count({ where: { number: { startsWith: 'B-' } } })) === 20,
    );
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(syncs() - before).toBeGreaterThanOrEqual(1);
    expect(syncs() - before).toBeLessThanOrEqual(2);
  }, 60_000);
});
