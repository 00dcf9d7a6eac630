import { describe, expect, it } from 'vitest';
import { describeConfiguration } from '../../../../bot/console/describe-configuration.ts';

const SECRETS = {
  IMAP_PASSWORD: 'imap-password-3b7f',
  SMTP_PASSWORD: 'smtp-password-9c1d',
  SLACK_SIGNING_SECRET: 'slack-signing-secret-5e2a',
  SLACK_BOT_TOKEN: 'xoxb-slack-bot-token-77aa',
  PAYMENT_LINK_SECRET: 'payment-link-secret-0123456789abcdef0123456789',
  MOLLIE_API_KEY: 'test_mollieapikey0123456789abcdefgh',
  EMAIL_REPLY_TOKEN_SECRET: 'reply-token-secret-0123456789abcdef0123',
};

describe('describeConfiguration', () => {
  it('says what is set up with host names and addresses, and never a secret', () => {
    const parts = describeConfiguration({
      ...SECRETS,
      IMAP_HOST: 'imap.acme.example',
      IMAP_USER: 'incasso@acme.example',
      SMTP_HOST: 'smtp.acme.example',
      SMTP_USER: 'incasso@acme.example',
      EMAIL_FROM: 'incasso@acme.example',
      SLACK_FINANCE_CHANNEL: 'C0FINANCE',
      SLACK_SALES_CHANNEL: 'C0SALES',
      SLACK_FINANCE_APPROVERS: 'U0FIONA',
      SLACK_SALES_USERS: 'U0SAM',
      PUBLIC_BASE_URL: 'https://pay.acme.example',
      PAYMENT_IBAN: 'NL91ABNA0417164300',
    });
    expect(Object.fromEntries(parts.map((p) => [p.part, p.configured]))).toEqual({
      mail_in: true,
      mail_out: true,
      slack: true,
      payments: true,
      ledger: false,
    });
    const text = JSON.stringify(parts);
    expect(text).toContain('imap.acme.example:993 (TLS)');
    expect(text).toContain('smtp.acme.example:587');
    expect(text).toContain('Mollie');
    expect(text).toContain('finance C0FINANCE');
    for (const [name, secret] of Object.entries(SECRETS)) expect(text, name).not.toContain(secret);
  });

  it('names the settings a part needs when it is not set up', () => {
    const parts = describeConfiguration({});
    expect(parts.filter((p) => p.configured)).toEqual([]);
    expect(parts.find((p) => p.part === 'mail_in')?.facts).toEqual(['IMAP_HOST']);
    expect(parts.find((p) => p.part === 'slack')?.facts).toEqual(['SLACK_BOT_TOKEN']);
  });
});
