import { readFileSync } from 'node:fs';
import path from 'node:path';

const ASSETS = path.resolve(import.meta.dirname, 'assets');

/**
 * A page's stylesheet as we serve it: the rules every page of ours shares (page-base.css: box
 * sizing, the skip link, links and the focus ring), then the page's own. One file a page, so one
 * request and the same CSP (`style-src 'self'`); read once at start-up.
 */
export function readStylesheet(name: 'console.css' | 'pay-page.css'): Buffer {
  return Buffer.concat([
    readFileSync(path.join(ASSETS, 'page-base.css')),
    readFileSync(path.join(ASSETS, name)),
  ]);
}
