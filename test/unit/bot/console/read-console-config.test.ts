import { describe, expect, it } from 'vitest';
import { readConsoleConfig } from '../../../../bot/console/read-console-config.ts';

const OIDC = {
  OIDC_ISSUER: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0',
  OIDC_CLIENT_ID: 'client',
  OIDC_CLIENT_SECRET: 'secret',
};

describe('readConsoleConfig', () => {
  it('is off without CONSOLE_BASE_URL', () => {
    expect(readConsoleConfig({ ...OIDC })).toBeNull();
  });

  it('reads an Entra ID set-up over https: __Host- cookies, the provider named, links off without SMTP', () => {
    const config = readConsoleConfig({ CONSOLE_BASE_URL: 'https://collections.example.nl/', ...OIDC })!;
    expect(config).toMatchObject({
      baseUrl: 'https://collections.example.nl',
      https: true,
      signInLinks: false,
      idleMs: 30 * 60_000,
      sessionMs: 12 * 3_600_000,
    });
    expect(config.oidc).toMatchObject({
      providerName: 'Microsoft',
      scopes: 'openid email profile',
      insecureLoopback: false,
    });
  });

  it('offers sign-in links when mail can be sent, and only then', () => {
    const mail = { SMTP_HOST: 'smtp.example.nl', EMAIL_FROM: 'console@example.nl' };
    expect(readConsoleConfig({ CONSOLE_BASE_URL: 'https://c.example.nl', ...mail })).toMatchObject({
      oidc: null,
      signInLinks: true,
    });
    expect(() =>
      readConsoleConfig({ CONSOLE_BASE_URL: 'https://c.example.nl', CONSOLE_SIGN_IN_LINKS: 'true' }),
    ).toThrow(/no mail server to send the links/);
  });

  it('refuses a console nobody could sign in to, half an OIDC set-up, and a plain-http issuer elsewhere than this machine', () => {
    expect(() => readConsoleConfig({ CONSOLE_BASE_URL: 'https://c.example.nl' })).toThrow(
      /nobody could sign in/,
    );
    expect(() =>
      readConsoleConfig({ CONSOLE_BASE_URL: 'https://c.example.nl', OIDC_ISSUER: OIDC.OIDC_ISSUER }),
    ).toThrow(/needs all of OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET/);
    expect(() =>
      readConsoleConfig({
        CONSOLE_BASE_URL: 'https://c.example.nl',
        ...OIDC,
        OIDC_ISSUER: 'http://idp.example.nl',
      }),
    ).toThrow(/must be an https:\/\/ address/);
    expect(
      readConsoleConfig({
        CONSOLE_BASE_URL: 'http://127.0.0.1:8080',
        ...OIDC,
        OIDC_ISSUER: 'http://127.0.0.1:9000',
      })?.oidc?.insecureLoopback,
    ).toBe(true);
    expect(() =>
      readConsoleConfig({ CONSOLE_BASE_URL: 'https://c.example.nl', ...OIDC, CONSOLE_IDLE_MINUTES: '0' }),
    ).toThrow(/CONSOLE_IDLE_MINUTES/);
  });
});
