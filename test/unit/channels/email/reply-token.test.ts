import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createReplyAddress } from '../../../../channels/email/create-reply-address.ts';
import { readReplyToken } from '../../../../channels/email/read-reply-token.ts';

const SECRET = 'unit-test-secret-with-at-least-32-characters';

describe('signed reply address', () => {
  it('reads back the outbound message id it was made for, in any letter case', () => {
    fc.assert(
      fc.property(fc.uuid(), (id) => {
        const address = createReplyAddress({
          from: 'debiteuren@example.nl',
          secret: SECRET,
          outboundMessageId: id,
        });
        expect(address).toMatch(/^debiteuren\+r[a-z2-7]{42}@example\.nl$/);
        expect(address.split('@')[0]!.length).toBeLessThanOrEqual(64);
        expect(readReplyToken({ addresses: [address], secret: SECRET })).toBe(id.toLowerCase());
        expect(readReplyToken({ addresses: [address.toUpperCase()], secret: SECRET })).toBe(id.toLowerCase());
      }),
    );
  });

  it('refuses a token signed with another secret or changed in any character', () => {
    fc.assert(
      fc.property(
        fc.uuid(),
        fc.nat(41),
        fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz234567'),
        (id, at, char) => {
          const address = createReplyAddress({
            from: 'debiteuren@example.nl',
            secret: SECRET,
            outboundMessageId: id,
          });
          expect(readReplyToken({ addresses: [address], secret: `${SECRET}-other` })).toBeNull();
          const start = address.indexOf('+r') + 2;
          const tampered = address.slice(0, start + at) + char + address.slice(start + at + 1);
          if (tampered !== address)
            expect(readReplyToken({ addresses: [tampered], secret: SECRET })).toBeNull();
        },
      ),
    );
  });

  it('refuses a token whose spare bits were changed, although it decodes to the same id', () => {
    // Found by the property above (seed -956546737): 16 bytes take 26 base32 characters, so the
    // last id character carries 2 spare bits; "l" in place of "k" there used to verify.
    const id = '00000000-0000-1000-8000-0000e78e5dc2';
    const address = createReplyAddress({
      from: 'debiteuren@example.nl',
      secret: SECRET,
      outboundMessageId: id,
    });
    const at = address.indexOf('+r') + 2 + 25;
    const last = address[at]!;
    const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
    const index = alphabet.indexOf(last);
    for (let spare = 1; spare < 4; spare += 1) {
      const twin =
        address.slice(0, at) + alphabet[(index & ~3) | ((index + spare) & 3)] + address.slice(at + 1);
      expect(readReplyToken({ addresses: [twin], secret: SECRET })).toBeNull();
    }
    expect(readReplyToken({ addresses: [address], secret: SECRET })).toBe(id);
  });

  it('ignores addresses without a token and replaces an existing plus part', () => {
    expect(
      readReplyToken({ addresses: ['debiteuren@example.nl', 'x+y@example.nl'], secret: SECRET }),
    ).toBeNull();
    const address = createReplyAddress({
      from: 'debiteuren+old@example.nl',
      secret: SECRET,
      outboundMessageId: '00000000-0000-4000-8000-000000000000',
    });
    expect(address.startsWith('debiteuren+r')).toBe(true);
  });
});
