import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LetterData } from '../../../channels/email/letters/build-letter-variables.ts';
import {
  LETTER_TEMPLATE_NAMES,
  type LetterTemplates,
  loadLetterTemplates,
  SHIPPED_LANGUAGES,
} from '../../../channels/email/letters/load-letter-templates.ts';
import { ANSWER_TEMPLATE_NAMES } from '../../../channels/email/render-email.ts';
import { ACME_IDENTITY, ACME_INVOICES } from '../../support/fixture-acme-letter.ts';
import { startBrowser } from '../../support/start-browser.ts';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../../artifacts/screenshots');
const PHONE_WIDTH = 375;
// Debtor text is data: a hostile name must show as text, never as markup.
const HOSTILE = `Café <b>'t</b> Hoekje <img src=x onerror=alert(1)>`;

const LETTER: LetterData = {
  company: { ...ACME_IDENTITY, logoUrl: null },
  debtorName: HOSTILE,
  contactName: 'Anna',
  invoices: ACME_INVOICES,
  paymentLink: 'https://pay.acme.example/all',
  costsCents: 24_008,
  earlierLetters: 2,
  letterDate: '2026-12-07',
};

const TOTAL = { nl: '€ 1.600,50', en: '€1,600.50', fr: '1 600,50 €', de: '1.600,50 €' } as const;
const PAY = {
  nl: /^Betaal € 1.600,50$/u,
  en: /^Pay €1,600.50$/u,
  fr: /^Payer 1\s600,50\s€$/u,
  de: /^1\.600,50\s€ bezahlen$/u,
} as const;

/**
 * A phone-sized page that runs script (so that a letter's script, were there any, would show) and
 * keeps the message of every dialog one opens, dismissed.
 */
async function openPhonePage(browser: Browser) {
  const context = await browser.newContext({
    viewport: { width: PHONE_WIDTH, height: 800 },
    javaScriptEnabled: true,
  });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { context, page, dialogs };
}

describe('letter HTML in headless Chromium', () => {
  let browser: Browser;
  let templates: LetterTemplates;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    [browser, templates] = await Promise.all([startBrowser(), loadLetterTemplates()]);
  });
  afterAll(async () => browser?.close());

  for (const language of SHIPPED_LANGUAGES) {
    for (const name of LETTER_TEMPLATE_NAMES) {
      it(`${language}/${name}: shows the amounts, the links and the debtor's name as text; fits a phone`, async () => {
        const letter = await templates.render({ name, language, data: LETTER });
        const { context, page, dialogs } = await openPhonePage(browser);
        try {
          await page.setContent(letter.html, { waitUntil: 'load' });
          // What a reader sees (innerText skips what CSS hides), not the DOM's text.
          // biome-ignore lint/performance/useDomNodeTextContent: playwright's innerText is the rendered text
          const text = (await page.innerText('body')).replace(/[\u00a0\u202f]/gu, ' ');
          expect(text).toContain(TOTAL[language]);
          expect(text).toContain(HOSTILE);
          expect(await page.locator('img').count()).toBe(0);
          expect(dialogs).toEqual([]);
          const pay = page.getByRole('link', { name: PAY[language] });
          expect(await pay.getAttribute('href')).toBe('https://pay.acme.example/all');
          expect(await page.locator('a[href="https://pay.acme.example/pay/b"]').count()).toBe(1);
          // Responsive: nothing wider than the phone's screen.
          expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
            PHONE_WIDTH,
          );
          await page.screenshot({
            path: path.join(SCREENSHOTS, `letter-${language}-${name}-phone.png`),
            fullPage: true,
          });
          await page.setViewportSize({ width: 800, height: 900 });
          await page.screenshot({
            path: path.join(SCREENSHOTS, `letter-${language}-${name}.png`),
            fullPage: true,
          });
        } finally {
          await context.close();
        }
      });
    }
  }
});

describe('answer and notice HTML in headless Chromium', () => {
  let browser: Browser;
  let templates: LetterTemplates;
  const ANSWER: LetterData = {
    ...LETTER,
    answer: {
      instalments: [
        { dueDate: '2027-01-04', amountCents: 80_025 },
        { dueDate: '2027-02-01', amountCents: 80_025 },
      ],
      // What the debtor typed is data too.
      poNumber: `PO <script>alert(2)</script>`,
      newEmail: 'ap@hoekje.example',
      promisedDate: '2026-12-20',
      amountCents: 160_050,
      pausedUntil: '2026-12-31',
      staffNotified: true,
    },
  };

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    [browser, templates] = await Promise.all([startBrowser(), loadLetterTemplates()]);
  });
  afterAll(async () => browser?.close());

  for (const language of SHIPPED_LANGUAGES) {
    it(`${language}: every answer shows its amounts and the debtor's words as text, and fits a phone`, async () => {
      const { context, page, dialogs } = await openPhonePage(browser);
      try {
        for (const name of ANSWER_TEMPLATE_NAMES) {
          const answer = await templates.render({ name, language, data: ANSWER });
          expect(answer.language).toBe(language);
          await page.setContent(answer.html, { waitUntil: 'load' });
          // biome-ignore lint/performance/useDomNodeTextContent: playwright's innerText is the rendered text
          const text = (await page.innerText('body')).replace(/[\u00a0\u202f]/gu, ' ');
          expect(text, name).toContain('F2026-0060');
          if (name === 'invoice_reissued') expect(text).toContain('PO <script>alert(2)</script>');
          if (name === 'payment_plan_confirmation')
            expect(text).toContain(
              { nl: '€ 800,25', en: '€800.25', fr: '800,25 €', de: '800,25 €' }[language],
            );
          expect(
            await page.evaluate<number>('document.documentElement.scrollWidth'),
            name,
          ).toBeLessThanOrEqual(PHONE_WIDTH);
          if (name === 'payment_plan_confirmation' || name === 'dispute_acknowledgement')
            await page.screenshot({
              path: path.join(SCREENSHOTS, `answer-${language}-${name}-phone.png`),
              fullPage: true,
            });
        }
        expect(dialogs).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
