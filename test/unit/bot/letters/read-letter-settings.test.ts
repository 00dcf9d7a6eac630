import { describe, expect, it } from 'vitest';
import { readLetterSettings } from '../../../../bot/letters/read-letter-settings.ts';
import { letterSettingsFor } from '../../../../channels/email/letters/letter-settings.ts';

const config = { company: letterSettingsFor('Acme BV').company, templatesDir: '/srv/letters' };

describe('readLetterSettings', () => {
  it('is e-mail only by default, post too with LETTERS_BY_POST=formal, and refuses anything else', () => {
    expect(readLetterSettings({}, config)).toEqual({ ...config, byPost: false });
    expect(readLetterSettings({ LETTERS_BY_POST: 'formal' }, config).byPost).toBe(true);
    expect(readLetterSettings({ LETTERS_BY_POST: 'off' }, config).byPost).toBe(false);
    expect(() => readLetterSettings({ LETTERS_BY_POST: 'yes' }, config)).toThrow(
      expect.objectContaining({
        code: 'CONFIG_INVALID',
        message: expect.stringMatching(/LETTERS_BY_POST must be.*got "yes"/),
      }),
    );
  });
});
