// `node --import ./test/support/record-loaded-modules.js ...` with RECORD_LOADED_MODULES=<file>:
// appends the URL of every ES module the process loads (a module loader hook, which also sees the
// entry file of each CommonJS package an ES module imports) and, at exit, the path of every
// CommonJS module in require's cache, one per line. Plain JavaScript: it must run before any
// TypeScript loader is registered.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

const file = process.env.RECORD_LOADED_MODULES;

// Node runs module hooks in a thread of their own, which imports this file again: register there
// would register twice.
if (file && isMainThread) {
  register(import.meta.url);
  const require = createRequire(import.meta.url);
  process.on('exit', () => {
    const cached = Object.keys(require.cache).map((path) => `${path}\n`);
    appendFileSync(file, cached.join(''));
  });
}

export async function load(url, context, nextLoad) {
  if (file) appendFileSync(file, `${url}\n`);
  return nextLoad(url, context);
}
