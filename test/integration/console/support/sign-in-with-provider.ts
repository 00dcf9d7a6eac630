import type { Page } from 'playwright-core';

/**
 * Signs in through the console's button and the loopback provider's own login and consent
 * pages, as a person would. Resolves once the browser is back on the console (any page).
 */
export async function signInWithProvider(page: Page, { baseUrl, login }: { baseUrl: string; login: string }) {
  await page.goto(`${baseUrl}/console`);
  await page.waitForURL(`${baseUrl}/console/sign-in`);
  await page.getByRole('link', { name: /Loopback ID/ }).click();
  await page.waitForSelector('input[name="login"]');
  await page.fill('input[name="login"]', login);
  await page.fill('input[name="password"]', 'any password');
  await page.click('button[type="submit"]');
  await page.waitForSelector('button:has-text("Continue")');
  await page.click('button:has-text("Continue")');
  await page.waitForURL((url) => url.href.startsWith(`${baseUrl}/console`));
}
