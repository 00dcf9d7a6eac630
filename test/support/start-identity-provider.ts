import {
  constants,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  verify,
  X509Certificate,
} from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSelfSignedCertificate } from './create-self-signed-certificate.ts';

/** The audience Google's token endpoint requires in a service account's JWT (google-auth-library sends it). */
const GOOGLE_AUDIENCE = 'https://oauth2.googleapis.com/token';
const MICROSOFT_SCOPE = 'https://outlook.office365.com/.default';
const GOOGLE_SCOPE = 'https://mail.google.com/';

export interface IssuedToken {
  readonly token: string;
  readonly mailbox: string;
  readonly via: 'microsoft' | 'google-service-account' | 'google-refresh-token';
  readonly expiresAt: number;
  revoked: boolean;
  /** Who checked it: Dovecot's introspection (imap) or the SMTP server (smtp). */
  readonly usedBy: Set<'imap' | 'smtp'>;
}

export interface IdentityProvider {
  /** https://127.0.0.1:<port>: MS_AUTHORITY_HOST, and Google's token endpoint at /token. */
  readonly url: string;
  /** Plain HTTP on loopback, for Dovecot's oauth2 passdb (introspection_mode = post). */
  readonly introspectionUrl: string;
  /** The throwaway certificate of `url`, to trust through NODE_EXTRA_CA_CERTS. */
  readonly caFile: string;
  /** Lifetime of the tokens issued from now on. */
  tokenSeconds: number;
  readonly issued: IssuedToken[];
  /** Every token request: grant, client and outcome; never a secret. */
  readonly requests: { readonly grant: string; readonly client: string; readonly outcome: string }[];
  addMicrosoftApp(app: {
    tenant: string;
    clientId: string;
    clientSecret?: string;
    /** PEM of the certificate uploaded to the app registration (client assertion signed by its key). */
    certificate?: string;
    /** The mailbox Add-MailboxPermission gave the app's service principal. */
    mailbox: string;
  }): void;
  /** A service account with domain-wide delegation for `mailbox`; returns its JSON key file's content. */
  addGoogleServiceAccount(account: { clientEmail: string; mailbox: string }): string;
  addGoogleRefreshToken(grant: {
    clientId: string;
    clientSecret: string;
    refreshToken: string;
    mailbox: string;
  }): void;
  /** Is this a live token for this mailbox? What a resource server asks; marks the token used. */
  check(token: string, mailbox: string, by: 'imap' | 'smtp'): boolean;
  /** Every token issued so far stops working (a secret rotated, a session revoked). */
  revokeAll(): void;
  /** Called when a token that a server checked expires (at most once per token). */
  onExpired(listener: (token: IssuedToken) => void): void;
  stop(): Promise<void>;
}

/**
 * The identity providers on loopback: the Microsoft identity platform's OpenID metadata and
 * token endpoint (client credentials, with a secret or a certificate assertion), Google's token
 * endpoint (a service account's signed JWT, verified with its public key: signature, `sub`,
 * scope, audience; or a refresh token), and an RFC 7662 introspection endpoint for Dovecot.
 * Tokens are opaque, short-lived and can be revoked. HTTPS with a throwaway openssl certificate:
 * msal-node insists on an https authority.
 */
export async function startIdentityProvider({
  tokenSeconds = 3600,
}: {
  tokenSeconds?: number;
} = {}): Promise<IdentityProvider> {
  const dir = mkdtempSync(path.join(tmpdir(), 'collections-idp-'));
  const { key, cert } = createSelfSignedCertificate();
  const caFile = path.join(dir, 'cert.pem');
  writeFileSync(caFile, cert);

  const microsoftApps = new Map<
    string,
    { tenant: string; secret?: string; certificate?: X509Certificate; mailbox: string }
  >();
  const serviceAccounts = new Map<string, { publicKey: string; keyId: string; mailbox: string }>();
  const refreshTokens = new Map<string, { clientId: string; clientSecret: string; mailbox: string }>();
  const issued: IssuedToken[] = [];
  const byToken = new Map<string, IssuedToken>();
  const requests: IdentityProvider['requests'] = [];
  const listeners: ((token: IssuedToken) => void)[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const state = { tokenSeconds };
  let origin = '';

  const issue = (mailbox: string, via: IssuedToken['via'], scope: string) => {
    const token: IssuedToken = {
      token: `at-${via}-${randomBytes(24).toString('base64url')}`,
      mailbox,
      via,
      expiresAt: Date.now() + state.tokenSeconds * 1000,
      revoked: false,
      usedBy: new Set(),
    };
    issued.push(token);
    byToken.set(token.token, token);
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (token.usedBy.size > 0) for (const listener of listeners) listener(token);
    }, state.tokenSeconds * 1000);
    timer.unref();
    timers.add(timer);
    return {
      token_type: 'Bearer',
      access_token: token.token,
      expires_in: state.tokenSeconds,
      ext_expires_in: state.tokenSeconds,
      scope,
    };
  };
  const live = (token: string, mailbox?: string) => {
    const found = byToken.get(token);
    return found &&
      !found.revoked &&
      found.expiresAt > Date.now() &&
      (!mailbox || found.mailbox.toLowerCase() === mailbox.toLowerCase())
      ? found
      : null;
  };

  const microsoftToken = (tenant: string, form: URLSearchParams, response: ServerResponse) => {
    const clientId = form.get('client_id') ?? '';
    const app = microsoftApps.get(clientId);
    const refuse = (status: number, error: string, code: number, description: string) => {
      requests.push({ grant: 'client_credentials', client: clientId, outcome: error });
      json(response, status, {
        error,
        error_description: `AADSTS${code}: ${description} Trace ID: ${randomBytes(8).toString('hex')}`,
        error_codes: [code],
        timestamp: new Date().toISOString(),
      });
    };
    if (form.get('grant_type') !== 'client_credentials')
      return refuse(400, 'unsupported_grant_type', 70003, 'The app requested an unsupported grant type.');
    if (!app || app.tenant !== tenant) {
      return refuse(
        400,
        'unauthorized_client',
        700016,
        `Application with identifier '${clientId}' was not found in the directory '${tenant}'.`,
      );
    }
    if (form.get('scope') !== MICROSOFT_SCOPE)
      return refuse(
        400,
        'invalid_scope',
        70011,
        "The provided value for the input parameter 'scope' is not valid.",
      );
    const secret = form.get('client_secret');
    const assertion = form.get('client_assertion');
    const endpoint = `${origin}/${tenant}/oauth2/v2.0/token`;
    const good = secret
      ? app.secret !== undefined && secret === app.secret
      : assertion && app.certificate
        ? verifyClientAssertion(assertion, app.certificate, clientId, endpoint)
        : false;
    if (!good) {
      return refuse(
        401,
        'invalid_client',
        secret ? 7000215 : 700027,
        secret
          ? 'Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.'
          : 'Client assertion failed signature validation.',
      );
    }
    requests.push({ grant: 'client_credentials', client: clientId, outcome: 'issued' });
    json(response, 200, issue(app.mailbox, 'microsoft', MICROSOFT_SCOPE));
  };

  const googleToken = (form: URLSearchParams, response: ServerResponse) => {
    const grant = form.get('grant_type') ?? '';
    const refuse = (error: string, description: string, client: string, status = 400) => {
      requests.push({ grant, client, outcome: error });
      json(response, status, { error, error_description: description });
    };
    if (grant === 'urn:ietf:params:oauth:grant-type:jwt-bearer') {
      const parts = (form.get('assertion') ?? '').split('.');
      const payload = parts.length === 3 ? parseJson(parts[1]!) : null;
      const header = parts.length === 3 ? parseJson(parts[0]!) : null;
      const iss = typeof payload?.iss === 'string' ? payload.iss : '';
      const account = serviceAccounts.get(iss);
      if (!account || !payload || !header)
        return refuse('invalid_grant', 'Invalid grant: account not found', iss);
      const signed = verify(
        'RSA-SHA256',
        Buffer.from(`${parts[0]}.${parts[1]}`),
        account.publicKey,
        Buffer.from(parts[2]!, 'base64url'),
      );
      if (header.alg !== 'RS256' || !signed) return refuse('invalid_grant', 'Invalid JWT Signature.', iss);
      const now = Date.now() / 1000;
      if (payload.aud !== GOOGLE_AUDIENCE)
        return refuse(
          'invalid_grant',
          'Invalid JWT: Token must be a short-lived token and in a reasonable timeframe',
          iss,
        );
      if (
        typeof payload.exp !== 'number' ||
        payload.exp < now ||
        typeof payload.iat !== 'number' ||
        payload.iat > now + 60
      ) {
        return refuse(
          'invalid_grant',
          'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe.',
          iss,
        );
      }
      const scopes = String(payload.scope ?? '').split(' ');
      if (payload.sub !== account.mailbox || !scopes.includes(GOOGLE_SCOPE)) {
        return refuse(
          'unauthorized_client',
          'Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested.',
          iss,
          401,
        );
      }
      requests.push({ grant, client: iss, outcome: 'issued' });
      return json(response, 200, issue(account.mailbox, 'google-service-account', GOOGLE_SCOPE));
    }
    if (grant === 'refresh_token') {
      const clientId = form.get('client_id') ?? '';
      const stored = refreshTokens.get(form.get('refresh_token') ?? '');
      if (!stored || stored.clientId !== clientId)
        return refuse('invalid_grant', 'Token has been expired or revoked.', clientId);
      if (form.get('client_secret') !== stored.clientSecret)
        return refuse('invalid_client', 'Unauthorized', clientId, 401);
      requests.push({ grant, client: clientId, outcome: 'issued' });
      return json(response, 200, issue(stored.mailbox, 'google-refresh-token', GOOGLE_SCOPE));
    }
    return refuse('unsupported_grant_type', `Invalid grant_type: ${grant}`, '');
  };

  const https = createHttpsServer({ key, cert }, (request, response) => {
    void readForm(request).then((form) => {
      const url = new URL(request.url ?? '/', origin);
      const metadata = url.pathname.match(/^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/);
      const token = url.pathname.match(/^\/([^/]+)\/oauth2\/v2\.0\/token$/);
      if (request.method === 'GET' && metadata) {
        const tenant = metadata[1]!;
        return json(response, 200, {
          token_endpoint: `${origin}/${tenant}/oauth2/v2.0/token`,
          authorization_endpoint: `${origin}/${tenant}/oauth2/v2.0/authorize`,
          end_session_endpoint: `${origin}/${tenant}/oauth2/v2.0/logout`,
          device_authorization_endpoint: `${origin}/${tenant}/oauth2/v2.0/devicecode`,
          jwks_uri: `${origin}/${tenant}/discovery/v2.0/keys`,
          issuer: `${origin}/${tenant}/v2.0`,
          token_endpoint_auth_methods_supported: [
            'client_secret_post',
            'private_key_jwt',
            'client_secret_basic',
          ],
          response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
          scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
        });
      }
      if (request.method === 'POST' && token) return microsoftToken(token[1]!, form, response);
      if (request.method === 'POST' && url.pathname === '/token') return googleToken(form, response);
      json(response, 404, { error: 'not_found' });
    });
  });
  const introspection = createHttpServer((request, response) => {
    void readForm(request).then((form) => {
      const found = live(form.get('token') ?? '');
      if (found) found.usedBy.add('imap');
      json(
        response,
        200,
        found
          ? {
              active: true,
              username: found.mailbox,
              exp: Math.floor(found.expiresAt / 1000),
              token_type: 'Bearer',
            }
          : { active: false },
      );
    });
  });
  await new Promise<void>((resolve) => https.listen(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => introspection.listen(0, '127.0.0.1', resolve));
  origin = `https://127.0.0.1:${(https.address() as AddressInfo).port}`;

  return {
    url: origin,
    introspectionUrl: `http://127.0.0.1:${(introspection.address() as AddressInfo).port}/introspect`,
    caFile,
    get tokenSeconds() {
      return state.tokenSeconds;
    },
    set tokenSeconds(seconds: number) {
      state.tokenSeconds = seconds;
    },
    issued,
    requests,
    addMicrosoftApp({ tenant, clientId, clientSecret, certificate, mailbox }) {
      microsoftApps.set(clientId, {
        tenant,
        mailbox,
        ...(clientSecret ? { secret: clientSecret } : {}),
        ...(certificate ? { certificate: new X509Certificate(certificate) } : {}),
      });
    },
    addGoogleServiceAccount({ clientEmail, mailbox }) {
      const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const keyId = randomBytes(20).toString('hex');
      serviceAccounts.set(clientEmail, {
        publicKey: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
        keyId,
        mailbox,
      });
      return JSON.stringify({
        type: 'service_account',
        project_id: 'collections-test',
        private_key_id: keyId,
        private_key: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        client_email: clientEmail,
        client_id: '100000000000000000001',
        auth_uri: 'https://accounts.google.com/o/oauth2/auth',
        token_uri: `${origin}/token`,
      });
    },
    addGoogleRefreshToken({ clientId, clientSecret, refreshToken, mailbox }) {
      refreshTokens.set(refreshToken, { clientId, clientSecret, mailbox });
    },
    check(token, mailbox, by) {
      const found = live(token, mailbox);
      found?.usedBy.add(by);
      return found !== null;
    },
    revokeAll() {
      for (const token of issued) token.revoked = true;
    },
    onExpired(listener) {
      listeners.push(listener);
    },
    async stop() {
      for (const timer of timers) clearTimeout(timer);
      https.closeAllConnections();
      introspection.closeAllConnections();
      await new Promise((resolve) => https.close(resolve));
      await new Promise((resolve) => introspection.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A client assertion (RFC 7523) signed with the app's certificate: the header names the
 * certificate by its SHA-256 thumbprint (or carries it in x5c), the signature verifies with its
 * key, and iss = sub = the app, aud = the token endpoint.
 */
function verifyClientAssertion(
  assertion: string,
  certificate: X509Certificate,
  clientId: string,
  endpoint: string,
): boolean {
  const parts = assertion.split('.');
  if (parts.length !== 3) return false;
  const header = parseJson(parts[0]!);
  const payload = parseJson(parts[1]!);
  if (!header || !payload) return false;
  const thumbprint = Buffer.from(certificate.fingerprint256.replaceAll(':', ''), 'hex').toString('base64url');
  if (header['x5t#S256'] !== thumbprint) return false;
  const data = Buffer.from(`${parts[0]}.${parts[1]}`);
  const signature = Buffer.from(parts[2]!, 'base64url');
  const key = createPublicKey(certificate.publicKey.export({ type: 'spki', format: 'pem' }));
  const signed =
    header.alg === 'PS256'
      ? verify('sha256', data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, signature)
      : header.alg === 'RS256' && verify('RSA-SHA256', data, key, signature);
  const now = Date.now() / 1000;
  return (
    signed &&
    payload.iss === clientId &&
    payload.sub === clientId &&
    payload.aud === endpoint &&
    typeof payload.exp === 'number' &&
    payload.exp > now
  );
}

function parseJson(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  response.end(JSON.stringify(body));
}
