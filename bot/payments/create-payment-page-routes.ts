import type { IncomingMessage, ServerResponse } from 'node:http';
import { describeError } from '../../domain/errors/describe-error.ts';
import type { HttpRoute } from '../server/service.ts';
import { loadPageAssets } from './load-page-assets.ts';
import type { PageDeps } from './page-deps.ts';
import { receivePaymentWebhook } from './receive-payment-webhook.ts';
import { headersFor, sendErrorPage } from './send-page-response.ts';
import { showPaymentPage } from './show-payment-page.ts';
import { startCheckout } from './start-checkout.ts';

/**
 * The payment page's HTTP routes: the page and its PDF, the checkout, the provider's webhook
 * (only with a provider) and the static assets.
 */
export function createPaymentPageRoutes(deps: PageDeps): HttpRoute[] {
  const assets = loadPageAssets();
  // A debtor gets a page, not the server's JSON error, when the database or provider fails.
  const asPage =
    (handle: (deps: PageDeps, request: IncomingMessage, response: ServerResponse) => Promise<void>) =>
    async (request: IncomingMessage, response: ServerResponse) => {
      try {
        await handle(deps, request, response);
      } catch (error) {
        // The stack to the log; the debtor gets the generic "unavailable" page, never the error.
        deps.log(`payment page: ${request.method} failed: ${describeError(error)}`);
        if (response.headersSent) response.end();
        else sendErrorPage(deps, request, response, 'unavailable');
      }
    };
  const routes: HttpRoute[] = [
    { method: 'GET', path: '/pay/*', handle: asPage(showPaymentPage) },
    { method: 'POST', path: '/pay/*', handle: asPage(startCheckout) },
    {
      method: 'GET',
      path: '/assets/*',
      handle: async (request: IncomingMessage, response: ServerResponse) => {
        const name = new URL(request.url ?? '/', 'http://x').pathname.slice('/assets/'.length);
        const asset = assets.get(name);
        if (!asset) {
          response.writeHead(404, { ...headersFor(deps), 'content-type': 'text/plain; charset=utf-8' });
          response.end('Not found.');
          return;
        }
        const gzip = asset.gzip && /\bgzip\b/u.test(String(request.headers['accept-encoding'] ?? ''));
        const body = gzip ? asset.gzip! : asset.body;
        response.writeHead(200, {
          ...headersFor(deps, { cacheable: true }),
          'content-type': asset.contentType,
          'content-length': body.length,
          vary: 'accept-encoding',
          ...(gzip ? { 'content-encoding': 'gzip' } : {}),
        });
        response.end(body);
      },
    },
  ];
  const provider = deps.provider;
  if (provider) {
    routes.push({
      method: 'POST',
      path: `/payments/${provider.name}/webhook`,
      handle: (request, response) => receivePaymentWebhook({ ...deps, provider }, request, response),
    });
  }
  return routes;
}
