import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpRoute } from '../server/service.ts';
import { loadPageAssets } from './load-page-assets.ts';
import type { PageDeps } from './page-deps.ts';
import { receivePaymentWebhook } from './receive-payment-webhook.ts';
import { headersFor } from './send-page-response.ts';
import { showPaymentPage } from './show-payment-page.ts';
import { startCheckout } from './start-checkout.ts';

/**
 * The payment page's HTTP routes: the page and its PDF, the checkout, the provider's webhook
 * (only with a provider) and the static assets.
 */
export function createPaymentPageRoutes(deps: PageDeps): HttpRoute[] {
  const assets = loadPageAssets();
  const routes: HttpRoute[] = [
    {
      method: 'GET',
      path: '/pay/*',
      handle: (request, response) => showPaymentPage(deps, request, response),
    },
    { method: 'POST', path: '/pay/*', handle: (request, response) => startCheckout(deps, request, response) },
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
