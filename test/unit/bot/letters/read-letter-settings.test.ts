import { describe, expect, it } from 'vitest';
import { readLetterSettings } from '../../../../bot/letters/read-letter-settings.ts';

describe('readLetterSettings', () => {
  it('is e-mail only by default, post too with LETTERS_BY_POST=formal, and refuses anything else', () => {
    expect(readLetterSettings({})).toEqual({ byPost: false, identity: null });
    expect(readLetterSettings({ LETTERS_BY_POST: 'formal' }).byPost).toBe(true);
    expect(readLetterSettings({ LETTERS_BY_POST: 'off' }).byPost).toBe(false);
    expect(() => readLetterSettings({ LETTERS_BY_POST: 'yes' })).toThrow(
      expect.objectContaining({
        code: 'CONFIG_INVALID',
        message: expect.stringMatching(/LETTERS_BY_POST must be.*got "yes"/),
      }),
    );
  });
});
