import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../../../../domain/errors/app-error.ts';
import { parseEnvSettings } from '../../../../domain/settings/parse-env-settings.ts';

const ZSettings = z.object({
  PORT: z.coerce.number().int().default(3000),
  NAME: z.string().min(2).optional(),
});

describe('parseEnvSettings', () => {
  it('parses with the schema; a blank value counts as unset, so its default applies', () => {
    expect(
      parseEnvSettings({
        env: { PORT: '', NAME: 'Acme', OTHER: 'x' },
        schema: ZSettings,
        what: 'test settings',
      }),
    ).toEqual({
      PORT: 3000,
      NAME: 'Acme',
    });
    expect(parseEnvSettings({ env: { PORT: '8080' }, schema: ZSettings, what: 'test settings' })).toEqual({
      PORT: 8080,
    });
  });

  it('names every problem, keeps the zod error as its cause, and ends with the hint', () => {
    let thrown: unknown;
    try {
      parseEnvSettings({ env: { PORT: 'eighty', NAME: 'A' }, schema: ZSettings, what: 'test settings' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    const error = thrown as AppError;
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toMatch(/^Invalid test settings\. PORT: .+; NAME: .+\. See \.env\.example\.$/u);
    expect(error.cause).toBeInstanceOf(z.ZodError);
    expect(() =>
      parseEnvSettings({ env: { NAME: 'A' }, schema: ZSettings, what: 'test settings', hint: 'Unset NAME.' }),
    ).toThrow(/^Invalid test settings\. NAME: .+\. Unset NAME\.$/u);
  });
});
