/** An access token as the identity provider issued it. */
export interface FetchedToken {
  readonly accessToken: string;
  readonly expiresAt: Date;
}

/** Asks the identity provider for a new token; throws an AppError naming the setting to fix. */
export type FetchToken = () => Promise<FetchedToken>;

/** What a mail transport asks for a token: cached, or fresh when the server refused the cached one. */
export interface AccessTokenSource {
  token(options?: { readonly forceRefresh?: boolean }): Promise<string>;
}

/** Refresh this long before a token expires, so no connection starts with a token about to die. */
const REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * Keeps the last token and fetches a new one when less than five minutes of it are left (half its
 * life for a token that lives under ten minutes), or when a server refused it (`forceRefresh`).
 * Callers asking at the same time share one request to the identity provider.
 */
export function cacheAccessTokens({
  fetchToken,
  now = () => Date.now(),
}: {
  fetchToken: FetchToken;
  now?: () => number;
}): AccessTokenSource {
  let current: { readonly accessToken: string; readonly refreshAt: number } | null = null;
  let pending: Promise<string> | null = null;
  const refresh = (): Promise<string> => {
    pending ??= (async () => {
      try {
        const askedAt = now();
        const fetched = await fetchToken();
        const expiresAt = fetched.expiresAt.getTime();
        const margin = Math.min(REFRESH_MARGIN_MS, Math.max(0, expiresAt - askedAt) / 2);
        current = { accessToken: fetched.accessToken, refreshAt: expiresAt - margin };
        return fetched.accessToken;
      } finally {
        pending = null;
      }
    })();
    return pending;
  };
  return {
    token({ forceRefresh = false } = {}) {
      if (forceRefresh) current = null;
      if (current && now() < current.refreshAt) return Promise.resolve(current.accessToken);
      return refresh();
    },
  };
}
