import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../../bot/report/build-report.ts';
import { addDays, amsterdamDate } from '../../../domain/model/iso-date.ts';
import { seedDebtor } from '../slack/support/seed-debtor.ts';
import { SCREENSHOTS } from './support/check-page-with-axe.ts';
import { findSeriousViolations } from './support/find-serious-violations.ts';
import { openOnPhone } from './support/open-on-phone.ts';
import { signInWithProvider } from './support/sign-in-with-provider.ts';
import { DESKTOP, PHONE, useConsoleInBrowser } from './support/use-console-in-browser.ts';
import { watchConsolePage } from './support/watch-console-page.ts';

describe('console reports and letters in headless Chromium', () => {
  const { h, browser } = useConsoleInBrowser({
    staff: [{ email: 'fiona@acme.example', roles: ['finance'], name: 'Fiona Finance' }],
  });
  let debtorId: string;
  const today = amsterdamDate(new Date());

  beforeAll(async () => {
    for (let i = 0; i < 8; i++) {
      const seeded = await seedDebtor(h.slack.db, {
        reference: `REP-${i}`,
        name: `Report Debtor ${i} BV`,
        language: i % 2 ? 'en' : 'nl',
        invoices: [
          { number: `INV-REP-${i}-1`, cents: 50_000 + i * 12_345, dueDate: addDays(today, -10 - i * 14) },
          { number: `INV-REP-${i}-2`, cents: 20_000 + i * 1_000, dueDate: addDays(today, 5 + i * 3) },
        ],
      });
      debtorId ??= seeded.debtorId;
    }
  });

  it('shows the reports with their charts under the strict policy, downloads the aging as .xlsx and reads it back', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'en-GB', acceptDownloads: true });
    const { page, problems } = await watchConsolePage(context);
    await signInWithProvider(page, { baseUrl: h.baseUrl, login: 'fiona@acme.example' });
    await page.getByRole('link', { name: 'Reports' }).click();
    await page.waitForURL(`${h.baseUrl}/console/reports`);
    expect(await page.textContent('h1')).toBe('Reports');
    // Each chart is drawn (an SVG with a size) and named as one image by its caption.
    const charts = page.locator('.chart-image[role="img"] svg');
    expect(await charts.count()).toBe(4);
    for (let i = 0; i < 4; i++) expect((await charts.nth(i).boundingBox())!.width).toBeGreaterThan(200);
    expect(await page.getByRole('img', { name: /Open amount per age bucket/ }).count()).toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'console-reports-desktop-en.png'), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('a[href^="/console/reports/aging-debtors.xlsx"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`aging-debtors-${today}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const aging = (await buildReport({ db: h.slack.db, kind: 'aging', asOf: today, weeks: 8 })).result;
    expect(sheet.rowCount).toBe(aging.rows.length + 2);
    aging.rows.forEach((row, i) => {
      expect(sheet.getRow(i + 2).getCell(1).value).toBe(row.debtor);
      expect(sheet.getRow(i + 2).getCell(7).value).toBe(row.totalCents / 100);
    });
    expect(problems).toEqual([]);

    const { phone, page: onPhone, width } = await openOnPhone(browser, context);
    await onPhone.goto(`${h.baseUrl}/console/reports`);
    expect(await onPhone.textContent('h1')).toBe('Rapportages');
    expect(await onPhone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
    await onPhone.screenshot({
      path: path.join(SCREENSHOTS, 'console-reports-phone-nl.png'),
      fullPage: false,
    });
    await onPhone.goto(`${h.baseUrl}/console/debtors/${debtorId}/letters`);
    expect(await onPhone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
    await onPhone.screenshot({
      path: path.join(SCREENSHOTS, 'console-letters-phone-nl.png'),
      fullPage: false,
    });
    await phone.close();
    await context.close();
  }, 90_000);

  it('has no serious or critical accessibility violations on the reports and letters pages (axe-core), in both languages', async () => {
    // bypassCSP only so that axe-core can be injected: the console itself allows no script.
    const context = await browser.newContext({ viewport: PHONE, locale: 'en-GB', bypassCSP: true });
    const { page } = await watchConsolePage(context);
    await signInWithProvider(page, { baseUrl: h.baseUrl, login: 'fiona@acme.example' });
    for (const where of [
      '/console/reports?lang=en',
      '/console/reports?lang=nl',
      `/console/debtors/${debtorId}/letters?lang=en`,
      `/console/debtors/${debtorId}/letters?lang=nl`,
    ]) {
      await page.goto(`${h.baseUrl}${where}`);
      expect(await findSeriousViolations(page), where).toEqual([]);
    }
    await context.close();
  }, 90_000);
});
