#!/usr/bin/env node
// The `collections` command. It runs the compiled JavaScript in dist/ (`npm run build`, also run
// by `npm ci`) while that build is newer than every source file, and otherwise the TypeScript
// source through tsx's loader: same behaviour, only slower to start. So an edited checkout never
// runs a stale build, and a checkout that was never built still works.
import path from 'node:path';
import { isDistCurrent } from './is-dist-current.js';

const root = path.resolve(import.meta.dirname, '..');

if (isDistCurrent({ root })) {
  // Stack traces name the .ts file and line (dist/ ships source maps), also in worker threads.
  process.setSourceMapsEnabled(true);
  await import('../dist/bot/cli/collections.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../bot/cli/collections.ts');
}
