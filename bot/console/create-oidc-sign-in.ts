import { z } from 'zod';
import { AppError } from '../../domain/errors/app-error.ts';
import type { OidcSettings } from './read-console-config.ts';

/** What the browser carries (in an HttpOnly cookie) between the redirect out and the callback. */
export interface PendingOidcSignIn {
  readonly state: string;
  readonly nonce: string;
  readonly verifier: string;
}

export interface OidcSignIn {
  /** Where to send the browser, and what to remember for the callback. */
  start(): Promise<{ readonly url: string; readonly pending: PendingOidcSignIn }>;
  /**
   * Redeems the callback's code (PKCE, state, nonce; the ID token's signature, issuer, audience
   * and expiry checked) and returns the verified e-mail address, lower-cased. Throws AppError
   * UNAUTHORIZED when anything does not hold.
   */
  finish(
    callbackUrl: URL,
    pending: PendingOidcSignIn,
  ): Promise<{ readonly email: string; readonly subject: string }>;
}

const ZClaims = z.object({
  sub: z.string(),
  email: z.string().optional(),
  email_verified: z.union([z.boolean(), z.string()]).optional(),
  preferred_username: z.string().optional(),
});

/**
 * Sign-in with the company's identity provider through openid-client (authorization code with
 * PKCE, state and nonce). The library is loaded, and the provider's metadata discovered, on the
 * first sign-in, not at start-up: a provider that is down then makes sign-in fail with a clear
 * page, never the server's start. The ID token's signature is checked too
 * (enableNonRepudiationChecks), not only trusted because it came over TLS.
 */
export function createOidcSignIn({
  settings,
  redirectUri,
}: {
  settings: OidcSettings;
  redirectUri: string;
}): OidcSignIn {
  type Client = typeof import('openid-client');
  let ready: Promise<{ client: Client; config: import('openid-client').Configuration }> | null = null;
  const load = () => {
    ready ??= (async () => {
      const client = await import('openid-client');
      const execute = [
        client.enableNonRepudiationChecks,
        ...(settings.insecureLoopback ? [client.allowInsecureRequests] : []),
      ];
      const config = await client.discovery(
        settings.issuer,
        settings.clientId,
        { redirect_uris: [redirectUri], response_types: ['code'], id_token_signed_response_alg: 'RS256' },
        client.ClientSecretPost(settings.clientSecret),
        { execute },
      );
      return { client, config };
    })().catch((error: unknown) => {
      ready = null;
      throw new AppError(
        'CHANNEL_UNAVAILABLE',
        `cannot reach the identity provider at ${settings.issuer.href}`,
        {
          cause: error,
        },
      );
    });
    return ready;
  };
  return {
    async start() {
      const { client, config } = await load();
      const verifier = client.randomPKCECodeVerifier();
      const pending = { state: client.randomState(), nonce: client.randomNonce(), verifier };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: settings.scopes,
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      });
      return { url: url.href, pending };
    },
    async finish(callbackUrl, pending) {
      const { client, config } = await load();
      let claims: unknown;
      try {
        const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
          pkceCodeVerifier: pending.verifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
        claims = tokens.claims();
      } catch (error) {
        throw new AppError('UNAUTHORIZED', 'the identity provider’s answer did not hold up', {
          cause: error,
        });
      }
      const parsed = ZClaims.safeParse(claims);
      if (!parsed.success) throw new AppError('UNAUTHORIZED', 'the ID token carries no subject');
      const { email, email_verified, preferred_username, sub } = parsed.data;
      // Google and most providers send `email` (and say whether it is verified); Entra ID sends
      // it only as an optional claim, and otherwise the user principal name in preferred_username.
      const verified = email_verified === undefined || email_verified === true || email_verified === 'true';
      const address =
        email && verified ? email : !email && preferred_username?.includes('@') ? preferred_username : null;
      if (!address)
        throw new AppError('UNAUTHORIZED', 'the identity provider gave no verified e-mail address');
      return { email: address.trim().toLowerCase(), subject: sub };
    },
  };
}
