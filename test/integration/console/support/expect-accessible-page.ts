import type { Browser } from 'playwright-core';
import { expect } from 'vitest';
import { checkPageWithAxe } from './check-page-with-axe.ts';
import { DESKTOP, PHONE } from './use-console-in-browser.ts';

/**
 * A console page signed in as `login`, on a phone in Dutch (screenshot `phoneScreenshot`) and on
 * a desktop in English: no wider than the screen, and no serious or critical axe violation.
 */
export async function expectAccessiblePage(
  browser: Browser,
  {
    baseUrl,
    login,
    path,
    phoneScreenshot,
  }: { baseUrl: string; login: string; path: string; phoneScreenshot: string },
): Promise<void> {
  for (const [viewport, locale, screenshot] of [
    [PHONE, 'nl-NL', phoneScreenshot],
    [DESKTOP, 'en-GB', null],
  ] as const) {
    const checked = await checkPageWithAxe(browser, { baseUrl, login, path, viewport, locale, screenshot });
    expect(checked.scrollWidth, `${path} at ${viewport.width} px`).toBeLessThanOrEqual(viewport.width);
    expect(checked.violations, `${path} at ${viewport.width} px`).toEqual([]);
  }
}
