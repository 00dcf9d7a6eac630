import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readLedgerSettings, requireTokenKey } from '../../../../bot/ledger/read-ledger-settings.ts';

describe('readLedgerSettings', () => {
  it('takes a 32-byte base64 key', () => {
    const key = randomBytes(32);
    expect(readLedgerSettings({ LEDGER_TOKEN_KEY: key.toString('base64') }).tokenKey?.equals(key)).toBe(true);
  });

  it.each([
    ['too short', randomBytes(16).toString('base64')],
    ['hex instead of base64', randomBytes(32).toString('hex')],
    ['not base64', 'this is not a key at all!'],
  ])('refuses a key that is %s, without echoing it', (_, value) => {
    let message = '';
    try {
      readLedgerSettings({ LEDGER_TOKEN_KEY: value });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/LEDGER_TOKEN_KEY: expected 32 random bytes in base64.*openssl rand -base64 32/);
    expect(message).not.toContain(value);
  });

  it('counts a value of only white space as unset', () => {
    expect(readLedgerSettings({ LEDGER_TOKEN_KEY: '   ' }).tokenKey).toBeNull();
  });

  it('says how to make a key when one is needed and unset', () => {
    expect(() => requireTokenKey(readLedgerSettings({}))).toThrow(
      /LEDGER_TOKEN_KEY is not set.*openssl rand -base64 32/,
    );
  });

  it('builds the callback from PUBLIC_BASE_URL and refuses an Exact Online app given half', () => {
    const exact = readLedgerSettings({
      EXACT_ONLINE_CLIENT_ID: 'id',
      EXACT_ONLINE_CLIENT_SECRET: 'secret',
      PUBLIC_BASE_URL: 'https://pay.example.nl/',
    }).exactOnline;
    expect(exact).toEqual({
      clientId: 'id',
      clientSecret: 'secret',
      baseUrl: 'https://start.exactonline.nl',
      redirectUri: 'https://pay.example.nl/ledger/callback/exact-online',
    });
    expect(() => readLedgerSettings({ EXACT_ONLINE_CLIENT_ID: 'id' })).toThrow(
      /both EXACT_ONLINE_CLIENT_ID and EXACT_ONLINE_CLIENT_SECRET/,
    );
    expect(() =>
      readLedgerSettings({ EXACT_ONLINE_CLIENT_ID: 'id', EXACT_ONLINE_CLIENT_SECRET: 's' }),
    ).toThrow(/PUBLIC_BASE_URL must be set/);
  });
});
