import type { IncomingMessage } from 'node:http';
import type { RateLimiter } from '../http/create-rate-limiter.ts';
import { type DirectLineClaims, signDirectLineToken, verifyDirectLineToken } from './directline-token.ts';
import type { DirectLineConversation, DirectLineSettings, DirectLineStorePort } from './directline-types.ts';
import { HttpProblem } from './http-problem.ts';
import { readBearer } from './read-directline-request.ts';

export interface DirectLineAccess {
  /** Checks the bearer token (and that it opens `conversationId`), counts it, finds its conversation. */
  authorize(
    request: IncomingMessage,
    conversationId?: string,
  ): Promise<{ claims: DirectLineClaims; conversation: DirectLineConversation }>;
  /** The conversation's binding, read once per process. */
  findConversation(id: string): Promise<DirectLineConversation | null>;
  /** A fresh token for the claims, never outliving the payment link it came from. */
  issue(claims: DirectLineClaims): { token: string; expires_in: number };
}

export function createDirectLineAccess({
  store,
  settings,
  perToken,
  now,
}: {
  store: DirectLineStorePort;
  settings: DirectLineSettings;
  perToken: RateLimiter;
  now: () => Date;
}): DirectLineAccess {
  // A conversation's binding (invoice, debtor, user) never changes: read it once per process.
  const known = new Map<string, DirectLineConversation>();
  const findConversation = async (id: string) => {
    const cached = known.get(id);
    if (cached) return cached;
    const found = await store.findConversation(id);
    if (found) {
      if (known.size >= 50_000) known.clear();
      known.set(id, found);
    }
    return found;
  };

  return {
    findConversation,
    async authorize(request, conversationId) {
      const check = verifyDirectLineToken(settings.tokenSecret, readBearer(request), now());
      if (!check.ok) {
        throw check.reason === 'expired'
          ? new HttpProblem(
              403,
              'TokenExpired',
              'The token has expired: get a new one from the payment page.',
            )
          : new HttpProblem(
              401,
              'BadToken',
              'A valid Direct Line token is required (Authorization: Bearer).',
            );
      }
      if (conversationId !== undefined && check.claims.conversationId !== conversationId) {
        throw new HttpProblem(403, 'Forbidden', 'This token does not open that conversation.');
      }
      const allowed = perToken.take(check.claims.conversationId);
      if (!allowed.ok) {
        throw new HttpProblem(
          429,
          'TooManyRequests',
          'Too many requests for this conversation; wait a minute.',
          allowed.retryAfterSeconds,
        );
      }
      const conversation = await findConversation(check.claims.conversationId);
      if (!conversation) throw new HttpProblem(404, 'NotFound', 'The conversation does not exist.');
      return { claims: check.claims, conversation };
    },
    issue(claims) {
      const expiresAt = new Date(
        Math.min(now().getTime() + settings.tokenTtlSeconds * 1000, claims.linkExpiresAt.getTime()),
      );
      const token = signDirectLineToken(settings.tokenSecret, { ...claims, expiresAt });
      return { token, expires_in: Math.max(0, Math.floor((expiresAt.getTime() - now().getTime()) / 1000)) };
    },
  };
}
