import { AppError } from '../../domain/errors/app-error.ts';
import type { LedgerConnectionSource } from '../../prisma/ledger-connections/ledger-connection.ts';
import { loadLedgerConnection } from '../../prisma/ledger-connections/load-ledger-connection.ts';
import type { Database } from '../../prisma/open-database.ts';
import { describeRevokedConnection } from './describe-revoked-connection.ts';
import { type LedgerSettings, requireTokenKey } from './read-ledger-settings.ts';

/**
 * The stored token of a package connected with a token (Moneybird's personal API token) and its
 * administration id, opened with LEDGER_TOKEN_KEY; refused, with how to connect, when there is
 * none or it was revoked. Exact Online's tokens rotate: its adapter uses create-exact-online-tokens.ts.
 */
export async function loadLedgerToken({
  db,
  settings,
  source,
}: {
  db: Pick<Database, 'prisma'>;
  settings: LedgerSettings;
  source: LedgerConnectionSource;
}): Promise<{ administration: string; token: string }> {
  const connection = await loadLedgerConnection({
    prisma: db.prisma,
    key: requireTokenKey(settings),
    source,
  });
  if (!connection) {
    throw new AppError(
      'NOT_FOUND',
      source === 'moneybird'
        ? 'Moneybird is not connected: run `collections connect moneybird --token TOKEN --administration ID` first.'
        : 'Exact Online is not connected: run `collections connect exact-online` first.',
    );
  }
  if (connection.status === 'revoked') {
    throw new AppError(
      'UNAUTHORIZED',
      describeRevokedConnection({
        source,
        administration: connection.administration,
        reason: connection.revokedReason ?? 'revoked',
      }),
    );
  }
  return { administration: connection.administration, token: connection.grant.accessToken };
}
