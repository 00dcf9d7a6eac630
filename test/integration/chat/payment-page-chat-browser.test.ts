import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChannels } from '../../../bot/cli/serve/build-channels.ts';
import { loadConfig } from '../../../bot/config/load-config.ts';
import { createHttpServer } from '../../../bot/server/create-http-server.ts';
import type { Service } from '../../../bot/server/service.ts';
import { createPaymentLink } from '../../../channels/web/create-payment-link.ts';
import { addDays, amsterdamDate } from '../../../domain/model/iso-date.ts';
import { findFreePort } from '../../support/find-free-port.ts';
import { seedChatDebtor } from '../../support/seed-chat-debtor.ts';
import { startBrowser } from '../../support/start-browser.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.ts';
import { buttonClick, postToSlackRoute } from '../slack/support/slack-requests.ts';
import { type FakeSlackApi, startFakeSlackApi } from '../slack/support/start-fake-slack-api.ts';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../../artifacts/screenshots');
const LINK_SECRET = 'chat-e2e-link-secret-0123456789abcdef0123';
const SIGNING_SECRET = 'chat-e2e-signing-secret-0123456789';
const FINANCE = 'UFINANCE1';
const HOSTILE_NAME = `<img src=x onerror=alert(1)> "Bakkerij" <script>alert(2)</script>`;

/**
 * The whole of `collections serve` as it composes channels (payment page, Slack, chat) on a
 * fresh database, with Slack's Web API played by a loopback server, and Debian's Chromium as the
 * debtor's browser running Microsoft's Web Chat unchanged against our Direct Line endpoint.
 */
describe('payment page chat end to end (headless Chromium)', () => {
  let db: TestDatabase;
  let slack: FakeSlackApi;
  let server: Server;
  let services: readonly Service[];
  let browser: Browser;
  let origin: string;
  let invoiceId: string;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    db = await createTestDatabase();
    slack = await startFakeSlackApi();
    const port = await findFreePort();
    origin = `http://127.0.0.1:${port}`;
    ({ invoiceId } = await seedChatDebtor(db, {
      reference: 'E2E-1',
      name: HOSTILE_NAME,
      invoiceNumber: 'INV-E2E-1',
      cents: 726_000,
      dueDate: addDays(amsterdamDate(new Date()), -20),
    }));
    const env = {
      PAYMENT_LINK_SECRET: LINK_SECRET,
      PUBLIC_BASE_URL: origin,
      PAGE_RATE_LIMIT_PER_MINUTE: '1000',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-e2e',
      SLACK_API_URL: slack.url,
      SLACK_FINANCE_CHANNEL: 'CFINANCE',
      SLACK_SALES_CHANNEL: 'CSALES',
      SLACK_FINANCE_APPROVERS: FINANCE,
      SLACK_SALES_USERS: 'USALES1',
      SLACK_OUTBOX_INTERVAL_MS: '300',
      CHAT_NOTICE_INTERVAL_MS: '300',
    };
    const config = loadConfig({ COMPANY_NAME: 'Acme Supplies BV', PGLITE_DATA_DIR: 'memory://' });
    const parts = await buildChannels({ config, db, env, log: () => undefined });
    services = parts.services;
    server = createHttpServer({ routes: parts.routes, health: async () => ({ ok: true }) });
    for (const service of services) await service.start();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    browser = await startBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    for (const service of [...(services ?? [])].reverse()) await service.stop();
    await slack?.close();
    await db?.close();
  });

  it('debtor asks for a payment plan in the chat, finance approves in Slack, the chat shows the confirmation', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 1100 } });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const { url } = createPaymentLink({
      publicBaseUrl: origin,
      secret: LINK_SECRET,
      ttlDays: 30,
      invoiceId,
      now: new Date(),
    });
    await page.goto(url);
    await expect.poll(() => page.getAttribute('#webchat', 'data-state'), { timeout: 20_000 }).toBe('ready');
    const transcript = page.locator('#webchat .webchat__basic-transcript');
    await expect
      .poll(async () => (await transcript.textContent()) ?? '', { timeout: 20_000 })
      .toContain('INV-E2E-1');
    // The hostile name is shown as text, not run.
    expect((await transcript.textContent()) ?? '').toContain(HOSTILE_NAME);

    const input = page
      .locator('#webchat [data-id="webchat-sendbox-input"], #webchat .webchat__send-box-text-box__input')
      .first();
    await input.fill('ik kan nu niet alles betalen, kan ik in termijnen betalen?');
    await input.press('Enter');
    const three = page.locator('#webchat button', { hasText: /^3 ×/ }).first();
    await three.waitFor({ timeout: 20_000 });
    await three.click();
    const yes = page.locator('#webchat button', { hasText: /^Ja$/ }).first();
    await yes.waitFor({ timeout: 20_000 });
    await yes.click();
    await expect
      .poll(async () => (await transcript.textContent()) ?? '', { timeout: 20_000 })
      .toContain('ter beoordeling bij onze financiële afdeling');

    // The approval request reaches finance in Slack (the loopback Web API).
    const post = await expect
      .poll(
        () =>
          slack.callsTo('chat.postMessage').find((c) => JSON.stringify(c.args).includes('proposal_approve')),
        {
          timeout: 20_000,
        },
      )
      .toBeTruthy()
      .then(
        () =>
          slack.callsTo('chat.postMessage').find((c) => JSON.stringify(c.args).includes('proposal_approve'))!,
      );
    const approvalText = JSON.stringify(post.args);
    expect(approvalText).toContain('INV-E2E-1');
    // Blocks may arrive form-encoded as a JSON string.
    const blocks = (
      typeof post.args.blocks === 'string' ? JSON.parse(post.args.blocks) : post.args.blocks
    ) as {
      elements?: { action_id?: string; value?: string }[];
    }[];
    const proposalId = blocks
      .flatMap((block) => block.elements ?? [])
      .find((element) => element.action_id === 'proposal_approve')?.value;
    expect(proposalId).toBeDefined();
    const proposal = await db.prisma.proposal.findUniqueOrThrow({ where: { id: proposalId! } });
    expect(proposal.action).toBe('request_plan_approval');
    expect((proposal.params as { schedule: { count: number } }).schedule.count).toBe(3);

    // Finance clicks Approve: a signed request to our running server.
    const click = await postToSlackRoute(`${origin}/slack/events`, {
      ...buttonClick({ actionId: 'proposal_approve', value: proposalId!, user: FINANCE }),
      secret: SIGNING_SECRET,
    });
    expect(click.status).toBe(200);

    // The confirmation appears in the open chat, pushed over the Direct Line stream.
    await expect
      .poll(async () => (await transcript.textContent()) ?? '', { timeout: 20_000 })
      .toContain('Hierbij bevestigen wij de betalingsregeling voor INV-E2E-1');
    const plan = await db.prisma.paymentPlan.findUniqueOrThrow({ where: { proposalId: proposalId! } });
    expect(plan.status).toBe('active');
    // Let Web Chat finish scrolling to the newest message before the picture is taken.
    await page.evaluate(`(() => {
      const scroller = document.querySelector('#webchat .webchat__basic-transcript__scrollable');
      if (scroller) scroller.scrollTop = scroller.scrollHeight;
    })()`);
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'chat-payment-plan-approved.png'), fullPage: true });
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
