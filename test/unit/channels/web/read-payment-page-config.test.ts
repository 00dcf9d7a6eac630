import { describe, expect, it } from 'vitest';
import { readPaymentPageConfig } from '../../../../channels/web/read-payment-page-config.ts';

const SECRET = 'x'.repeat(40);

describe('readPaymentPageConfig', () => {
  it('is off without PAYMENT_LINK_SECRET', () => {
    expect(readPaymentPageConfig({})).toBeNull();
    expect(
      readPaymentPageConfig({ PAYMENT_LINK_SECRET: '', PUBLIC_BASE_URL: 'https://pay.example.nl' }),
    ).toBeNull();
  });

  it('reads the settings with defaults', () => {
    expect(
      readPaymentPageConfig({
        PAYMENT_LINK_SECRET: SECRET,
        PUBLIC_BASE_URL: 'https://pay.example.nl/',
        MOLLIE_API_KEY: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM',
        PAYMENT_IBAN: 'nl91 abna 0417 1643 00',
      }),
    ).toMatchObject({
      linkSecret: SECRET,
      publicBaseUrl: 'https://pay.example.nl',
      linkTtlDays: 60,
      mollie: { apiKey: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM', apiUrl: 'https://api.mollie.com/v2/' },
      rateLimitPerMinute: 30,
      contactEmail: null,
      iban: 'NL91ABNA0417164300',
    });
  });

  it.each([
    [{ PAYMENT_LINK_SECRET: 'short' }, /PAYMENT_LINK_SECRET: use at least 32 characters/],
    [{ PAYMENT_LINK_SECRET: SECRET }, /PUBLIC_BASE_URL must be set when PAYMENT_LINK_SECRET is set/],
    [
      { PAYMENT_LINK_SECRET: SECRET, PUBLIC_BASE_URL: 'ftp://x' },
      /PUBLIC_BASE_URL: expected the public address/,
    ],
    [
      { PAYMENT_LINK_SECRET: SECRET, PUBLIC_BASE_URL: 'https://p.example', MOLLIE_API_KEY: 'sk_live_123' },
      /MOLLIE_API_KEY: expected a Mollie API key starting with test_ or live_/,
    ],
    [
      { PAYMENT_LINK_SECRET: SECRET, PUBLIC_BASE_URL: 'https://p.example', PAYMENT_LINK_TTL_DAYS: '0' },
      /PAYMENT_LINK_TTL_DAYS/,
    ],
    [
      { PAYMENT_LINK_SECRET: SECRET, PUBLIC_BASE_URL: 'https://p.example', PAYMENT_IBAN: '1234' },
      /expected an IBAN/,
    ],
    [
      { PAYMENT_LINK_SECRET: SECRET, PUBLIC_BASE_URL: 'https://p.example', PAGE_TRUST_PROXY: 'true' },
      /PAGE_TRUST_PROXY: replaced by TRUSTED_PROXIES/,
    ],
    [
      { PAYMENT_LINK_SECRET: SECRET, PUBLIC_BASE_URL: 'https://p.example', TRUSTED_PROXIES: 'my-proxy' },
      /TRUSTED_PROXIES: "my-proxy" is not an address/,
    ],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => readPaymentPageConfig(env)).toThrow(message);
  });
});
