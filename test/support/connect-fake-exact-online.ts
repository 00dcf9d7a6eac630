import { saveLedgerConnection } from '../../prisma/ledger-connections/save-ledger-connection.ts';
import type { Database } from '../../prisma/open-database.ts';
import type { FakeExactOnline } from './start-exact-online-server.ts';

/**
 * Stores a connection to the loopback Exact Online, as `connect exact-online` leaves it: a fresh
 * grant of the fake, its access token good for ten minutes, sealed with `key`.
 */
export async function connectFakeExactOnline({ prisma }: Database, exact: FakeExactOnline, key: Buffer) {
  const grant = exact.grant();
  await saveLedgerConnection({
    prisma,
    key,
    source: 'exact-online',
    administration: String(exact.division),
    grant: {
      accessToken: grant.accessToken,
      refreshToken: grant.refreshToken,
      expiresAt: new Date(Date.now() + 600_000),
    },
    now: new Date(),
  });
}
