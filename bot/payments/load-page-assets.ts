import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readStylesheet } from '../../channels/web/read-stylesheet.ts';

export interface PageAsset {
  readonly body: Buffer;
  /** null when compressing does not pay. */
  readonly gzip: Buffer | null;
  readonly contentType: string;
}

const OWN = path.resolve(import.meta.dirname, '../../channels/web/assets');

/**
 * The page's static files, read once at start-up: our stylesheet and script, and Microsoft's Web
 * Chat bundle from node_modules (3.8 MB, about 1 MB gzipped: worth compressing once for phones).
 * Only these names are served; nothing is looked up on disk per request.
 */
export function loadPageAssets(): ReadonlyMap<string, PageAsset> {
  const webchatDir = path.dirname(fileURLToPath(import.meta.resolve('botframework-webchat')));
  const files: [string, Buffer, string][] = [
    ['pay-page.css', readStylesheet('pay-page.css'), 'text/css; charset=utf-8'],
    ['pay-page.js', readFileSync(path.join(OWN, 'pay-page.js')), 'text/javascript; charset=utf-8'],
    ['webchat.js', readFileSync(path.join(webchatDir, 'webchat.js')), 'text/javascript; charset=utf-8'],
  ];
  return new Map(
    files.map(([name, body, contentType]) => [
      name,
      { body, gzip: body.length > 1024 ? gzipSync(body) : null, contentType },
    ]),
  );
}
