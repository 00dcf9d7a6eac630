import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The token in a payment-page link (/pay/<token>): the invoice id, an expiry, and an HMAC over
 * both. Nothing in it can be guessed or changed: another invoice id or a later expiry breaks the
 * signature, so a link never opens anything but its own invoice. 36 bytes, base64url (48 chars).
 */
const ID_BYTES = 16;
const EXPIRY_BYTES = 4;
const MAC_BYTES = 16;
const TOKEN_BYTES = ID_BYTES + EXPIRY_BYTES + MAC_BYTES;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

export type PaymentLinkCheck =
  | { readonly ok: true; readonly invoiceId: string; readonly expiresAt: Date }
  | {
      readonly ok: false;
      readonly reason: 'malformed' | 'bad_signature' | 'expired';
      readonly expiresAt?: Date;
    };

function mac(secret: string, body: Buffer): Buffer {
  return createHmac('sha256', secret)
    .update('collections-payment-link:')
    .update(body)
    .digest()
    .subarray(0, MAC_BYTES);
}

/** A link token for an invoice (a UUID), valid until `expiresAt` (second precision). */
export function signPaymentLinkToken(secret: string, claims: { invoiceId: string; expiresAt: Date }): string {
  if (!UUID.test(claims.invoiceId)) throw new TypeError(`invoice id "${claims.invoiceId}" is not a UUID`);
  const seconds = Math.floor(claims.expiresAt.getTime() / 1000);
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > 0xffffffff) {
    throw new TypeError('expiresAt must be a date between 1970 and 2106');
  }
  const body = Buffer.alloc(ID_BYTES + EXPIRY_BYTES);
  Buffer.from(claims.invoiceId.replace(/-/g, ''), 'hex').copy(body, 0);
  body.writeUInt32BE(seconds, ID_BYTES);
  return Buffer.concat([body, mac(secret, body)]).toString('base64url');
}

/** Checks a token: its shape, then its signature (constant time), then its expiry against `now`. */
export function verifyPaymentLinkToken(secret: string, token: string, now: Date): PaymentLinkCheck {
  if (!/^[A-Za-z0-9_-]{48}$/u.test(token)) return { ok: false, reason: 'malformed' };
  const bytes = Buffer.from(token, 'base64url');
  if (bytes.length !== TOKEN_BYTES) return { ok: false, reason: 'malformed' };
  const body = bytes.subarray(0, ID_BYTES + EXPIRY_BYTES);
  if (!timingSafeEqual(bytes.subarray(ID_BYTES + EXPIRY_BYTES), mac(secret, body))) {
    return { ok: false, reason: 'bad_signature' };
  }
  const expiresAt = new Date(body.readUInt32BE(ID_BYTES) * 1000);
  if (now.getTime() >= expiresAt.getTime()) return { ok: false, reason: 'expired', expiresAt };
  const hex = body.subarray(0, ID_BYTES).toString('hex');
  const invoiceId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { ok: true, invoiceId, expiresAt };
}
