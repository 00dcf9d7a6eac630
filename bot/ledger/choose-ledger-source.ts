import { createMoneybirdSource } from '../../channels/ledger/moneybird/create-moneybird-source.ts';
import { readMoneybirdConfig } from '../../channels/ledger/moneybird/read-moneybird-config.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import type { LedgerSource, LedgerSourceName } from '../../domain/ledger/ledger-source.ts';

export const SYNCABLE_SOURCES = ['moneybird', 'exact-online'] as const;
export type SyncableSource = (typeof SYNCABLE_SOURCES)[number];

/**
 * The accounting package a sync reads, from the settings: the one named, or the one connected
 * when none is named. Moneybird takes its token from MONEYBIRD_TOKEN for now (the token store of
 * `collections connect` replaces getToken, nothing else).
 */
export function chooseLedgerSource({
  env,
  name,
  log,
}: {
  env: NodeJS.ProcessEnv;
  name?: SyncableSource | undefined;
  log?: (line: string) => void;
}): LedgerSource | null {
  const moneybird = readMoneybirdConfig(env);
  const wanted: LedgerSourceName | null = name ?? (moneybird ? 'moneybird' : null);
  if (wanted === null) return null;
  if (wanted === 'moneybird') {
    if (!moneybird) {
      throw new AppError(
        'CONFIG_INVALID',
        'Moneybird is not connected: set MONEYBIRD_TOKEN (an API token made in Moneybird) and MONEYBIRD_ADMINISTRATION_ID. See README, "Connecting the books".',
      );
    }
    return createMoneybirdSource({
      connection: {
        baseUrl: moneybird.baseUrl,
        administrationId: moneybird.administrationId,
        getToken: async () => moneybird.token,
      },
      transport: log ? { log } : {},
    });
  }
  throw new AppError(
    'CONFIG_INVALID',
    `The ${wanted} sync is not available in this build: connect Moneybird (MONEYBIRD_TOKEN) or import a CSV export with \`collections import\`.`,
  );
}
