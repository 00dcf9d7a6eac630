import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPaymentLink } from '../../../channels/web/create-payment-link.ts';
import { openDatabase } from '../../../prisma/open-database.ts';
import { findFreePort } from '../../support/find-free-port.ts';
import { runCliProcess } from '../../support/run-cli.ts';
import { startBrowser } from '../../support/start-browser.ts';
import { type FakeMollie, startMollieServer } from '../../support/start-mollie-server.ts';
import { createTestTarget, withDatabase } from '../../support/test-database.ts';
import { watchServe } from '../../support/watch-serve.ts';
import { seedPageInvoice } from './support/seed-page-invoice.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SCREENSHOTS = path.join(ROOT, 'artifacts/screenshots');
const SECRET = 'serve-page-secret-0123456789abcdef0123456789';

/**
 * The whole thing as deployed: `collections serve` in its own process with the payment page and
 * the chat (Direct Line) configured, paying through the loopback Mollie, in headless Chromium.
 */
describe('collections serve: payment page with its chat, in Chromium', () => {
  let database: Awaited<ReturnType<typeof createTestTarget>>;
  let mollie: FakeMollie;
  let serve: ChildProcess;
  let exited: Promise<number | null>;
  let log = '';
  let baseUrl: string;
  let invoiceId: string;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    database = await createTestTarget();
    expect((await runCliProcess(['db', 'migrate'], { env: database.env })).code).toBe(0);
    const db = await openDatabase({ target: database.target });
    try {
      ({ invoiceId } = await seedPageInvoice(db, { number: 'INV-2026-0101', cents: 48_400, language: 'nl' }));
    } finally {
      await db.close();
    }
    mollie = await startMollieServer();
    const port = await findFreePort();
    baseUrl = `http://127.0.0.1:${port}`;
    serve = spawn(process.execPath, [path.join(ROOT, 'bin/collections.js'), 'serve'], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...database.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        COMPANY_NAME: 'Acme Supplies BV',
        IMAP_HOST: '',
        SMTP_HOST: '',
        SLACK_SIGNING_SECRET: '',
        SLACK_BOT_TOKEN: '',
        PAYMENT_LINK_SECRET: SECRET,
        PUBLIC_BASE_URL: baseUrl,
        MOLLIE_API_KEY: mollie.apiKey,
        MOLLIE_API_URL: `${mollie.url}/v2/`,
        PAYMENT_CONTACT_EMAIL: 'debiteuren@acme.example',
        // The loopback Mollie's certificate is self-signed (see start-mollie-server.ts).
        NODE_TLS_REJECT_UNAUTHORIZED: '0',
      },
    });
    const watched = watchServe(serve, (text) => {
      log += text;
    });
    exited = watched.exited;
    await watched.listening;
    browser = await startBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    if (serve && serve.exitCode === null) {
      serve.kill('SIGTERM');
      await exited;
    }
    await mollie?.close();
    await database?.drop();
  });

  it('logs that the page is on, shows the chat with its greeting, and pays', async () => {
    expect(log).toContain(`payment page: ${baseUrl}/pay/<token>, payments through mollie`);
    const context = await browser.newContext({
      ignoreHTTPSErrors: true,
      viewport: { width: 1024, height: 900 },
    });
    const page = await context.newPage();
    const csp: string[] = [];
    const dialogs: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) csp.push(message.text());
    });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.addInitScript(`document.addEventListener('securitypolicyviolation', (event) => {
      console.log('Content Security Policy violation: ' + event.violatedDirective + ' ' + event.blockedURI);
    });`);
    const link = createPaymentLink({ publicBaseUrl: baseUrl, secret: SECRET, ttlDays: 60, invoiceId }).url;
    await page.goto(link);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await expect.poll(() => page.getAttribute('#webchat', 'data-state'), { timeout: 20_000 }).toBe('ready');
    // The bot greets in the debtor's language over the Direct Line WebSocket.
    await page.waitForSelector('#webchat .webchat__bubble', { timeout: 30_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'payment-page-chat-nl.png'), fullPage: true });
    expect(csp).toEqual([]);

    await page.getByRole('button', { name: /Betaal .* met iDEAL/ }).click();
    await page.waitForURL(/\/checkout\/tr_/);
    await page.getByRole('button', { name: 'Pay' }).click();
    await page.waitForURL(/return=1/);
    expect(await page.textContent('.status.paid')).toContain('Deze factuur is betaald');
    expect(csp).toEqual([]);
    expect(dialogs).toEqual([]);
    await context.close();

    serve.kill('SIGTERM');
    expect(await exited).toBe(0);
    const invoice = await withDatabase(database.target, (db) =>
      db.prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } }),
    );
    expect(invoice).toMatchObject({ status: 'paid', openCents: 0 });
  });
});
