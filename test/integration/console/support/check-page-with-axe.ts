import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { signInWithProvider } from './sign-in-with-provider.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

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
    await page.addScriptTag({ path: AXE });
    const all = (await page.evaluate(
      `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })))`,
    )) as { id: string; impact: string; nodes: number }[];
    return { scrollWidth, violations: all.filter((v) => v.impact === 'serious' || v.impact === 'critical') };
  } finally {
    await context.close();
  }
}
