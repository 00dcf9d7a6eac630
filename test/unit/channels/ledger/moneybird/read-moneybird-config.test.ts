import { describe, expect, it } from 'vitest';
import { readMoneybirdConfig } from '../../../../../channels/ledger/moneybird/read-moneybird-config.ts';

describe('readMoneybirdConfig', () => {
  it('reads the token with its administration, and blank values as unset', () => {
    expect(
      readMoneybirdConfig({
        MONEYBIRD_TOKEN: 'mb-token',
        MONEYBIRD_ADMINISTRATION_ID: '123456789',
        MONEYBIRD_API_URL: '',
      }),
    ).toEqual({
      baseUrl: 'https://moneybird.com/api/v2',
      token: { administrationId: '123456789', token: 'mb-token' },
    });
    expect(readMoneybirdConfig({ MONEYBIRD_TOKEN: '' })).toEqual({
      baseUrl: 'https://moneybird.com/api/v2',
      token: null,
    });
  });

  it('names every setting that does not fit, without the token', () => {
    let error: unknown;
    try {
      readMoneybirdConfig({
        MONEYBIRD_TOKEN: 'mb-secret-token',
        MONEYBIRD_ADMINISTRATION_ID: 'acme',
        MONEYBIRD_API_URL: 'not a url',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: 'CONFIG_INVALID' });
    const message = (error as Error).message;
    expect(message).toMatch(
      /^Invalid Moneybird settings\. MONEYBIRD_ADMINISTRATION_ID: expected the number after moneybird\.com\/.*; MONEYBIRD_API_URL: expected a URL.*\. See \.env\.example\.$/,
    );
    expect(message).not.toContain('mb-secret-token');
  });

  it('refuses a token without its administration', () => {
    expect(() => readMoneybirdConfig({ MONEYBIRD_TOKEN: 'mb-token' })).toThrow(
      /MONEYBIRD_TOKEN is set but MONEYBIRD_ADMINISTRATION_ID is not/,
    );
  });
});
