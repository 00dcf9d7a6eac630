import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PHONE } from './use-console-in-browser.ts';

/**
 * A Dutch phone-sized page signed in with the console session of `signedIn` (its cookie, copied
 * as a session cookie). Close the returned context when done.
 */
export async function openOnPhone(
  browser: Browser,
  signedIn: BrowserContext,
): Promise<{ phone: BrowserContext; page: Page; width: number }> {
  const session = (await signedIn.cookies()).find((cookie) => cookie.name === 'console_session');
  if (!session) throw new Error('openOnPhone: the context has no console_session cookie; sign in first');
  const phone = await browser.newContext({
    viewport: PHONE,
    locale: 'nl-NL',
    isMobile: true,
    hasTouch: true,
  });
  await phone.addCookies([{ ...session, expires: -1 }]);
  return { phone, page: await phone.newPage(), width: PHONE.width };
}
