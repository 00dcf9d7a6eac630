import { describe, expect, it } from 'vitest';
import {
  cacheAccessTokens,
  type FetchedToken,
} from '../../../../../channels/email/oauth2/cache-access-tokens.ts';

/** A token endpoint stand-in: hands out numbered tokens of a given lifetime on a clock we move. */
function provider(lifetimeMs: number) {
  const clock = { now: 1_000_000 };
  let count = 0;
  const waiting: (() => void)[] = [];
  const state = { hold: false };
  const fetchToken = async (): Promise<FetchedToken> => {
    count += 1;
    const issued = { accessToken: `token-${count}`, expiresAt: new Date(clock.now + lifetimeMs) };
    if (state.hold) await new Promise<void>((resolve) => waiting.push(resolve));
    return issued;
  };
  return {
    clock,
    fetchToken,
    fetched: () => count,
    state,
    release: () => {
      for (const go of waiting.splice(0)) go();
    },
  };
}

describe('cacheAccessTokens', () => {
  it('keeps a token until five minutes before it expires, then fetches a new one', async () => {
    const p = provider(60 * 60_000);
    const tokens = cacheAccessTokens({ fetchToken: p.fetchToken, now: () => p.clock.now });
    expect(await tokens.token()).toBe('token-1');
    p.clock.now += 54 * 60_000;
    expect(await tokens.token()).toBe('token-1');
    p.clock.now += 60_000 + 1;
    expect(await tokens.token()).toBe('token-2');
    expect(p.fetched()).toBe(2);
  });

  it('refreshes a short-lived token at half its life, not at once', async () => {
    const p = provider(4_000);
    const tokens = cacheAccessTokens({ fetchToken: p.fetchToken, now: () => p.clock.now });
    expect(await tokens.token()).toBe('token-1');
    p.clock.now += 1_999;
    expect(await tokens.token()).toBe('token-1');
    p.clock.now += 1;
    expect(await tokens.token()).toBe('token-2');
  });

  it('fetches a fresh token when a server refused the cached one', async () => {
    const p = provider(60 * 60_000);
    const tokens = cacheAccessTokens({ fetchToken: p.fetchToken, now: () => p.clock.now });
    expect(await tokens.token()).toBe('token-1');
    expect(await tokens.token({ forceRefresh: true })).toBe('token-2');
    expect(await tokens.token()).toBe('token-2');
  });

  it('asks the identity provider once for callers who ask at the same time', async () => {
    const p = provider(60 * 60_000);
    p.state.hold = true;
    const tokens = cacheAccessTokens({ fetchToken: p.fetchToken, now: () => p.clock.now });
    const asked = [tokens.token(), tokens.token(), tokens.token()];
    await Promise.resolve();
    p.release();
    expect(await Promise.all(asked)).toEqual(['token-1', 'token-1', 'token-1']);
    expect(p.fetched()).toBe(1);
  });

  it('keeps no token when fetching failed: the next caller asks again', async () => {
    const p = provider(60 * 60_000);
    let fail = true;
    const tokens = cacheAccessTokens({
      fetchToken: async () => {
        if (fail) throw new Error('check MS_CLIENT_SECRET');
        return p.fetchToken();
      },
      now: () => p.clock.now,
    });
    await expect(tokens.token()).rejects.toThrow(/MS_CLIENT_SECRET/);
    fail = false;
    expect(await tokens.token()).toBe('token-1');
  });
});
