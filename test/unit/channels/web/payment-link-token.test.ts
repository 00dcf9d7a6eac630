import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signPaymentLinkToken, verifyPaymentLinkToken } from '../../../../channels/web/payment-link-token.ts';

const SECRET = 'test-secret-for-links';
const NOW = new Date('2026-11-23T10:00:00Z');
const LATER = new Date('2027-01-22T10:00:00Z');

describe('payment link token', () => {
  it('round-trips the invoice id and expiry', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.integer({ min: 1, max: 10_000_000 }), (invoiceId, seconds) => {
        const expiresAt = new Date(NOW.getTime() + seconds * 1000);
        const token = signPaymentLinkToken(SECRET, { invoiceId, expiresAt });
        const check = verifyPaymentLinkToken(SECRET, token, NOW);
        expect(check).toEqual({ ok: true, invoiceId: invoiceId.toLowerCase(), expiresAt });
      }),
    );
  });

  it('refuses an expired token and says when it expired', () => {
    const token = signPaymentLinkToken(SECRET, { invoiceId: randomUUID(), expiresAt: NOW });
    expect(verifyPaymentLinkToken(SECRET, token, NOW)).toEqual({
      ok: false,
      reason: 'expired',
      expiresAt: NOW,
    });
  });

  it('refuses any changed character, another secret and garbage', () => {
    const token = signPaymentLinkToken(SECRET, { invoiceId: randomUUID(), expiresAt: LATER });
    expect(verifyPaymentLinkToken('another-secret', token, NOW).ok).toBe(false);
    for (let i = 0; i < token.length; i += 1) {
      const swapped = token[i] === 'A' ? 'B' : 'A';
      const tampered = token.slice(0, i) + swapped + token.slice(i + 1);
      const check = verifyPaymentLinkToken(SECRET, tampered, NOW);
      expect(check.ok, `position ${i}`).toBe(false);
    }
    expect(verifyPaymentLinkToken(SECRET, 'not-a-token', NOW)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyPaymentLinkToken(SECRET, `${token}x`, NOW)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('rejects ids that are not UUIDs when signing', () => {
    expect(() => signPaymentLinkToken(SECRET, { invoiceId: 'INV-1', expiresAt: LATER })).toThrow(
      /not a UUID/,
    );
  });
});
