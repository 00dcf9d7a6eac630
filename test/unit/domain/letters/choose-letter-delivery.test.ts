import { describe, expect, it } from 'vitest';
import { chooseLetterDelivery } from '../../../../domain/letters/choose-letter-delivery.ts';
import { isFormalLetter } from '../../../../domain/letters/is-formal-letter.ts';

describe('chooseLetterDelivery', () => {
  it('sends formal letters by post as well only when the company does and the debtor has an address', () => {
    expect(chooseLetterDelivery({ byPost: true, hasPostalAddress: true, hasEmail: true })).toBe('both');
    expect(chooseLetterDelivery({ byPost: true, hasPostalAddress: false, hasEmail: true })).toBe('email');
    expect(chooseLetterDelivery({ byPost: false, hasPostalAddress: true, hasEmail: true })).toBe('email');
    // No e-mail address: only by post, or not at all (a person finds an address).
    expect(chooseLetterDelivery({ byPost: true, hasPostalAddress: true, hasEmail: false })).toBe('post');
    expect(chooseLetterDelivery({ byPost: false, hasPostalAddress: true, hasEmail: false })).toBeNull();
    expect(chooseLetterDelivery({ byPost: true, hasPostalAddress: false, hasEmail: false })).toBeNull();
  });

  it('the 14-day letter and the notice of default are formal; reminders and the hand-over are not', () => {
    expect(
      ['fourteen_day_letter', 'default_notice', 'notice', 'handover'].map((kind) =>
        isFormalLetter(kind as never),
      ),
    ).toEqual([true, true, false, false]);
  });
});
