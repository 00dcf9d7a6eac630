import type { IncomingMessage, ServerResponse } from 'node:http';
import { clientRateKey } from '../../channels/http/client-rate-key.ts';
import { verifyPaymentLinkToken } from '../../channels/web/payment-link-token.ts';
import {
  loadPaymentPageInvoice,
  type PaymentPageInvoice,
} from '../../prisma/payments/load-payment-page-invoice.ts';
import type { PageDeps } from './page-deps.ts';
import { sendErrorPage } from './send-page-response.ts';

export interface PageLink {
  readonly token: string;
  /** What follows the token: '' (the page), 'invoice.pdf' or 'checkout'. */
  readonly rest: string;
  readonly invoice: PaymentPageInvoice;
}

/**
 * The guard in front of every /pay/ request: the address limit first (so guessing tokens is
 * slow), then the token (a bad one is a 404 that says nothing about any invoice, an expired one a
 * 410 telling how to get a new link), then the token's own limit. Answers the request itself and
 * returns null when it must not go on.
 */
export async function resolvePageLink(
  deps: PageDeps,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<PageLink | null> {
  const byAddress = deps.limits.address.take(clientRateKey(request, deps.config.trustedProxies));
  if (!byAddress.ok) {
    sendErrorPage(deps, request, response, 'rate_limited', {
      retryAfterSeconds: byAddress.retryAfterSeconds,
    });
    return null;
  }
  const path = new URL(request.url ?? '/', 'http://x').pathname;
  const match = /^\/pay\/([^/]{1,200})(?:\/([a-z.]{1,20}))?\/?$/u.exec(path);
  const token = match?.[1] ?? '';
  const rest = match?.[2] ?? '';
  const check = verifyPaymentLinkToken(deps.config.linkSecret, token, deps.now());
  if (!check.ok) {
    sendErrorPage(deps, request, response, check.reason === 'expired' ? 'expired' : 'invalid');
    return null;
  }
  const byToken = deps.limits.token.take(token);
  if (!byToken.ok) {
    sendErrorPage(deps, request, response, 'rate_limited', { retryAfterSeconds: byToken.retryAfterSeconds });
    return null;
  }
  const invoice = await loadPaymentPageInvoice({ prisma: deps.prisma, invoiceId: check.invoiceId });
  // A signed link to an invoice that was removed looks like any bad link.
  if (!invoice || !['', 'invoice.pdf', 'checkout'].includes(rest)) {
    sendErrorPage(deps, request, response, 'invalid');
    return null;
  }
  return { token, rest, invoice };
}
