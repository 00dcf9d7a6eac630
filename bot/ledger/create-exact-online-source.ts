import { createExactOnlineCaller } from '../../channels/ledger/exact-online/create-exact-online-caller.ts';
import { createExactOnlineLedger } from '../../channels/ledger/exact-online/create-exact-online-ledger.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import type { LedgerSource } from '../../domain/ledger/ledger-source.ts';
import { loadLedgerConnection } from '../../prisma/ledger-connections/load-ledger-connection.ts';
import type { Database } from '../../prisma/open-database.ts';
import { createExactOnlineTokens } from './create-exact-online-tokens.ts';
import { describeRevokedConnection } from './describe-revoked-connection.ts';
import { type LedgerSettings, requireTokenKey } from './read-ledger-settings.ts';

/**
 * The Exact Online ledger source of this installation: the connected division, its stored tokens
 * (refreshed and rotated as they run out), the API's rate limits honoured. Refuses, with what to
 * do, when Exact Online is not set up, not connected or its grant was revoked.
 */
export async function createExactOnlineSource({
  db,
  settings,
  fetch,
  log,
  now,
  sleep,
  retryDelayMs,
}: {
  db: Pick<Database, 'prisma'>;
  settings: LedgerSettings;
  fetch?: typeof globalThis.fetch;
  log?: (line: string) => void;
  now?: () => Date;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  retryDelayMs?: number;
}): Promise<LedgerSource> {
  const exact = settings.exactOnline;
  if (!exact) {
    throw new AppError(
      'CONFIG_INVALID',
      'Exact Online is not set up: set EXACT_ONLINE_CLIENT_ID, EXACT_ONLINE_CLIENT_SECRET and PUBLIC_BASE_URL (README, "Connecting the books").',
    );
  }
  const key = requireTokenKey(settings);
  const connection = await loadLedgerConnection({ prisma: db.prisma, key, source: 'exact-online' });
  if (!connection) {
    throw new AppError(
      'NOT_FOUND',
      'Exact Online is not connected: run `collections connect exact-online` first.',
    );
  }
  if (connection.status === 'revoked') {
    throw new AppError(
      'UNAUTHORIZED',
      describeRevokedConnection({
        source: 'exact-online',
        administration: connection.administration,
        reason: connection.revokedReason ?? 'revoked',
      }),
    );
  }
  const tokens = createExactOnlineTokens({
    db,
    key,
    exact,
    administration: connection.administration,
    financeChannel: settings.financeChannel,
    ...(fetch ? { fetch } : {}),
    ...(now ? { now } : {}),
    ...(log ? { log } : {}),
  });
  const get = createExactOnlineCaller({
    tokens,
    ...(fetch ? { fetch } : {}),
    ...(now ? { now: () => now().getTime() } : {}),
    ...(sleep ? { sleep } : {}),
    ...(retryDelayMs !== undefined ? { retryDelayMs } : {}),
    ...(log ? { log } : {}),
  });
  return createExactOnlineLedger({
    apiUrl: `${exact.baseUrl}/api/v1/${encodeURIComponent(connection.administration)}`,
    get,
  });
}
