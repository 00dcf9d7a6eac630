import { afterAll, afterEach } from 'vitest';

/**
 * A vitest setup file (vitest.config.ts, both projects): an unhandled rejection or an uncaught
 * exception is a bug, in the code under test or in the test. Each one fails the test it happened
 * in (or, when it arrives late, the next test or the file's afterAll) with its stack, instead of
 * a line in vitest's summary that is easy to miss. `collections serve` logs and survives such an
 * error as a last resort; tests must never rely on that.
 */
interface Escaped {
  readonly kind: 'unhandled rejection' | 'uncaught exception';
  readonly error: unknown;
}

const KEY = Symbol.for('collections.test.escapedErrors');
const state = globalThis as unknown as { [KEY]?: Escaped[] };
// Installed once per process: a worker runs setup files again for every test file it takes.
if (!state[KEY]) {
  const escaped: Escaped[] = [];
  state[KEY] = escaped;
  process.on('unhandledRejection', (error) => escaped.push({ kind: 'unhandled rejection', error }));
  process.on('uncaughtException', (error) => escaped.push({ kind: 'uncaught exception', error }));
}

function failOnEscaped(): void {
  const escaped = state[KEY]!.splice(0);
  if (escaped.length === 0) return;
  const described = escaped.map(
    ({ kind, error }) =>
      `${kind}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  throw new Error(
    `${escaped.length} error(s) escaped every handler during this test (or just before it):\n${described.join('\n')}`,
  );
}

afterEach(failOnEscaped);
afterAll(failOnEscaped);
