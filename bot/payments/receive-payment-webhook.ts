import type { IncomingMessage, ServerResponse } from 'node:http';
import { clientRateKey } from '../../channels/http/client-rate-key.ts';
import { readLimitedBody } from '../../channels/http/read-limited-body.ts';
import { asAppError } from '../../domain/errors/app-error.ts';
import type { PaymentProvider } from '../../domain/payments/payment-provider.ts';
import { recordProviderPayment } from '../../prisma/payments/record-provider-payment.ts';
import type { PageDeps } from './page-deps.ts';

const MAX_WEBHOOK_BYTES = 2048;
const PAYMENT_ID = /^tr_[A-Za-z0-9]{1,64}$/u;

function reply(response: ServerResponse, status: number, text: string, extra: Record<string, string> = {}) {
  response.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    ...extra,
  });
  response.end(text);
}

/**
 * POST /payments/mollie/webhook. Mollie posts `id=tr_…` and nothing else we could trust; the
 * payment is fetched from Mollie's API and recorded idempotently. 200 tells Mollie we are done
 * (also for ids it does not know, so the endpoint reveals nothing); a failure to reach Mollie or
 * the database answers 503 so Mollie retries later.
 */
export async function receivePaymentWebhook(
  deps: PageDeps & { provider: PaymentProvider },
  request: IncomingMessage,
  response: ServerResponse,
) {
  const limit = deps.limits.webhook.take(clientRateKey(request, deps.config.trustedProxies));
  if (!limit.ok) {
    reply(response, 429, 'Too many requests.', { 'retry-after': String(limit.retryAfterSeconds) });
    return;
  }
  let body: string;
  try {
    body = (await readLimitedBody(request, MAX_WEBHOOK_BYTES)).toString('utf8');
  } catch (error) {
    if ((asAppError(error).details as { tooLarge?: boolean } | undefined)?.tooLarge) {
      reply(response, 413, 'Request body too large.', { connection: 'close' });
      return;
    }
    throw error;
  }
  const id = new URLSearchParams(body).get('id') ?? '';
  if (!PAYMENT_ID.test(id)) {
    reply(response, 400, 'Expected a form field id=tr_… .');
    return;
  }
  try {
    const payment = await deps.provider.getPayment(id);
    if (!payment) {
      deps.log(`payment webhook: ${deps.provider.name} does not know ${id}; ignored`);
      reply(response, 200, 'ok');
      return;
    }
    const recorded = await recordProviderPayment({
      prisma: deps.prisma,
      provider: deps.provider.name,
      payment,
      now: deps.now(),
    });
    const detail =
      recorded.kind === 'applied'
        ? `applied, invoice ${recorded.invoiceStatus}, open ${recorded.openCents}${recorded.reviewReason ? `; needs review: ${recorded.reviewReason}` : ''}`
        : recorded.kind === 'needs_review'
          ? `needs review: ${recorded.reason}`
          : recorded.kind === 'not_paid'
            ? `status ${recorded.status}`
            : 'already recorded';
    deps.log(`payment webhook: ${id} ${detail}`);
    reply(response, 200, 'ok');
  } catch (error) {
    const appError = asAppError(error);
    deps.log(`payment webhook: ${id} failed, the provider will retry: ${appError.message}`);
    reply(response, 503, 'Temporarily unavailable; please retry.', { 'retry-after': '60' });
  }
}
