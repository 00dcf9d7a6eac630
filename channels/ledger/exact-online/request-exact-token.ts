import { z } from 'zod';
import { AppError } from '../../../domain/errors/app-error.ts';

const ZTokenResponse = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  // Exact Online sends "600" (seconds, as a string); a number is taken as well.
  expires_in: z.union([z.string().regex(/^\d+$/), z.number().int().nonnegative()]).transform(Number),
});

const ZTokenError = z.object({ error: z.string(), error_description: z.string().optional() });

export type ExactTokenRequest =
  | { readonly grant: 'authorization_code'; readonly code: string; readonly redirectUri: string }
  | { readonly grant: 'refresh_token'; readonly refreshToken: string };

export type ExactTokenAnswer =
  | {
      readonly kind: 'granted';
      readonly accessToken: string;
      readonly refreshToken: string;
      readonly expiresAt: Date;
    }
  /** invalid_grant: the code or refresh token is used, expired or revoked: a person must sign in again. */
  | { readonly kind: 'refused'; readonly reason: string };

/**
 * Exact Online's token endpoint (POST <base>/api/oauth2/token, form-encoded): an authorization
 * code or a refresh token in, a new access token (10 minutes) and a NEW refresh token out.
 * invalid_grant is an answer (the grant is gone); anything else unexpected is a
 * CHANNEL_UNAVAILABLE that never carries a token or secret in its message.
 */
export async function requestExactToken({
  baseUrl,
  clientId,
  clientSecret,
  request,
  now,
  fetch = globalThis.fetch,
}: {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  request: ExactTokenRequest;
  now: () => Date;
  fetch?: typeof globalThis.fetch;
}): Promise<ExactTokenAnswer> {
  const form = new URLSearchParams({ client_id: clientId, client_secret: clientSecret });
  if (request.grant === 'authorization_code') {
    form.set('grant_type', 'authorization_code');
    form.set('code', request.code);
    form.set('redirect_uri', request.redirectUri);
  } else {
    form.set('grant_type', 'refresh_token');
    form.set('refresh_token', request.refreshToken);
  }
  let response: Response;
  try {
    response = await fetch(`${baseUrl}/api/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: form,
      signal: AbortSignal.timeout(30_000),
    });
  } catch (cause) {
    throw new AppError(
      'CHANNEL_UNAVAILABLE',
      `Exact Online's token endpoint could not be reached (${baseUrl}); try again later.`,
      {
        cause: new Error((cause as Error).message),
      },
    );
  }
  const text = await response.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  if (response.ok) {
    const granted = ZTokenResponse.safeParse(body);
    if (!granted.success) {
      throw new AppError(
        'CHANNEL_UNAVAILABLE',
        `Exact Online's token endpoint answered ${response.status} without the expected tokens.`,
      );
    }
    return {
      kind: 'granted',
      accessToken: granted.data.access_token,
      refreshToken: granted.data.refresh_token,
      expiresAt: new Date(now().getTime() + granted.data.expires_in * 1000),
    };
  }
  const refusal = ZTokenError.safeParse(body);
  if (response.status === 400 && refusal.success && refusal.data.error === 'invalid_grant') {
    return {
      kind: 'refused',
      reason: `invalid_grant${refusal.data.error_description ? `: ${refusal.data.error_description}` : ''}`,
    };
  }
  const what = refusal.success
    ? `${refusal.data.error}${refusal.data.error_description ? ` (${refusal.data.error_description})` : ''}`
    : `HTTP ${response.status}`;
  throw new AppError(
    'CHANNEL_UNAVAILABLE',
    `Exact Online's token endpoint refused the request: ${what}. Check EXACT_ONLINE_CLIENT_ID and EXACT_ONLINE_CLIENT_SECRET, or try again later.`,
  );
}
