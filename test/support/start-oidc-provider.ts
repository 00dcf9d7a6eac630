import { createSign, generateKeyPairSync, type JsonWebKey } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** What the provider does to the ID token it returns from its token endpoint. */
export type TokenTampering =
  /** Nothing: a genuine token. */
  | 'none'
  /** The same claims signed with a key that is not the provider's (same key id): a forgery. */
  | 'forge'
  /** Signed with the provider's real key, but for another client: a token meant for someone else. */
  | 'wrong_audience';

export interface OidcProvider {
  /** http://127.0.0.1:<port>: OIDC_ISSUER. */
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  tampering: TokenTampering;
  /** The e-mail address the provider vouches for, per login name typed on its login page (default: the name itself). */
  readonly emails: Map<string, string>;
  stop(): Promise<void>;
}

/**
 * A real OpenID Provider (the oidc-provider package, certified) on loopback, with one confidential
 * client for the console's callback, PKCE required, and its development login and consent pages
 * (any login name and password sign in as that name). Its ID tokens carry email and
 * email_verified. `tampering` rewrites the ID token on its way out of the token endpoint, the way
 * a man in the middle or a confused provider would.
 */
export async function startOidcProvider({ redirectUri }: { redirectUri: string }): Promise<OidcProvider> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const kid = 'loopback-signing-key';
  const real = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const impostor = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...(real.privateKey.export({ format: 'jwk' }) as JsonWebKey), kid, alg: 'RS256', use: 'sig' };
  const clientId = 'collections-console';
  const clientSecret = 'loopback-client-secret-0123456789abcdef';
  const emails = new Map<string, string>();
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: [jwk as never] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    cookies: { keys: ['loopback-cookie-key-0123456789'] },
    findAccount: async (_ctx, id) => ({
      accountId: id,
      claims: async () => ({ sub: id, email: emails.get(id) ?? id, email_verified: true, name: id }),
    }),
  });
  const handle: OidcProvider = {
    issuer,
    clientId,
    clientSecret,
    tampering: 'none',
    emails,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (ctx.path !== '/token' || handle.tampering === 'none' || typeof body?.id_token !== 'string') return;
    const [header, payload] = body.id_token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (handle.tampering === 'wrong_audience') claims.aud = 'some-other-client';
    const key = handle.tampering === 'forge' ? impostor.privateKey : real.privateKey;
    const input = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
    const signature = createSign('RSA-SHA256').update(input).sign(key).toString('base64url');
    ctx.body = { ...body, id_token: `${input}.${signature}` };
  });
  server.on('request', provider.callback());
  return handle;
}
