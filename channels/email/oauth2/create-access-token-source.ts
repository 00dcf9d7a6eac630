import { type AccessTokenSource, cacheAccessTokens } from './cache-access-tokens.ts';
import { createGoogleTokenFetcher } from './create-google-token-fetcher.ts';
import { createMicrosoftTokenFetcher } from './create-microsoft-token-fetcher.ts';
import type { OAuth2Settings } from './oauth2-settings.ts';

/** The cached token source for one mailbox (the XOAUTH2 user), from the provider configured. */
export function createAccessTokenSource(settings: OAuth2Settings, mailbox: string): AccessTokenSource {
  const fetchToken =
    settings.provider === 'microsoft'
      ? createMicrosoftTokenFetcher(settings)
      : createGoogleTokenFetcher(settings, mailbox);
  return cacheAccessTokens({ fetchToken });
}
