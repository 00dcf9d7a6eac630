import { z } from 'zod';
import { AppError } from '../../domain/errors/app-error.ts';
import { parseEnvSettings } from '../../domain/settings/parse-env-settings.ts';
import { parseTrustedProxies, type TrustedProxies } from '../http/parse-trusted-proxies.ts';

/** PUBLIC_BASE_URL: where `collections serve` is reached from outside (payment pages, sign-in returns); no trailing slash. */
export const ZPublicBaseUrl = z
  .url({
    protocol: /^https?$/,
    error: 'expected the public address of `collections serve`, like https://pay.example.nl',
  })
  .transform((url) => url.replace(/\/+$/, ''));

const ZPageEnv = z.object({
  PAYMENT_LINK_SECRET: z
    .string()
    .min(32, { error: 'use at least 32 characters, e.g. the output of `openssl rand -hex 32`' })
    .optional(),
  PUBLIC_BASE_URL: ZPublicBaseUrl.optional(),
  PAYMENT_LINK_TTL_DAYS: z.coerce
    .number({ error: 'expected a number of days' })
    .int()
    .min(1)
    .max(400)
    .default(60),
  MOLLIE_API_KEY: z
    .string()
    .regex(/^(test|live)_\w{20,}$/, { error: 'expected a Mollie API key starting with test_ or live_' })
    .optional(),
  MOLLIE_API_URL: z.url({ protocol: /^https?$/ }).default('https://api.mollie.com/v2/'),
  PAGE_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(30),
  // Replaced by TRUSTED_PROXIES: "true" believed whatever the client wrote first. Refused rather
  // than ignored, so nobody upgrades into a limit that silently counts the proxy as one client.
  PAGE_TRUST_PROXY: z
    .enum(['false', '0'], {
      error:
        'replaced by TRUSTED_PROXIES: list the addresses or CIDR ranges of your proxies instead (see .env.example)',
    })
    .optional(),
  TRUSTED_PROXIES: z.string().optional(),
  PAYMENT_CONTACT_EMAIL: z.email({ error: 'expected an address like debiteuren@example.nl' }).optional(),
  PAYMENT_IBAN: z
    .string()
    .transform((iban) => iban.replace(/\s+/g, '').toUpperCase())
    .pipe(
      z
        .string()
        .regex(/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/, { error: 'expected an IBAN like NL91ABNA0417164300' }),
    )
    .optional(),
});

export interface PaymentPageConfig {
  readonly linkSecret: string;
  /** No trailing slash: https://pay.example.nl */
  readonly publicBaseUrl: string;
  readonly linkTtlDays: number;
  /** null: no online payment, the page shows the bank transfer details only. */
  readonly mollie: { readonly apiKey: string; readonly apiUrl: string } | null;
  readonly rateLimitPerMinute: number;
  /** Whose X-Forwarded-For entries are believed (resolveClientAddress). */
  readonly trustedProxies: TrustedProxies;
  readonly contactEmail: string | null;
  readonly iban: string | null;
}

/**
 * The payment page's settings. The page is off (null) while PAYMENT_LINK_SECRET is unset; with
 * it, PUBLIC_BASE_URL is required because every link and the provider's webhook point there.
 */
export function readPaymentPageConfig(env: NodeJS.ProcessEnv): PaymentPageConfig | null {
  const v = parseEnvSettings({ env, schema: ZPageEnv, what: 'payment page configuration' });
  if (!v.PAYMENT_LINK_SECRET) return null;
  if (!v.PUBLIC_BASE_URL) {
    throw new AppError(
      'CONFIG_INVALID',
      'PUBLIC_BASE_URL must be set when PAYMENT_LINK_SECRET is set: payment links and the payment webhook point there. See .env.example.',
    );
  }
  return {
    linkSecret: v.PAYMENT_LINK_SECRET,
    publicBaseUrl: v.PUBLIC_BASE_URL,
    linkTtlDays: v.PAYMENT_LINK_TTL_DAYS,
    mollie: v.MOLLIE_API_KEY ? { apiKey: v.MOLLIE_API_KEY, apiUrl: v.MOLLIE_API_URL } : null,
    rateLimitPerMinute: v.PAGE_RATE_LIMIT_PER_MINUTE,
    trustedProxies: parseTrustedProxies(v.TRUSTED_PROXIES),
    contactEmail: v.PAYMENT_CONTACT_EMAIL?.toLowerCase() ?? null,
    iban: v.PAYMENT_IBAN ?? null,
  };
}
