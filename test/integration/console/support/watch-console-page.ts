import type { BrowserContext, Page } from 'playwright-core';

/**
 * A new page in `context` that records CSP violations and script errors in `problems` (there must
 * be none: the console runs no script).
 */
export async function watchConsolePage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const problems: string[] = [];
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  return { page, problems };
}
