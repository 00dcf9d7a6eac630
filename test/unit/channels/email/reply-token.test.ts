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
