#!/usr/bin/env node
// `npm run build` (and the last step of `npm ci`): compiles the TypeScript to dist/ so the
// `collections` command starts without compiling anything, copies the files the code reads from
// disk next to the compiled code, and stamps the build. bin/collections.js runs dist/ only while
// that stamp is newer than every source file (bin/is-dist-current.js).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { BUILD_STAMP } from './is-dist-current.js';

/**
 * Read at run time relative to the code that reads them (import.meta.dirname), so they must sit
 * at the same place under dist/: the reason model, the migrations, the payment page's own files, the letter templates.
 */
const RUNTIME_ASSETS = ['nlp/model', 'prisma/migrations', 'channels/web/assets', 'channels/email/templates'];

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');

let tsc;
try {
  tsc = createRequire(path.join(root, 'package.json')).resolve('typescript/bin/tsc');
} catch {
  // `npm ci --omit=dev` leaves no compiler: the command then runs the source through tsx.
  console.warn(
    'build: typescript is not installed; `collections` will run the TypeScript source through tsx.',
  );
  process.exit(0);
}

const startedAt = Date.now();
rmSync(dist, { recursive: true, force: true });
// Type errors are `npm run typecheck`'s job (tsconfig.build.json sets noCheck): emitting alone
// takes a fraction of the time, and a type error must not leave `npm ci` without a CLI.
const compiled = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], {
  cwd: root,
  stdio: 'inherit',
});
if (compiled.status !== 0) {
  console.error(
    `build: tsc failed (exit ${compiled.status ?? compiled.signal}); dist/ is not used until a build succeeds.`,
  );
  process.exit(1);
}
for (const asset of RUNTIME_ASSETS) {
  cpSync(path.join(root, asset), path.join(dist, asset), { recursive: true });
}
mkdirSync(path.dirname(path.join(root, BUILD_STAMP)), { recursive: true });
writeFileSync(path.join(root, BUILD_STAMP), `${JSON.stringify({ startedAt })}\n`);
console.log(`build: dist/ ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
