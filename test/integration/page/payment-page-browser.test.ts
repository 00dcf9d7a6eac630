import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowser } from '../../support/start-browser.ts';
import { buttonsOf, startTestChat } from '../../support/start-test-chat.ts';
import { seedPageInvoice } from './support/seed-page-invoice.ts';
import { type PageHarness, startPageHarness } from './support/start-page-harness.ts';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../../artifacts/screenshots');
const HOSTILE_NAME = `<script>alert(1)</script>"><img src=x onerror=alert(2)><svg onload=alert(3)>`;

interface Watch {
  dialogs: string[];
  cspViolations: string[];
  pageErrors: string[];
}

/** A page that records dialogs (none may open), CSP violations and script errors. */
async function watchedPage(context: BrowserContext): Promise<{ page: Page; watch: Watch }> {
  const watch: Watch = { dialogs: [], cspViolations: [], pageErrors: [] };
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => watch.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) watch.cspViolations.push(message.text());
  });
  // Devtools-injected, so the page's CSP does not apply to this listener itself.
  await page.addInitScript(`document.addEventListener('securitypolicyviolation', (event) => {
    console.log('Content Security Policy violation: ' + event.violatedDirective + ' ' + event.blockedURI);
  });`);
  return { page, watch };
}

describe('payment page in headless Chromium', () => {
  let h: PageHarness;
  let browser: Browser;
  let invoiceId: string;
  let debtorId: string;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    h = await startPageHarness({ PAGE_RATE_LIMIT_PER_MINUTE: '1000' });
    ({ invoiceId, debtorId } = await seedPageInvoice(h.db, {
      name: HOSTILE_NAME,
      number: 'INV-2026-0042',
      cents: 121_000,
      poNumber: '"><img src=x onerror=alert(4)>',
    }));
    browser = await startBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it('shows the invoice in Dutch, switches to English, pays through the loopback iDEAL checkout and shows paid', async () => {
    // The loopback Mollie's checkout has a self-signed certificate.
    const context = await browser.newContext({
      ignoreHTTPSErrors: true,
      viewport: { width: 1024, height: 900 },
    });
    const { page, watch } = await watchedPage(context);
    const link = h.linkFor(invoiceId);

    await page.goto(link);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await expect.poll(() => page.textContent('#amount-due')).toBe('€\u00a01.210,00');
    expect(await page.textContent('h1')).toBe('Factuur INV-2026-0042');
    expect(await page.textContent('.debtor')).toBe(`Voor ${HOSTILE_NAME}`);
    // The chat area settles either way: Web Chat running, or a clear message without it.
    await expect
      .poll(() => page.getAttribute('#webchat', 'data-state'), { timeout: 15_000 })
      .toMatch(/^(ready|unavailable)$/);

    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/lang=en/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('#amount-due')).toBe('€1,210.00');
    await expect
      .poll(() => page.getAttribute('#webchat', 'data-state'), { timeout: 15_000 })
      .toMatch(/^(ready|unavailable)$/);
    // Our own page and script throw nothing.
    expect(watch.pageErrors).toEqual([]);
    if ((await page.getAttribute('#webchat', 'data-state')) === 'unavailable') {
      // Without the Direct Line endpoint, still prove Web Chat renders under our CSP: start it
      // against an address that answers 404 (it shows its own connection error, and the Direct
      // Line client reports that failure as an uncaught error, which is why pageErrors is
      // checked before this).
      // (Browser-side code is passed as text: the project's TypeScript has no DOM types.)
      await page.evaluate(`(() => {
        const host = document.getElementById('webchat');
        host.removeAttribute('data-state');
        window.WebChat.renderWebChat(
          {
            directLine: window.WebChat.createDirectLine({ token: 'none', domain: location.origin + '/no-direct-line' }),
            locale: 'en-US',
          },
          host,
        );
      })()`);
    }
    await page.waitForSelector('#webchat .webchat__basic-transcript', { timeout: 15_000 });
    await page.waitForSelector('#webchat .webchat__send-box', { timeout: 15_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'payment-page-en.png'), fullPage: true });

    await page.getByRole('button', { name: /Pay €1,210\.00 with iDEAL/ }).click();
    await page.waitForURL(/\/checkout\/tr_/);
    expect(await page.textContent('#amount')).toBe('EUR 1210.00');
    await page.getByRole('button', { name: 'Pay' }).click();
    await page.waitForURL(/return=1/);
    await page.waitForSelector('.status.paid');
    expect(await page.textContent('.status.paid')).toContain('This invoice is paid');
    expect(await page.$('#pay-button')).toBeNull();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'payment-page-paid-en.png'), fullPage: true });

    expect(watch.dialogs).toEqual([]);
    expect(watch.cspViolations).toEqual([]);

    const invoice = await h.db.prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
    expect(invoice).toMatchObject({ status: 'paid', openCents: 0 });
    const payments = await h.db.prisma.payment.findMany({ where: { invoiceId } });
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({ amountCents: 121_000, source: 'mollie' });
    expect(h.mollie.webhookCalls).toHaveLength(1);
    expect(h.mollie.webhookCalls[0]!.status).toBe(200);
    const stopped = await h.db.prisma.auditEvent.findFirst({
      where: { entityId: invoiceId, type: 'dunning.stopped' },
    });
    expect(stopped).not.toBeNull();
    expect(await h.db.prisma.message.count({ where: { debtorId, kind: 'payment' } })).toBe(1);
    await context.close();
  });

  it('fits a 360 px phone without horizontal scrolling, and every control has a name and visible focus', async () => {
    const { invoiceId: phoneInvoice } = await seedPageInvoice(h.db, {
      reference: 'PAGE-PHONE',
      name: 'Stichting Voorbeeld met een bijzonder lange naam die op een telefoon moet afbreken',
      number: 'INV-2026-0043-WITH-A-LONG-NUMBER',
      cents: 98_765_43,
    });
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const { page, watch } = await watchedPage(context);
    await page.goto(h.linkFor(phoneInvoice));
    await expect
      .poll(() => page.getAttribute('#webchat', 'data-state'), { timeout: 15_000 })
      .toMatch(/^(ready|unavailable)$/);
    const widths = await page.evaluate<{ scroll: number; client: number }>(
      '({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })',
    );
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'payment-page-phone-nl.png'), fullPage: true });

    const unnamed = await page.evaluate<string[]>(`[...document.querySelectorAll(
        'a[href], button, input:not([type="hidden"]), select, textarea',
      )]
        .filter((element) => !element.closest('#webchat'))
        .filter((element) => !(
          element.getAttribute('aria-label') ||
          element.getAttribute('aria-labelledby') ||
          (element.labels && element.labels.length) ||
          element.textContent.trim()
        ))
        .map((element) => element.outerHTML)`);
    expect(unnamed).toEqual([]);
    expect(await page.$$eval('main, header, footer, nav[aria-label]', (els) => els.length)).toBe(4);
    expect(await page.$$eval('h1', (els) => els.length)).toBe(1);

    // Keyboard: the skip link comes first and shows a focus outline.
    await page.keyboard.press('Tab');
    const focused = await page.evaluate<{ text: string; outline: string }>(
      '({ text: document.activeElement.textContent, outline: getComputedStyle(document.activeElement).outlineStyle })',
    );
    expect(focused.text).toBe('Naar de inhoud');
    expect(focused.outline).not.toBe('none');
    expect(watch.dialogs).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    await context.close();
  });

  it('shows the plan arranged in the chat on a phone: each instalment, paid or not, and the next amount due', async () => {
    const { invoiceId: planInvoice, debtorId: planDebtor } = await seedPageInvoice(h.db, {
      reference: 'PAGE-PLAN',
      name: 'Bakkerij De Zon BV',
      number: 'INV-2026-0044',
      cents: 120_000,
    });
    const chat = startTestChat(h.db, {
      debtorId: planDebtor,
      invoiceId: planInvoice,
      debtorName: 'Bakkerij De Zon BV',
      language: 'nl',
      invoiceNumber: 'INV-2026-0044',
      openCents: 120_000,
      dueDate: '2026-10-01',
    });
    const offer = await chat.say('ik kan nu niet alles betalen, kan ik in termijnen betalen?');
    await chat.say(buttonsOf(offer.at(-1)).find((o) => o.startsWith('3 ×'))!);
    await chat.say('Ja');
    const plan = await h.db.prisma.paymentPlan.findFirstOrThrow({
      where: { debtorId: planDebtor, status: 'active' },
      include: { installments: { orderBy: { sequence: 'asc' } } },
    });
    await h.db.prisma.installment.update({
      where: { id: plan.installments[0]!.id },
      data: { paidCents: plan.installments[0]!.amountCents, status: 'paid' },
    });
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const { page, watch } = await watchedPage(context);
    await page.goto(h.linkFor(planInvoice));
    const rows = page.locator('#plan-instalments tbody tr');
    expect(await rows.count()).toBe(plan.installments.length);
    expect(await rows.first().isVisible()).toBe(true);
    expect((await rows.first().textContent())?.replaceAll('\u00a0', ' ')).toContain('Betaald');
    expect((await rows.nth(1).textContent())?.replaceAll('\u00a0', ' ')).toContain('Nog te betalen');
    expect(await page.isVisible('#next-due')).toBe(true);
    const widths = await page.evaluate<{ scroll: number; client: number }>(
      '({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })',
    );
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'payment-page-plan-phone-nl.png'), fullPage: true });
    expect(watch.cspViolations).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    await context.close();
  });
});
