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
});
