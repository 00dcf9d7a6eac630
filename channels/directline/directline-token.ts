import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A Direct Line token of our own endpoint: which conversation, invoice and user it opens, until
 * when, and until when the payment link it came from is valid (a refresh never outlives the link).
 * JSON claims and an HMAC-SHA256 over them, both base64url, joined by a dot behind "dl1.". Nothing
 * in it can be changed without breaking the signature; it is opaque to the client.
 */
export interface DirectLineClaims {
  readonly conversationId: string;
  readonly invoiceId: string;
  readonly userId: string;
  readonly expiresAt: Date;
  /** The payment link's own expiry: the ceiling for every refresh. */
  readonly linkExpiresAt: Date;
}

export type DirectLineTokenCheck =
  | { readonly ok: true; readonly claims: DirectLineClaims }
  | { readonly ok: false; readonly reason: 'malformed' | 'bad_signature' | 'expired' };

const PREFIX = 'dl1.';
const MAX_TOKEN_LENGTH = 600;

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update('collections-directline-token:').update(payload).digest();
}

export function signDirectLineToken(secret: string, claims: DirectLineClaims): string {
  const payload = Buffer.from(
    JSON.stringify({
      c: claims.conversationId,
      i: claims.invoiceId,
      u: claims.userId,
      e: Math.floor(claims.expiresAt.getTime() / 1000),
      l: Math.floor(claims.linkExpiresAt.getTime() / 1000),
    }),
  ).toString('base64url');
  return `${PREFIX}${payload}.${mac(secret, payload).toString('base64url')}`;
}

/** Shape, then signature (constant time), then expiry against `now`. */
export function verifyDirectLineToken(secret: string, token: string, now: Date): DirectLineTokenCheck {
  if (token.length > MAX_TOKEN_LENGTH || !token.startsWith(PREFIX)) return { ok: false, reason: 'malformed' };
  const [payload, signature, ...rest] = token.slice(PREFIX.length).split('.');
  if (!payload || !signature || rest.length > 0 || !/^[A-Za-z0-9_-]+$/u.test(payload + signature)) {
    return { ok: false, reason: 'malformed' };
  }
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(secret, payload);
  // Only the canonical spelling: base64url has several for the last character's spare bits.
  if (
    given.length !== expected.length ||
    given.toString('base64url') !== signature ||
    !timingSafeEqual(given, expected)
  ) {
    return { ok: false, reason: 'bad_signature' };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const claims = raw as { c?: unknown; i?: unknown; u?: unknown; e?: unknown; l?: unknown };
  if (
    typeof claims.c !== 'string' ||
    typeof claims.i !== 'string' ||
    typeof claims.u !== 'string' ||
    typeof claims.e !== 'number' ||
    typeof claims.l !== 'number'
  ) {
    return { ok: false, reason: 'malformed' };
  }
  if (now.getTime() >= claims.e * 1000) return { ok: false, reason: 'expired' };
  return {
    ok: true,
    claims: {
      conversationId: claims.c,
      invoiceId: claims.i,
      userId: claims.u,
      expiresAt: new Date(claims.e * 1000),
      linkExpiresAt: new Date(claims.l * 1000),
    },
  };
}

/**
 * The token secret when DIRECTLINE_TOKEN_SECRET is not set: derived from the payment-link secret
 * with its own label, so one secret serves both and a link MAC can never pass as a token MAC.
 */
export function deriveDirectLineSecret(paymentLinkSecret: string): string {
  return createHmac('sha256', paymentLinkSecret)
    .update('collections-directline-secret-v1')
    .digest('base64url');
}
