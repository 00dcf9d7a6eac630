import { z } from 'zod';
import { AppError } from '../../domain/errors/app-error.ts';
import { parseEnvSettings } from '../../domain/settings/parse-env-settings.ts';
import { type PaymentPageConfig, readPaymentPageConfig } from '../web/read-payment-page-config.ts';
import type { OAuth2Settings } from './oauth2/oauth2-settings.ts';
import { readOAuth2Settings } from './oauth2/read-oauth2-settings.ts';

/**
 * The email channel's settings. IMAP (reading replies) and SMTP (sending) are configured
 * independently: a channel part whose host is not set is simply off. .env.example documents each.
 */
const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'expected true or false' })
    .default(fallback ? 'true' : 'false')
    .transform((value) => value === 'true' || value === '1' || value === 'yes');
const auth = z.enum(['password', 'oauth2'], { error: 'expected password or oauth2' }).default('password');
const port = z.coerce.number({ error: 'expected a TCP port number' }).int().min(1).max(65_535);

const ZEmailEnv = z.object({
  IMAP_HOST: z.string().min(1).optional(),
  IMAP_PORT: port.optional(),
  IMAP_SECURE: flag(true),
  IMAP_USER: z.string().min(1).optional(),
  IMAP_AUTH: auth,
  IMAP_PASSWORD: z.string().min(1).optional(),
  IMAP_MAILBOX: z.string().min(1).default('INBOX'),
  IMAP_POLL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  IMAP_BATCH_SIZE: z.coerce.number().int().min(1).max(5000).default(200),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: port.optional(),
  SMTP_SECURE: flag(false),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_AUTH: auth,
  SMTP_PASSWORD: z.string().min(1).optional(),
  EMAIL_FROM: z.email({ error: 'expected an address like debiteuren@example.nl' }).optional(),
  EMAIL_FROM_NAME: z.string().min(1).optional(),
  EMAIL_REPLY_TOKEN_SECRET: z
    .string()
    .min(32, { error: 'use at least 32 characters, e.g. the output of `openssl rand -hex 32`' })
    .optional(),
  EMAIL_MAX_PER_DEBTOR_PER_DAY: z.coerce.number().int().min(1).max(100).default(3),
  EMAIL_PAYMENT_LINK_URL: z
    .string()
    .regex(/^https?:\/\/\S*\{invoice\}\S*$/, { error: 'expected a URL containing {invoice}' })
    .optional(),
  MAIL_AUTHSERV_ID: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((id) => id.trim().toLowerCase())
        .filter((id) => id !== ''),
    )
    .pipe(
      z.array(
        z.string().regex(/^[^\s;()"]+$/u, {
          error: 'expected authserv-ids separated by commas, e.g. mx.example.nl (see .env.example)',
        }),
      ),
    )
    .optional(),
});

export interface ImapSettings {
  readonly host: string;
  readonly port: number;
  readonly secure: boolean;
  /** The login; with OAuth 2.0 the mailbox address the token is for. */
  readonly user: string;
  /** IMAP_AUTH=password (the default); null with OAuth 2.0. */
  readonly password: string | null;
  /** IMAP_AUTH=oauth2: XOAUTH2/OAUTHBEARER with a token for `user`. Absent: the password. */
  readonly oauth2?: OAuth2Settings;
  readonly mailbox: string;
  readonly pollSeconds: number;
  readonly batchSize: number;
}

export interface SmtpSettings {
  readonly host: string;
  readonly port: number;
  readonly secure: boolean;
  readonly user: string | null;
  readonly password: string | null;
  /** SMTP_AUTH=oauth2: XOAUTH2 with a token for `user`. Absent: the password, or no AUTH without a user. */
  readonly oauth2?: OAuth2Settings;
}

export interface EmailConfig {
  /** null: IMAP_HOST not set, nothing is read. */
  readonly imap: ImapSettings | null;
  /** null: SMTP_HOST not set, nothing can be sent. */
  readonly smtp: SmtpSettings | null;
  readonly from: { readonly address: string; readonly name: string | null } | null;
  readonly replyTokenSecret: string | null;
  readonly maxPerDebtorPerDay: number;
  /** e.g. https://pay.example.nl/i/{invoice}; without it no payment link is mailed automatically. */
  readonly paymentLinkUrl: string | null;
  /**
   * MAIL_AUTHSERV_ID: the authserv-ids of our own receiving server, lower case, whose
   * Authentication-Results are read to tell a forged From (read-sender-authentication.ts);
   * empty: sender addresses are not authenticated.
   */
  readonly authservIds: readonly string[];
  /** Our payment page (PAYMENT_LINK_SECRET, PUBLIC_BASE_URL); when set, mails link to it per invoice. */
  readonly paymentPage: Pick<PaymentPageConfig, 'publicBaseUrl' | 'linkSecret' | 'linkTtlDays'> | null;
}

export function readEmailConfig(env: NodeJS.ProcessEnv): EmailConfig {
  const v = parseEnvSettings({ env, schema: ZEmailEnv, what: 'email configuration' });
  const missing = (names: [string, unknown][], because: string) => {
    const absent = names.filter(([, value]) => value === undefined).map(([name]) => name);
    if (absent.length > 0) {
      throw new AppError(
        'CONFIG_INVALID',
        `${absent.join(', ')} must be set when ${because}. See .env.example.`,
      );
    }
  };
  const imapOAuth2 = v.IMAP_HOST !== undefined && v.IMAP_AUTH === 'oauth2';
  const smtpOAuth2 = v.SMTP_HOST !== undefined && v.SMTP_AUTH === 'oauth2';
  if (v.IMAP_HOST) {
    missing(
      [
        ['IMAP_USER', v.IMAP_USER],
        ...(imapOAuth2 ? [] : [['IMAP_PASSWORD', v.IMAP_PASSWORD] as [string, unknown]]),
        ['EMAIL_REPLY_TOKEN_SECRET', v.EMAIL_REPLY_TOKEN_SECRET],
      ],
      'IMAP_HOST is set',
    );
  }
  if (v.SMTP_HOST) {
    missing(
      [
        ['EMAIL_FROM', v.EMAIL_FROM],
        ['EMAIL_REPLY_TOKEN_SECRET', v.EMAIL_REPLY_TOKEN_SECRET],
      ],
      'SMTP_HOST is set',
    );
  }
  if (smtpOAuth2) {
    missing([['SMTP_USER', v.SMTP_USER]], 'SMTP_AUTH is oauth2 (the mailbox address the token is for)');
  }
  // Read once for both: IMAP and SMTP of one mailbox share the app registration or service account.
  const oauth2 =
    imapOAuth2 || smtpOAuth2
      ? readOAuth2Settings(env, imapOAuth2 ? 'IMAP_AUTH is oauth2' : 'SMTP_AUTH is oauth2')
      : null;
  return {
    imap: v.IMAP_HOST
      ? {
          host: v.IMAP_HOST,
          port: v.IMAP_PORT ?? (v.IMAP_SECURE ? 993 : 143),
          secure: v.IMAP_SECURE,
          user: v.IMAP_USER!,
          ...(imapOAuth2 && oauth2 ? { password: null, oauth2 } : { password: v.IMAP_PASSWORD! }),
          mailbox: v.IMAP_MAILBOX,
          pollSeconds: v.IMAP_POLL_SECONDS,
          batchSize: v.IMAP_BATCH_SIZE,
        }
      : null,
    smtp: v.SMTP_HOST
      ? {
          host: v.SMTP_HOST,
          port: v.SMTP_PORT ?? (v.SMTP_SECURE ? 465 : 587),
          secure: v.SMTP_SECURE,
          user: v.SMTP_USER ?? null,
          ...(smtpOAuth2 && oauth2 ? { password: null, oauth2 } : { password: v.SMTP_PASSWORD ?? null }),
        }
      : null,
    from: v.EMAIL_FROM ? { address: v.EMAIL_FROM.toLowerCase(), name: v.EMAIL_FROM_NAME ?? null } : null,
    replyTokenSecret: v.EMAIL_REPLY_TOKEN_SECRET ?? null,
    maxPerDebtorPerDay: v.EMAIL_MAX_PER_DEBTOR_PER_DAY,
    paymentLinkUrl: v.EMAIL_PAYMENT_LINK_URL ?? null,
    authservIds: v.MAIL_AUTHSERV_ID ?? [],
    paymentPage: readPaymentPageConfig(env),
  };
}
