#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so the installed `collections` command and
// `npm run collections` execute the same source.
import { register } from 'tsx/esm/api';

register();
await import('../bot/cli/collections.ts');
