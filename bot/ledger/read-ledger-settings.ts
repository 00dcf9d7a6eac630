import { z } from 'zod';
import { readSlackConfig } from '../../channels/slack/read-slack-config.ts';
import { ZPublicBaseUrl } from '../../channels/web/read-payment-page-config.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import { parseEnvSettings } from '../../domain/settings/parse-env-settings.ts';

const KEY_HELP =
  "expected 32 random bytes in base64, e.g. the output of `openssl rand -base64 32` (or `node -e \"console.log(require('node:crypto').randomBytes(32).toString('base64'))\"`)";

const ZLedgerEnv = z.object({
  LEDGER_TOKEN_KEY: z
    .string()
    .transform((text, context) => {
      const trimmed = text.trim();
      const bytes = /^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)
        ? Buffer.from(trimmed, 'base64')
        : Buffer.alloc(0);
      if (bytes.length !== 32) {
        // Never echo the value: it is a secret even when it is a wrong one.
        context.addIssue({ code: 'custom', message: `${KEY_HELP}; got ${bytes.length} bytes` });
        return z.NEVER;
      }
      return bytes;
    })
    .optional(),
  PUBLIC_BASE_URL: ZPublicBaseUrl.optional(),
  EXACT_ONLINE_CLIENT_ID: z.string().min(1).optional(),
  EXACT_ONLINE_CLIENT_SECRET: z.string().min(1).optional(),
  EXACT_ONLINE_BASE_URL: z
    .url({
      protocol: /^https?$/,
      error: 'expected the Exact Online site of your country, like https://start.exactonline.nl',
    })
    .transform((url) => url.replace(/\/+$/, ''))
    .default('https://start.exactonline.nl'),
});

export interface ExactOnlineSettings {
  readonly clientId: string;
  readonly clientSecret: string;
  /** https://start.exactonline.nl (or .be, .de, .co.uk, ...); tests point it at a loopback server. */
  readonly baseUrl: string;
  /** <PUBLIC_BASE_URL>/ledger/callback/exact-online, registered with the app in Exact's App Center. */
  readonly redirectUri: string;
}

export interface LedgerSettings {
  /** LEDGER_TOKEN_KEY: seals the packages' tokens at rest (AES-256-GCM); null while unset. */
  readonly tokenKey: Buffer | null;
  readonly exactOnline: ExactOnlineSettings | null;
  /** SLACK_FINANCE_CHANNEL when Slack is set up: where a refused grant is reported. */
  readonly financeChannel: string | null;
  /** PUBLIC_BASE_URL without a trailing slash: where the packages reach serve (callbacks, webhooks). */
  readonly publicBaseUrl: string | null;
}

export const EXACT_ONLINE_CALLBACK_PATH = '/ledger/callback/exact-online';

/**
 * The settings of the ledger connections. A malformed LEDGER_TOKEN_KEY, or an Exact Online app
 * given half (an id without its secret, no PUBLIC_BASE_URL for the callback), is refused here,
 * at start, with what to set.
 */
export function readLedgerSettings(env: NodeJS.ProcessEnv): LedgerSettings {
  // A value of only white space counts as unset here too.
  const v = parseEnvSettings({
    env: Object.fromEntries(
      Object.entries(env).map(([name, value]) => [name, value?.trim() === '' ? undefined : value]),
    ),
    schema: ZLedgerEnv,
    what: 'ledger settings',
  });
  const exactGiven = v.EXACT_ONLINE_CLIENT_ID !== undefined || v.EXACT_ONLINE_CLIENT_SECRET !== undefined;
  if (exactGiven && (!v.EXACT_ONLINE_CLIENT_ID || !v.EXACT_ONLINE_CLIENT_SECRET)) {
    throw new AppError(
      'CONFIG_INVALID',
      "Set both EXACT_ONLINE_CLIENT_ID and EXACT_ONLINE_CLIENT_SECRET (the app registered in Exact Online's App Center), or neither. See .env.example.",
    );
  }
  if (exactGiven && !v.PUBLIC_BASE_URL) {
    throw new AppError(
      'CONFIG_INVALID',
      `PUBLIC_BASE_URL must be set with EXACT_ONLINE_CLIENT_ID: Exact Online sends the sign-in back to <PUBLIC_BASE_URL>${EXACT_ONLINE_CALLBACK_PATH}. See .env.example.`,
    );
  }
  return {
    tokenKey: v.LEDGER_TOKEN_KEY ?? null,
    exactOnline:
      v.EXACT_ONLINE_CLIENT_ID && v.EXACT_ONLINE_CLIENT_SECRET && v.PUBLIC_BASE_URL
        ? {
            clientId: v.EXACT_ONLINE_CLIENT_ID,
            clientSecret: v.EXACT_ONLINE_CLIENT_SECRET,
            baseUrl: v.EXACT_ONLINE_BASE_URL,
            redirectUri: `${v.PUBLIC_BASE_URL}${EXACT_ONLINE_CALLBACK_PATH}`,
          }
        : null,
    financeChannel: readSlackConfig(env)?.financeChannel ?? null,
    publicBaseUrl: v.PUBLIC_BASE_URL ?? null,
  };
}

/** The token key, or a CONFIG_INVALID naming the setting and how to make one. */
export function requireTokenKey(settings: LedgerSettings): Buffer {
  if (settings.tokenKey) return settings.tokenKey;
  throw new AppError(
    'CONFIG_INVALID',
    `LEDGER_TOKEN_KEY is not set: the packages' tokens are stored encrypted with it. Set it to 32 random bytes in base64 (\`openssl rand -base64 32\`) and keep it: without it stored tokens cannot be read. See .env.example.`,
  );
}
