import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OWNER } from '../slack/support/start-slack-harness.ts';
import { SCREENSHOTS } from './support/check-page-with-axe.ts';
import { collectSlackUpdates } from './support/collect-slack-updates.ts';
import { expectAccessiblePage } from './support/expect-accessible-page.ts';
import { seedDisputeHandoff } from './support/seed-dispute.ts';
import { seedDisputeInSlack } from './support/seed-dispute-in-slack.ts';
import { signInWithProvider } from './support/sign-in-with-provider.ts';
import { DESKTOP, useConsoleInBrowser } from './support/use-console-in-browser.ts';
import { watchConsolePage } from './support/watch-console-page.ts';

describe('sales view in headless Chromium', () => {
  const { h, browser } = useConsoleInBrowser({
    env: { SLACK_ACCOUNT_OWNERS: `anna@example.com=${OWNER}` },
    staff: [{ email: 'anna@example.com', roles: ['sales'], name: 'Anna Sales' }],
  });

  it('a sales user settles a dispute with a credit note; Slack shows it; the page passes axe at phone and desktop size', async () => {
    const { invoiceId, disputeId } = await seedDisputeInSlack(h, {
      reference: 'BRO-1',
      accountOwner: 'anna@example.com',
    });
    const prisma = h.slack.db.prisma;

    const context = await browser.newContext({ viewport: DESKTOP, locale: 'en-GB' });
    const { page, problems } = await watchConsolePage(context);
    await signInWithProvider(page, { baseUrl: h.baseUrl, login: 'anna@example.com' });
    await page.getByRole('link', { name: 'Disputes' }).click();
    await page.waitForURL(`${h.baseUrl}/console/sales`);
    const card = page.locator(`#d-${disputeId}`);
    expect(await card.locator('blockquote').textContent()).toContain(
      'Only 8 of the 10 pallets were delivered',
    );
    await page.screenshot({ path: path.join(SCREENSHOTS, 'console-sales-desktop-en.png'), fullPage: true });

    await card.getByLabel('Credit note amount (€)').fill('480,00');
    await card.getByRole('button', { name: 'Book the credit note' }).click();
    await page.waitForSelector('.notice.ok');
    expect(await page.textContent('.notice.ok')).toContain(
      'Credit note of €480.00 booked on INV-BRO-1; still open: €1,920.00. Dunning resumes on what is open.',
    );
    expect(await page.locator(`#d-${disputeId}`).count()).toBe(0);
    expect(await prisma.dispute.findUniqueOrThrow({ where: { id: disputeId } })).toMatchObject({
      status: 'credited',
      creditCents: 48_000,
      owner: 'anna@example.com',
    });
    expect((await prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } })).openCents).toBe(192_000);

    const update = JSON.stringify(await collectSlackUpdates(h.slack));
    expect(update).toContain('Resolved by anna@example.com with a credit note of €480.00');
    expect(problems).toEqual([]);
    await context.close();

    // axe-core in the page (bypassCSP only to inject it; the console itself runs no script), phone and desktop.
    await seedDisputeHandoff(h.slack.db, { reference: 'BRO-2', accountOwner: 'anna@example.com' });
    await h.slack.runtime.runOnce();
    await expectAccessiblePage(browser, {
      baseUrl: h.baseUrl,
      login: 'anna@example.com',
      path: '/console/sales',
      phoneScreenshot: 'console-sales-phone-nl.png',
    });
  }, 120_000);
});
