import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { StaffRole } from '../../../../domain/staff/staff-role.ts';
import { createLateBound } from '../../../support/create-late-bound.ts';
import { startBrowser } from '../../../support/start-browser.ts';
import { SCREENSHOTS } from './check-page-with-axe.ts';
import { type ConsoleHarness, startConsoleHarness } from './start-console-harness.ts';

/** The two sizes the browser tests look at a page in: a phone (an iPhone 12-ish; nothing on a console page may be wider) and a desktop. */
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

/**
 * The console harness (started with `env`, these members of staff added, not signed in) and a
 * headless Chromium for one browser test file, artifacts/screenshots made: started before the
 * file's tests, closed after them (the harness's log printed first when CONSOLE_TEST_LOGS is
 * set). A file's own `beforeAll`, registered after this call, runs after it and may seed through `h`.
 */
export function useConsoleInBrowser({
  env = {},
  staff,
}: {
  env?: Record<string, string>;
  staff: readonly { email: string; roles: StaffRole[]; name: string }[];
}): { h: ConsoleHarness; browser: Browser } {
  const h = createLateBound<ConsoleHarness>('the console harness');
  const browser = createLateBound<Browser>('the browser');
  let started: { h?: ConsoleHarness; browser?: Browser } = {};
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    started.h = await startConsoleHarness(env);
    h.set(started.h);
    for (const member of staff) await started.h.addStaff(member.email, member.roles, member.name);
    started.browser = await startBrowser();
    browser.set(started.browser);
  }, 120_000);
  afterAll(async () => {
    await started.browser?.close();
    if (process.env.CONSOLE_TEST_LOGS) console.log(started.h?.logs.join('\n'));
    await started.h?.close();
    started = {};
  });
  return { h: h.value, browser: browser.value };
}
