import path from 'node:path';
import type { Browser } from 'playwright-core';
import { findSeriousViolations } from './find-serious-violations.ts';
import { signInWithProvider } from './sign-in-with-provider.ts';

export const SCREENSHOTS = path.resolve(import.meta.dirname, '../../../../artifacts/screenshots');

/**
 * Opens a console page signed in (through the loopback provider) at a size and language, in a
 * context of its own with `bypassCSP` only to inject axe-core (the console itself runs no script),
 * takes a screenshot when named, and returns how wide the page is and axe's serious and critical
 * violations.
 */
export async function checkPageWithAxe(
  browser: Browser,
  {
    baseUrl,
    login,
    path: pagePath,
    viewport,
    locale,
    screenshot = null,
  }: {
    baseUrl: string;
    login: string;
    path: string;
    viewport: { width: number; height: number };
    locale: string;
    /** A file name in artifacts/screenshots; null: none. */
    screenshot?: string | null;
  },
): Promise<{ scrollWidth: number; violations: { id: string; impact: string; nodes: number }[] }> {
  const context = await browser.newContext({ viewport, locale, bypassCSP: true });
  try {
    const page = await context.newPage();
    await signInWithProvider(page, { baseUrl, login });
    await page.goto(`${baseUrl}${pagePath}`);
    const scrollWidth = (await page.evaluate('document.documentElement.scrollWidth')) as number;
    if (screenshot) await page.screenshot({ path: path.join(SCREENSHOTS, screenshot), fullPage: false });
    return { scrollWidth, violations: await findSeriousViolations(page) };
  } finally {
    await context.close();
  }
}
