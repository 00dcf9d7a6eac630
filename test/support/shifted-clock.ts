import { existsSync } from 'node:fs';

const LIBRARIES = [
  '/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1',
  '/usr/lib/aarch64-linux-gnu/faketime/libfaketimeMT.so.1',
];

/** libfaketime from Debian's faketime package (.ci/run installs it), or null. */
export function findFaketime(): string | null {
  return LIBRARIES.find((library) => existsSync(library)) ?? null;
}

/**
 * The environment that starts a child process (the real `collections` CLI) with its clock
 * shifted so that it reads `at` now and runs on from there: libfaketime preloaded with a fixed
 * offset in seconds. Call once and give every child the same environment: they then share one
 * clock, ticking from `at`. Timers keep the real monotonic clock. Used where what the CLI does
 * depends on the day (the dunning ladder sends only on Dutch business days), so the test does
 * not depend on the day CI runs.
 */
export function shiftedClockEnv(at: Date): Record<string, string> {
  const library = findFaketime();
  if (!library) throw new Error('libfaketime is missing: apt-get install faketime');
  const offsetSeconds = Math.round((at.getTime() - Date.now()) / 1000);
  return {
    LD_PRELOAD: library,
    FAKETIME: `${offsetSeconds >= 0 ? '+' : ''}${offsetSeconds}`,
    FAKETIME_DONT_FAKE_MONOTONIC: '1',
  };
}
