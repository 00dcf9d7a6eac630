import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../../../domain/errors/app-error.ts';
import { parseEnvSettings } from '../../../domain/settings/parse-env-settings.ts';
import type { GoogleOAuth2Settings, MicrosoftOAuth2Settings, OAuth2Settings } from './oauth2-settings.ts';

const MICROSOFT_SCOPE = 'https://outlook.office365.com/.default';
const GOOGLE_SCOPE = 'https://mail.google.com/';
const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';

const https = (what: string) =>
  z
    .url({ protocol: /^https$/, error: `expected an https URL (${what})` })
    .transform((url) => url.replace(/\/+$/, ''));

const ZOAuth2Env = z.object({
  OAUTH2_PROVIDER: z.enum(['microsoft', 'google'], { error: 'expected microsoft or google' }).optional(),
  MS_TENANT_ID: z.string().min(1).optional(),
  MS_CLIENT_ID: z.string().min(1).optional(),
  MS_CLIENT_SECRET: z.string().min(1).optional(),
  MS_CLIENT_CERTIFICATE_FILE: z.string().min(1).optional(),
  MS_AUTHORITY_HOST: https('like https://login.microsoftonline.com').default(
    'https://login.microsoftonline.com',
  ),
  GOOGLE_SERVICE_ACCOUNT_KEY_FILE: z.string().min(1).optional(),
  GOOGLE_CLIENT_ID: z.string().min(1).optional(),
  GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
  GOOGLE_REFRESH_TOKEN: z.string().min(1).optional(),
  GOOGLE_TOKEN_URL: https('like https://oauth2.googleapis.com/token').optional(),
});
type OAuth2Env = z.infer<typeof ZOAuth2Env>;

const ZServiceAccountKey = z.object({
  type: z.literal('service_account'),
  client_email: z.string().min(1),
  private_key: z.string().includes('PRIVATE KEY'),
  private_key_id: z.string().min(1).optional(),
  token_uri: z.url({ protocol: /^https$/ }).optional(),
});

/**
 * The OAuth 2.0 settings, read when IMAP_AUTH or SMTP_AUTH is oauth2 (`because` says which).
 * Every error names the variable to fix and never repeats a secret or a key file's content.
 */
export function readOAuth2Settings(env: NodeJS.ProcessEnv, because: string): OAuth2Settings {
  const v = parseEnvSettings({ env, schema: ZOAuth2Env, what: 'OAuth 2.0 configuration' });
  if (!v.OAUTH2_PROVIDER) throw invalid(`OAUTH2_PROVIDER (microsoft or google) must be set when ${because}.`);
  return v.OAUTH2_PROVIDER === 'microsoft' ? readMicrosoft(v, because) : readGoogle(v, because);
}

function readMicrosoft(v: OAuth2Env, because: string): MicrosoftOAuth2Settings {
  const absent = [
    ['MS_TENANT_ID', v.MS_TENANT_ID],
    ['MS_CLIENT_ID', v.MS_CLIENT_ID],
  ].flatMap(([name, value]) => (value ? [] : [name]));
  if (!v.MS_CLIENT_SECRET && !v.MS_CLIENT_CERTIFICATE_FILE) {
    absent.push('MS_CLIENT_SECRET (or MS_CLIENT_CERTIFICATE_FILE)');
  }
  if (absent.length > 0) {
    throw invalid(`${absent.join(', ')} must be set when OAUTH2_PROVIDER is microsoft and ${because}.`);
  }
  if (v.MS_CLIENT_SECRET && v.MS_CLIENT_CERTIFICATE_FILE) {
    throw invalid('Set MS_CLIENT_SECRET or MS_CLIENT_CERTIFICATE_FILE, not both.');
  }
  return {
    provider: 'microsoft',
    tenantId: v.MS_TENANT_ID!,
    clientId: v.MS_CLIENT_ID!,
    credential: v.MS_CLIENT_SECRET
      ? { kind: 'secret', secret: v.MS_CLIENT_SECRET }
      : readCertificate(v.MS_CLIENT_CERTIFICATE_FILE!),
    authorityHost: v.MS_AUTHORITY_HOST,
    scope: MICROSOFT_SCOPE,
  };
}

/** One PEM file holding the private key and the certificate uploaded to the app registration. */
function readCertificate(file: string): MicrosoftOAuth2Settings['credential'] {
  const pem = readSettingFile('MS_CLIENT_CERTIFICATE_FILE', file);
  const certificate = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/)?.[0];
  const key = pem.match(
    /-----BEGIN (?:RSA |EC )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC )?PRIVATE KEY-----/,
  )?.[0];
  if (!certificate || !key) {
    throw invalid(
      `MS_CLIENT_CERTIFICATE_FILE "${file}" must hold the private key and the certificate, both PEM (e.g. cat key.pem cert.pem).`,
    );
  }
  try {
    return {
      kind: 'certificate',
      privateKey: String(createPrivateKey(key).export({ type: 'pkcs8', format: 'pem' })),
      thumbprintSha256: new X509Certificate(certificate).fingerprint256.replaceAll(':', ''),
      certificate,
    };
  } catch (cause) {
    throw invalid(`MS_CLIENT_CERTIFICATE_FILE "${file}": the key or certificate cannot be read.`, cause);
  }
}

function readGoogle(v: OAuth2Env, because: string): GoogleOAuth2Settings {
  const refresh = [v.GOOGLE_CLIENT_ID, v.GOOGLE_CLIENT_SECRET, v.GOOGLE_REFRESH_TOKEN];
  if (v.GOOGLE_SERVICE_ACCOUNT_KEY_FILE) {
    if (refresh.some(Boolean)) {
      throw invalid(
        'Set GOOGLE_SERVICE_ACCOUNT_KEY_FILE or GOOGLE_CLIENT_ID + GOOGLE_CLIENT_SECRET + GOOGLE_REFRESH_TOKEN, not both.',
      );
    }
    const file = v.GOOGLE_SERVICE_ACCOUNT_KEY_FILE;
    let json: unknown;
    try {
      json = JSON.parse(readSettingFile('GOOGLE_SERVICE_ACCOUNT_KEY_FILE', file));
    } catch (cause) {
      if (cause instanceof AppError) throw cause;
      // Not kept as the cause: V8 quotes the text it could not parse, and this text is a key.
      throw invalid(`GOOGLE_SERVICE_ACCOUNT_KEY_FILE "${file}" is not JSON.`);
    }
    const key = ZServiceAccountKey.safeParse(json);
    if (!key.success) {
      // The issues would quote the file; name the fields instead.
      throw invalid(
        `GOOGLE_SERVICE_ACCOUNT_KEY_FILE "${file}" is not a service account key (a JSON key with type "service_account", client_email and private_key, as the Google Cloud console downloads it).`,
      );
    }
    return {
      provider: 'google',
      credential: {
        kind: 'service_account',
        clientEmail: key.data.client_email,
        privateKey: key.data.private_key,
        privateKeyId: key.data.private_key_id ?? null,
      },
      tokenUrl: v.GOOGLE_TOKEN_URL ?? key.data.token_uri ?? GOOGLE_TOKEN_URL,
      scope: GOOGLE_SCOPE,
    };
  }
  const names = ['GOOGLE_CLIENT_ID', 'GOOGLE_CLIENT_SECRET', 'GOOGLE_REFRESH_TOKEN'];
  const absent = names.filter((_, index) => !refresh[index]);
  if (absent.length > 0) {
    throw invalid(
      `GOOGLE_SERVICE_ACCOUNT_KEY_FILE, or ${absent.join(', ')}, must be set when OAUTH2_PROVIDER is google and ${because}.`,
    );
  }
  return {
    provider: 'google',
    credential: {
      kind: 'refresh_token',
      clientId: v.GOOGLE_CLIENT_ID!,
      clientSecret: v.GOOGLE_CLIENT_SECRET!,
      refreshToken: v.GOOGLE_REFRESH_TOKEN!,
    },
    tokenUrl: v.GOOGLE_TOKEN_URL ?? GOOGLE_TOKEN_URL,
    scope: GOOGLE_SCOPE,
  };
}

function readSettingFile(name: string, file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    throw invalid(
      `${name}: cannot read "${file}" (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}).`,
      cause,
    );
  }
}

function invalid(message: string, cause?: unknown): AppError {
  return new AppError('CONFIG_INVALID', `${message} See .env.example.`, cause ? { cause } : {});
}
