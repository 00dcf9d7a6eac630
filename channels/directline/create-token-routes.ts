import { randomBytes } from 'node:crypto';
import type { RateLimiter } from '../http/create-rate-limiter.ts';
import type { DirectLineAccess } from './create-directline-access.ts';
import type {
  DirectLineBotPort,
  DirectLineRoute,
  DirectLineSettings,
  DirectLineStorePort,
} from './directline-types.ts';
import type { DirectLineHandler } from './guard-directline-route.ts';
import { HttpProblem } from './http-problem.ts';
import { DIRECTLINE_BASE, readBearer } from './read-directline-request.ts';
import { sendJson } from './send-json.ts';

/**
 * POST …/tokens/generate turns a payment link into a new conversation and its token; POST
 * …/tokens/refresh extends a valid token (up to the link's own expiry).
 */
export function createTokenRoutes({
  store,
  bot,
  settings,
  access,
  guard,
  perLink,
  now,
}: {
  store: DirectLineStorePort;
  bot: DirectLineBotPort;
  settings: DirectLineSettings;
  access: DirectLineAccess;
  guard: (handler: DirectLineHandler) => DirectLineHandler;
  /** Tokens (new conversations) per invoice, over all its links. */
  perLink: RateLimiter;
  now: () => Date;
}): DirectLineRoute[] {
  const generate: DirectLineHandler = async (request, response) => {
    const link = settings.verifyLinkToken(readBearer(request), now());
    if (!link) throw new HttpProblem(401, 'BadToken', 'The payment link is not valid or has expired.');
    // Per invoice rather than per link string: `collections link` and each reminder sign a new
    // link for the same invoice, and they must share one allowance.
    const allowed = perLink.take(link.invoiceId);
    if (!allowed.ok) {
      throw new HttpProblem(
        429,
        'TooManyRequests',
        'Too many chats were started from this payment link; wait a few minutes and reload the page.',
        allowed.retryAfterSeconds,
      );
    }
    const invoice = await bot.resolveInvoice(link.invoiceId);
    if (!invoice)
      throw new HttpProblem(404, 'NotFound', 'The invoice of this payment link no longer exists.');
    const conversationId = randomBytes(16).toString('base64url');
    const userId = `dl_${randomBytes(12).toString('base64url')}`;
    await store.createConversation({
      id: conversationId,
      invoiceId: link.invoiceId,
      debtorId: invoice.debtorId,
      userId,
      locale: invoice.locale,
    });
    const claims = {
      conversationId,
      invoiceId: link.invoiceId,
      userId,
      expiresAt: now(),
      linkExpiresAt: link.expiresAt,
    };
    sendJson(response, 200, { conversationId, ...access.issue(claims) });
  };

  return [
    { method: 'POST', path: `${DIRECTLINE_BASE}/tokens/generate`, handle: guard(generate) },
    {
      method: 'POST',
      path: `${DIRECTLINE_BASE}/tokens/refresh`,
      handle: guard(async (request, response) => {
        const { claims } = await access.authorize(request);
        sendJson(response, 200, { conversationId: claims.conversationId, ...access.issue(claims) });
      }),
    },
  ];
}
