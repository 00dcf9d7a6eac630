import { describe, expect, it } from 'vitest';
import { readEmailConfig } from '../../../../channels/email/read-email-config.ts';
import type { AppError } from '../../../../domain/errors/app-error.ts';

const SECRET = 'x'.repeat(32);

function errorOf(env: NodeJS.ProcessEnv): AppError {
  try {
    readEmailConfig(env);
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected CONFIG_INVALID');
}

describe('readEmailConfig', () => {
  it('is off when no host is set', () => {
    expect(readEmailConfig({})).toMatchObject({ imap: null, smtp: null, maxPerDebtorPerDay: 3 });
  });

  it('fills defaults for IMAP and SMTP', () => {
    const config = readEmailConfig({
      IMAP_HOST: 'imap.example.nl',
      IMAP_USER: 'u',
      IMAP_PASSWORD: 'p',
      SMTP_HOST: 'smtp.example.nl',
      EMAIL_FROM: 'Debiteuren@Example.nl',
      EMAIL_REPLY_TOKEN_SECRET: SECRET,
    });
    expect(config.imap).toMatchObject({ port: 993, secure: true, mailbox: 'INBOX', pollSeconds: 60 });
    expect(config.smtp).toMatchObject({ port: 587, secure: false, user: null });
    expect(config.from?.address).toBe('debiteuren@example.nl');
  });

  it('names the variable that is wrong or missing', () => {
    const missing = errorOf({ IMAP_HOST: 'imap.example.nl', IMAP_USER: 'u' });
    expect(missing.code).toBe('CONFIG_INVALID');
    expect(missing.message).toMatch(/IMAP_PASSWORD, EMAIL_REPLY_TOKEN_SECRET must be set/);
    expect(errorOf({ IMAP_PORT: 'abc' }).message).toMatch(/IMAP_PORT/);
    expect(errorOf({ EMAIL_REPLY_TOKEN_SECRET: 'short' }).message).toMatch(
      /EMAIL_REPLY_TOKEN_SECRET: use at least 32/,
    );
    expect(errorOf({ EMAIL_PAYMENT_LINK_URL: 'https://pay.example/' }).message).toMatch(
      /EMAIL_PAYMENT_LINK_URL/,
    );
    expect(errorOf({ SMTP_HOST: 'smtp.example.nl', EMAIL_REPLY_TOKEN_SECRET: SECRET }).message).toMatch(
      /EMAIL_FROM/,
    );
  });

  it('IMAP_AUTH / SMTP_AUTH oauth2: no password, a mailbox user, and the provider named when missing', () => {
    const base = {
      IMAP_HOST: 'outlook.office365.com',
      IMAP_USER: 'debiteuren@example.nl',
      IMAP_AUTH: 'oauth2',
      EMAIL_REPLY_TOKEN_SECRET: SECRET,
    };
    expect(errorOf(base).message).toMatch(
      /OAUTH2_PROVIDER \(microsoft or google\) must be set when IMAP_AUTH is oauth2/,
    );
    const microsoft = {
      OAUTH2_PROVIDER: 'microsoft',
      MS_TENANT_ID: 't',
      MS_CLIENT_ID: 'c',
      MS_CLIENT_SECRET: 's3cret',
    };
    const config = readEmailConfig({
      ...base,
      ...microsoft,
      SMTP_HOST: 'smtp.office365.com',
      SMTP_AUTH: 'oauth2',
      SMTP_USER: 'debiteuren@example.nl',
      EMAIL_FROM: 'debiteuren@example.nl',
    });
    expect(config.imap).toMatchObject({
      user: 'debiteuren@example.nl',
      password: null,
      oauth2: { provider: 'microsoft' },
    });
    expect(config.smtp).toMatchObject({
      user: 'debiteuren@example.nl',
      password: null,
      oauth2: { provider: 'microsoft' },
    });
    expect(errorOf({ IMAP_AUTH: 'kerberos' }).message).toMatch(/IMAP_AUTH: expected password or oauth2/);
    expect(
      errorOf({
        SMTP_HOST: 'smtp.office365.com',
        SMTP_AUTH: 'oauth2',
        EMAIL_FROM: 'a@example.nl',
        EMAIL_REPLY_TOKEN_SECRET: SECRET,
        ...microsoft,
      }).message,
    ).toMatch(/SMTP_USER must be set when SMTP_AUTH is oauth2/);
    // The default stays the password, as before.
    expect(readEmailConfig({ ...base, IMAP_AUTH: undefined, IMAP_PASSWORD: 'p' }).imap).toMatchObject({
      password: 'p',
    });
    expect(
      readEmailConfig({ ...base, IMAP_AUTH: undefined, IMAP_PASSWORD: 'p' }).imap?.oauth2,
    ).toBeUndefined();
  });
});
