import { afterAll, beforeAll } from 'vitest';
import { createLateBound } from '../../../support/create-late-bound.ts';
import { type ConsoleHarness, startConsoleHarness } from './start-console-harness.ts';

export type SignedInStaff = Awaited<ReturnType<ConsoleHarness['signInAs']>>;

/**
 * The console harness for one test file with Fiona of finance signed in: started before the
 * file's tests and closed after them (its log printed first when CONSOLE_TEST_LOGS is set). A file's
 * own `beforeAll`, registered after this call, runs after it and may seed through `h`.
 */
export function useConsoleHarness(): { h: ConsoleHarness; fiona: SignedInStaff } {
  const h = createLateBound<ConsoleHarness>('the console harness');
  const fiona = createLateBound<SignedInStaff>('Fiona’s console session');
  let started: ConsoleHarness | undefined;
  beforeAll(async () => {
    started = await startConsoleHarness();
    h.set(started);
    fiona.set(await started.signInAs('fiona@acme.example', ['finance'], 'Fiona Finance'));
  }, 60_000);
  afterAll(async () => {
    if (process.env.CONSOLE_TEST_LOGS) console.log(started?.logs.join('\n'));
    await started?.close();
  });
  return { h: h.value, fiona: fiona.value };
}
