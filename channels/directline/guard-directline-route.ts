import type { IncomingMessage, ServerResponse } from 'node:http';
import { clientRateKey } from '../http/client-rate-key.ts';
import type { RateLimiter } from '../http/create-rate-limiter.ts';
import type { TrustedProxies } from '../http/parse-trusted-proxies.ts';
import { BodyTooLargeError } from '../http/read-limited-body.ts';
import { HttpProblem } from './http-problem.ts';
import { sendJson } from './send-json.ts';

export type DirectLineHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/**
 * Wraps a route: counts the request against its address first, and answers refusals as Direct
 * Line error JSON. Anything else is rethrown for the server to treat as a failure.
 */
export function guardDirectLineRoute({
  perAddress,
  trustedProxies,
  handler,
}: {
  perAddress: RateLimiter;
  trustedProxies: TrustedProxies;
  handler: DirectLineHandler;
}): DirectLineHandler {
  return async (request, response) => {
    try {
      const allowed = perAddress.take(clientRateKey(request, trustedProxies));
      if (!allowed.ok) {
        throw new HttpProblem(
          429,
          'TooManyRequests',
          'Too many requests from this address; wait a minute.',
          allowed.retryAfterSeconds,
        );
      }
      await handler(request, response);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        sendJson(response, 413, { error: { code: 'MessageSizeTooBig', message: error.message } });
      } else if (error instanceof HttpProblem) {
        if (error.retryAfterSeconds !== undefined && !response.headersSent) {
          response.setHeader('retry-after', String(error.retryAfterSeconds));
        }
        sendJson(response, error.status, { error: { code: error.code, message: error.message } });
      } else {
        throw error;
      }
    }
  };
}
