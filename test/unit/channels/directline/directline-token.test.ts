import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deriveDirectLineSecret,
  signDirectLineToken,
  verifyDirectLineToken,
} from '../../../../channels/directline/directline-token.ts';

const SECRET = 'unit-test-directline-secret-0123456789abcdef';
const now = new Date('2026-11-23T12:00:00Z');
const claims = {
  conversationId: 'conv-1',
  invoiceId: '11111111-1111-4111-8111-111111111111',
  userId: 'dl_user',
  expiresAt: new Date('2026-11-23T12:30:00Z'),
  linkExpiresAt: new Date('2026-12-23T12:00:00Z'),
};

describe('Direct Line tokens', () => {
  it('round-trips its claims until it expires', () => {
    const token = signDirectLineToken(SECRET, claims);
    expect(verifyDirectLineToken(SECRET, token, now)).toEqual({ ok: true, claims });
    expect(verifyDirectLineToken(SECRET, token, new Date('2026-11-23T12:30:00Z'))).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('refuses another secret, and any changed character', () => {
    const token = signDirectLineToken(SECRET, claims);
    expect(verifyDirectLineToken(`${SECRET}x`, token, now)).toMatchObject({
      ok: false,
      reason: 'bad_signature',
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: token.length - 1 }),
        fc.constantFrom(...'AbZ09_-.'),
        (at, char) => {
          fc.pre(token[at] !== char);
          const changed = `${token.slice(0, at)}${char}${token.slice(at + 1)}`;
          expect(verifyDirectLineToken(SECRET, changed, now).ok).toBe(false);
        },
      ),
    );
  });

  it('refuses malformed input without throwing', () => {
    for (const bad of ['', 'dl1.', 'dl1.a.b.c', 'Bearer x', 'x'.repeat(1000), 'dl1.@@@.###']) {
      expect(verifyDirectLineToken(SECRET, bad, now)).toMatchObject({ ok: false, reason: 'malformed' });
    }
  });

  it('derives a secret of its own from the payment-link secret', () => {
    const derived = deriveDirectLineSecret('link-secret');
    expect(derived).not.toBe('link-secret');
    expect(deriveDirectLineSecret('link-secret')).toBe(derived);
    expect(deriveDirectLineSecret('other-secret')).not.toBe(derived);
  });
});
