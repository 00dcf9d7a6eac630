import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays, amsterdamDate } from '../../../domain/model/iso-date.ts';
import { seedDebtor } from '../slack/support/seed-debtor.ts';
import { SCREENSHOTS } from './support/check-page-with-axe.ts';
import { expectAccessiblePage } from './support/expect-accessible-page.ts';
import { importStatement } from './support/import-statement.ts';
import { openSignedInPage } from './support/open-signed-in-page.ts';
import { receiveStrangerMail } from './support/receive-stranger-mail.ts';
import { DESKTOP, useConsoleInBrowser } from './support/use-console-in-browser.ts';

describe('triage in headless Chromium', () => {
  const { h, browser } = useConsoleInBrowser({
    staff: [{ email: 'fiona@acme.example', roles: ['finance'], name: 'Fiona Finance' }],
  });

  it('finance finds the debtor of a stranger’s mail and assigns it, adding the sender as contact; the page passes axe at phone and desktop size', async () => {
    const prisma = h.slack.db.prisma;
    const { debtorId } = await seedDebtor(h.slack.db, {
      reference: 'TRB-1',
      name: 'Groenrijk Hoveniers',
      invoices: [{ number: 'INV-TRB-1', cents: 90_000, dueDate: addDays(amsterdamDate(new Date()), -25) }],
    });
    const messageId = await receiveStrangerMail(h.slack.db, {
      from: 'pieter@privemail.example',
      subject: 'Payment',
      body: 'We cannot pay everything now. Could we pay in 3 monthly instalments?\n\nPieter (Groenrijk)',
    });

    // A bank transfer waiting for review: its apply form, with the matcher's candidate, is on the page (and in axe's checks).
    await importStatement(h.slack.db, {
      statementId: 'TRB-BANK',
      entries: [{ ref: 'B-1', amount: '900.00', name: 'Groenrijk Hoveniers BV', ustrd: ['betaling'] }],
    });

    const { context, page, problems } = await openSignedInPage(browser, {
      baseUrl: h.baseUrl,
      login: 'fiona@acme.example',
      viewport: DESKTOP,
      locale: 'en-GB',
    });
    await page.getByRole('link', { name: 'Triage', exact: true }).click();
    await page.waitForURL(`${h.baseUrl}/console/triage`);
    const transfer = page.locator('section[aria-labelledby="payments"] form[action^="/console/payments/"]');
    expect(await transfer.getByRole('button', { name: 'Apply to this invoice' }).isVisible()).toBe(true);
    expect(await transfer.getByRole('radio').count()).toBeGreaterThan(0);
    const card = page.locator(`#m-${messageId}`);
    expect(await card.locator('blockquote').textContent()).toContain(
      'Could we pay in 3 monthly instalments?',
    );
    await card.getByLabel('Find the debtor (name, debtor number or invoice number)').fill('groenrijk');
    await card.getByRole('button', { name: 'Find' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'groenrijk');
    const found = page.locator(`#m-${messageId}`);
    expect(await found.getByLabel('Groenrijk Hoveniers TRB-1').isChecked()).toBe(true);
    await found.getByLabel('Why has the debtor not paid?').selectOption('liquidity');
    await found.getByLabel('Add pieter@privemail.example as a contact of this debtor').check();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'console-triage-desktop-en.png'), fullPage: true });
    await found.getByRole('button', { name: 'Assign and let the policy propose' }).click();
    await page.waitForSelector('.notice.ok');
    expect(await page.textContent('.notice.ok')).toContain('Assigned to Groenrijk Hoveniers.');
    expect(await page.locator(`#m-${messageId}`).count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();

    expect(await prisma.message.findUniqueOrThrow({ where: { id: messageId } })).toMatchObject({
      status: 'processed',
      debtorId,
    });
    const proposal = await prisma.proposal.findFirstOrThrow({ where: { messageId } });
    expect(proposal).toMatchObject({ debtorId, status: 'proposed' });
    expect(proposal.action).toMatch(/plan/);
    expect(await prisma.contact.count({ where: { debtorId, email: 'pieter@privemail.example' } })).toBe(1);

    // axe with a mail waiting and its search open (the assign form shown), phone and desktop.
    const waiting = await receiveStrangerMail(h.slack.db, {
      from: 'info@unknown-sender.example',
      subject: 'Question about a letter',
      body: 'Which invoice is this about?',
    });
    await expectAccessiblePage(browser, {
      baseUrl: h.baseUrl,
      login: 'fiona@acme.example',
      path: `/console/triage?for=${waiting}&q=groenrijk#m-${waiting}`,
      phoneScreenshot: 'console-triage-phone-nl.png',
    });
  }, 120_000);
});
