import { startLedgerAuthorization } from '../../prisma/ledger-connections/start-ledger-authorization.ts';
import type { Database } from '../../prisma/open-database.ts';
import type { ExactOnlineSettings } from './read-ledger-settings.ts';

/**
 * The sign-in URL for `collections connect exact-online` (OAuth 2.0 authorization code): Exact
 * Online's /api/oauth2/auth with our app, the callback on serve and a fresh state bound to a row
 * that lives 15 minutes and is good for one callback.
 */
export async function startExactOnlineSignIn({
  db,
  exact,
  now = new Date(),
}: {
  db: Pick<Database, 'prisma'>;
  exact: ExactOnlineSettings;
  now?: Date;
}): Promise<{ url: string; expiresAt: Date }> {
  const { state, expiresAt } = await startLedgerAuthorization({
    prisma: db.prisma,
    source: 'exact-online',
    now,
  });
  const url = new URL(`${exact.baseUrl}/api/oauth2/auth`);
  url.searchParams.set('client_id', exact.clientId);
  url.searchParams.set('redirect_uri', exact.redirectUri);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('state', state);
  // Sign in as whoever is signed in to Exact Online in that browser, or ask.
  url.searchParams.set('force_login', '0');
  return { url: url.toString(), expiresAt };
}
