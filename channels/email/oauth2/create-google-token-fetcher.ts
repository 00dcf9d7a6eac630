import { JWT, OAuth2Client } from 'google-auth-library';
import { AppError, type ErrorCode } from '../../../domain/errors/app-error.ts';
import type { FetchToken } from './cache-access-tokens.ts';
import type { GoogleOAuth2Settings } from './oauth2-settings.ts';
import { redactSecrets } from './redact-secrets.ts';

/** Where google-auth-library's service-account flow always posts (its `aud` too). */
const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';

/**
 * Tokens for Gmail (scope https://mail.google.com/) with Google's own library: a service account
 * with domain-wide delegation acting as the mailbox (`mailbox` becomes the JWT's subject), or an
 * OAuth client's refresh token stored for that mailbox.
 */
export function createGoogleTokenFetcher(settings: GoogleOAuth2Settings, mailbox: string): FetchToken {
  const credential = settings.credential;
  if (credential.kind === 'service_account') {
    // A new client per fetch: the library keeps the token it got and hands it out again until its
    // own margin; when we ask, our cache (cacheAccessTokens) has decided a new one is due.
    const signIn = (): JWT => {
      const jwt = new JWT({
        email: credential.clientEmail,
        key: credential.privateKey,
        ...(credential.privateKeyId ? { keyId: credential.privateKeyId } : {}),
        subject: mailbox,
        scopes: [settings.scope],
      });
      if (settings.tokenUrl !== GOOGLE_TOKEN_URL) {
        // The service-account flow has no token URL option; the key file's token_uri (or
        // GOOGLE_TOKEN_URL, e.g. a Private Service Connect endpoint) is honoured at the transport.
        const tokenUrl = new URL(settings.tokenUrl);
        jwt.transporter.interceptors.request.add({
          resolved: async (options) => {
            if (options.url.href === GOOGLE_TOKEN_URL) options.url = tokenUrl;
            return options;
          },
        });
      }
      return jwt;
    };
    return async () => {
      try {
        const credentials = await signIn().authorize();
        return toFetched(credentials.access_token, credentials.expiry_date);
      } catch (error) {
        throw describeGoogleFailure(error, settings, mailbox, [credential.privateKey]);
      }
    };
  }
  const client = new OAuth2Client({
    clientId: credential.clientId,
    clientSecret: credential.clientSecret,
    endpoints: { oauth2TokenUrl: settings.tokenUrl },
  });
  return async () => {
    try {
      client.setCredentials({ refresh_token: credential.refreshToken });
      const { credentials } = await client.refreshAccessToken();
      return toFetched(credentials.access_token, credentials.expiry_date);
    } catch (error) {
      throw describeGoogleFailure(error, settings, mailbox, [
        credential.clientSecret,
        credential.refreshToken,
      ]);
    }
  };
}

function toFetched(accessToken: string | null | undefined, expiryDate: number | null | undefined) {
  if (!accessToken) throw new Error('Google answered without an access token');
  return { accessToken, expiresAt: new Date(expiryDate ?? Date.now() + 3_600_000) };
}

function describeGoogleFailure(
  error: unknown,
  settings: GoogleOAuth2Settings,
  mailbox: string,
  secrets: readonly string[],
): AppError {
  const data = (error as { response?: { data?: { error?: unknown; error_description?: unknown } } }).response
    ?.data;
  const errorCode = typeof data?.error === 'string' ? data.error : '';
  const description = typeof data?.error_description === 'string' ? data.error_description : '';
  const said = redactSecrets(
    (description ? `${errorCode}: ${description}` : (error as Error).message || String(error))
      .split('\n')[0]!
      .trim(),
    secrets,
  );
  const serviceAccount = settings.credential.kind === 'service_account';
  const [code, what] = ((): [ErrorCode, string] => {
    if (serviceAccount && (errorCode === 'invalid_grant' || errorCode === 'invalid_client')) {
      return [
        'CONFIG_INVALID',
        `the service account's key was refused: check GOOGLE_SERVICE_ACCOUNT_KEY_FILE (a key deleted in the Google Cloud console stops working) and that ${mailbox} is a user of the Workspace`,
      ];
    }
    if (serviceAccount && errorCode === 'unauthorized_client') {
      return [
        'CONFIG_INVALID',
        `the service account may not act as ${mailbox}: give its client ID domain-wide delegation with the scope ${settings.scope} in the Admin console`,
      ];
    }
    if (errorCode === 'invalid_client' || errorCode === 'unauthorized_client') {
      return [
        'CONFIG_INVALID',
        'the OAuth client was refused: check GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET',
      ];
    }
    if (errorCode === 'invalid_grant') {
      return [
        'CONFIG_INVALID',
        'the refresh token was refused (revoked, expired or issued to another client): check GOOGLE_REFRESH_TOKEN',
      ];
    }
    return [
      'CHANNEL_UNAVAILABLE',
      `Google's token endpoint could not give a token (check GOOGLE_TOKEN_URL and the network); trying again later`,
    ];
  })();
  return new AppError(
    code,
    `OAuth 2.0 token from Google (${settings.tokenUrl}) for ${mailbox}: ${what}. Google said: ${said || 'nothing'}`,
    { cause: new Error(said), details: { errorCode: errorCode || null } },
  );
}
