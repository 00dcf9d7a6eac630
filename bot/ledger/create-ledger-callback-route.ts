import { escapeHtml } from '../../channels/web/escape-html.ts';
import type { Database } from '../../prisma/open-database.ts';
import { parseRequestTarget } from '../server/create-http-server.ts';
import type { HttpRoute } from '../server/service.ts';
import { completeExactOnlineSignIn } from './complete-exact-online-sign-in.ts';
import { EXACT_ONLINE_CALLBACK_PATH, type ExactOnlineSettings } from './read-ledger-settings.ts';

/**
 * GET /ledger/callback/exact-online: where Exact Online sends the browser back after the sign-in
 * that `collections connect exact-online` started. Answers a small page saying whether the books
 * are connected; the code and state are in the URL, so nothing is cached or passed on.
 */
export function createLedgerCallbackRoute({
  db,
  key,
  exact,
  log,
  fetch,
}: {
  db: Pick<Database, 'prisma'>;
  key: Buffer;
  exact: ExactOnlineSettings;
  log: (line: string) => void;
  fetch?: typeof globalThis.fetch;
}): HttpRoute {
  return {
    method: 'GET',
    path: EXACT_ONLINE_CALLBACK_PATH,
    async handle(request, response) {
      const url = parseRequestTarget(request.url);
      const outcome = await completeExactOnlineSignIn({
        db,
        key,
        exact,
        query: url?.searchParams ?? new URLSearchParams(),
        ...(fetch ? { fetch } : {}),
      });
      const connected = outcome.kind === 'connected';
      log(
        connected
          ? `ledger: Exact Online connected (division ${outcome.division})`
          : `ledger: Exact Online sign-in refused: ${outcome.why}`,
      );
      const title = connected ? 'Exact Online is connected' : 'Exact Online is not connected';
      const text = connected
        ? `Division ${outcome.division} is connected: the books are synced from now on. You can close this window.`
        : outcome.why;
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></body></html>`;
      response.writeHead(connected ? 200 : 400, {
        'content-type': 'text/html; charset=utf-8',
        'content-length': Buffer.byteLength(html),
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
        'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      });
      response.end(html);
    },
  };
}
