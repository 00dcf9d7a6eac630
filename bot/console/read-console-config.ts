import { z } from 'zod';
import { AppError } from '../../domain/errors/app-error.ts';
import { parseEnvSettings } from '../../domain/settings/parse-env-settings.ts';

const ZConsoleEnv = z.object({
  CONSOLE_BASE_URL: z
    .url({
      protocol: /^https?$/,
      error: 'expected the address staff open the console at, like https://collections.example.nl',
    })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  OIDC_ISSUER: z
    .url({
      protocol: /^https?$/,
      error: 'expected the issuer URL, like https://login.microsoftonline.com/<tenant id>/v2.0',
    })
    .optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_SCOPES: z.string().default('openid email profile'),
  OIDC_PROVIDER_NAME: z.string().max(60).optional(),
  CONSOLE_SIGN_IN_LINKS: z.enum(['true', 'false', '1', '0']).optional(),
  CONSOLE_IDLE_MINUTES: z.coerce
    .number({ error: 'expected minutes' })
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  CONSOLE_SESSION_HOURS: z.coerce
    .number({ error: 'expected hours' })
    .int()
    .min(1)
    .max(24 * 31)
    .default(12),
  CONSOLE_LINK_MINUTES: z.coerce
    .number({ error: 'expected minutes' })
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  SMTP_HOST: z.string().optional(),
  EMAIL_FROM: z.string().optional(),
});

export interface OidcSettings {
  readonly issuer: URL;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly scopes: string;
  /** On the sign-in button: "Sign in with <name>". */
  readonly providerName: string;
  /** Plain HTTP to the issuer: only for an issuer on this machine (tests, a local Keycloak). */
  readonly insecureLoopback: boolean;
}

export interface ConsoleConfig {
  /** No trailing slash: https://collections.example.nl */
  readonly baseUrl: string;
  /** Served over HTTPS: Secure cookies with the __Host- prefix. */
  readonly https: boolean;
  readonly oidc: OidcSettings | null;
  /** One-time sign-in links by e-mail (needs SMTP_HOST and EMAIL_FROM). */
  readonly signInLinks: boolean;
  readonly idleMs: number;
  readonly sessionMs: number;
  readonly linkMs: number;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The staff console's settings. Off (null) while CONSOLE_BASE_URL is unset. With it, at least one
 * way to sign in must be set up: OpenID Connect (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET)
 * or sign-in links by e-mail (SMTP_HOST and EMAIL_FROM).
 */
export function readConsoleConfig(env: NodeJS.ProcessEnv): ConsoleConfig | null {
  const v = parseEnvSettings({ env, schema: ZConsoleEnv, what: 'console configuration' });
  if (!v.CONSOLE_BASE_URL) return null;
  const oidcParts = [v.OIDC_ISSUER, v.OIDC_CLIENT_ID, v.OIDC_CLIENT_SECRET];
  if (oidcParts.some(Boolean) && !oidcParts.every(Boolean)) {
    throw new AppError(
      'CONFIG_INVALID',
      'OpenID Connect sign-in needs all of OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET. See README, Staff console.',
    );
  }
  let oidc: OidcSettings | null = null;
  if (v.OIDC_ISSUER && v.OIDC_CLIENT_ID && v.OIDC_CLIENT_SECRET) {
    const issuer = new URL(v.OIDC_ISSUER);
    const insecureLoopback = issuer.protocol === 'http:';
    if (insecureLoopback && !LOOPBACK.has(issuer.hostname)) {
      throw new AppError(
        'CONFIG_INVALID',
        `OIDC_ISSUER must be an https:// address (got ${issuer.origin}); plain http is accepted only on this machine (127.0.0.1, localhost).`,
      );
    }
    oidc = {
      issuer,
      clientId: v.OIDC_CLIENT_ID,
      clientSecret: v.OIDC_CLIENT_SECRET,
      scopes: v.OIDC_SCOPES.includes('openid') ? v.OIDC_SCOPES : `openid ${v.OIDC_SCOPES}`,
      providerName: v.OIDC_PROVIDER_NAME ?? providerNameOf(issuer),
      insecureLoopback,
    };
  }
  const mail = Boolean(v.SMTP_HOST && v.EMAIL_FROM);
  const linksWanted =
    v.CONSOLE_SIGN_IN_LINKS === undefined ? mail : ['true', '1'].includes(v.CONSOLE_SIGN_IN_LINKS);
  if (linksWanted && !mail) {
    throw new AppError(
      'CONFIG_INVALID',
      'CONSOLE_SIGN_IN_LINKS is on but there is no mail server to send the links: set SMTP_HOST and EMAIL_FROM, or turn it off.',
    );
  }
  if (!oidc && !linksWanted) {
    throw new AppError(
      'CONFIG_INVALID',
      'CONSOLE_BASE_URL is set but nobody could sign in: set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET (Entra ID, Google), or SMTP_HOST and EMAIL_FROM for sign-in links by e-mail. See README, Staff console.',
    );
  }
  return {
    baseUrl: v.CONSOLE_BASE_URL,
    https: v.CONSOLE_BASE_URL.startsWith('https:'),
    oidc,
    signInLinks: linksWanted,
    idleMs: v.CONSOLE_IDLE_MINUTES * 60_000,
    sessionMs: v.CONSOLE_SESSION_HOURS * 3_600_000,
    linkMs: v.CONSOLE_LINK_MINUTES * 60_000,
  };
}

function providerNameOf(issuer: URL): string {
  if (issuer.hostname === 'login.microsoftonline.com') return 'Microsoft';
  if (issuer.hostname === 'accounts.google.com') return 'Google';
  if (issuer.hostname === 'slack.com') return 'Slack';
  return issuer.hostname;
}
