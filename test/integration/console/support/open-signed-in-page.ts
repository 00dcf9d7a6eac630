import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signInWithProvider } from './sign-in-with-provider.ts';

/**
 * A browser page signed in to the console through the loopback provider, at a size and language,
 * collecting what must never happen (a script error, a content security policy refusal) in
 * `problems`, so a test can end with `expect(problems).toEqual([])`.
 */
export async function openSignedInPage(
  browser: Browser,
  {
    baseUrl,
    login,
    viewport,
    locale,
  }: { baseUrl: string; login: string; viewport: { width: number; height: number }; locale: string },
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport, locale });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  await signInWithProvider(page, { baseUrl, login });
  return { context, page, problems };
}
