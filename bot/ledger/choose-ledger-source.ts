import { createMoneybirdSource } from '../../channels/ledger/moneybird/create-moneybird-source.ts';
import { readMoneybirdConfig } from '../../channels/ledger/moneybird/read-moneybird-config.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import type { LedgerPage, LedgerSource } from '../../domain/ledger/ledger-source.ts';
import { listLedgerConnections } from '../../prisma/ledger-connections/list-ledger-connections.ts';
import type { Database } from '../../prisma/open-database.ts';
import { createExactOnlineSource } from './create-exact-online-source.ts';
import { loadLedgerToken } from './load-ledger-token.ts';
import { readLedgerSettings } from './read-ledger-settings.ts';
import { reportRefusedToken } from './report-refused-token.ts';

export const SYNCABLE_SOURCES = ['moneybird', 'exact-online'] as const;
export type SyncableSource = (typeof SYNCABLE_SOURCES)[number];

/**
 * The accounting package a sync reads: the one named (`--source`), else the one connected with
 * `collections connect` (or Moneybird through MONEYBIRD_TOKEN); two at once must be named. null:
 * none. The source is resolved again at every sync, so serve picks up a connection made, renewed
 * or revoked while it runs: Exact Online from its stored, rotating tokens; Moneybird from the
 * token `connect moneybird` stored (sealed), else MONEYBIRD_TOKEN. A stored Moneybird token the
 * package refuses marks the connection revoked and tells finance once (reportRefusedToken).
 */
export async function chooseLedgerSource({
  env,
  db,
  name,
  log = () => {},
}: {
  env: NodeJS.ProcessEnv;
  db: Pick<Database, 'prisma'>;
  name?: SyncableSource | undefined;
  log?: (line: string) => void;
}): Promise<LedgerSource | null> {
  const settings = readLedgerSettings(env);
  const moneybird = readMoneybirdConfig(env);
  const moneybirdEnv = moneybird.token;
  const stored = new Set((await listLedgerConnections({ prisma: db.prisma })).map((c) => c.source));
  let wanted: SyncableSource | null = name ?? null;
  if (wanted === null) {
    const candidates = new Set<SyncableSource>(stored);
    if (moneybirdEnv) candidates.add('moneybird');
    if (candidates.size > 1) {
      throw new AppError(
        'INPUT_INVALID',
        `Both ${[...candidates].join(' and ')} are connected: name the one to sync with --source.`,
      );
    }
    wanted = [...candidates][0] ?? null;
  }
  if (wanted === null) return null;

  if (wanted === 'exact-online') {
    return {
      name: 'exact-online',
      async *readChanges(input) {
        const exact = await createExactOnlineSource({ db, settings, log });
        yield* exact.readChanges(input);
      },
    };
  }

  if (!stored.has('moneybird') && !moneybirdEnv) {
    throw new AppError(
      'CONFIG_INVALID',
      'Moneybird is not connected: run `collections connect moneybird --token - --administration ID` (or set MONEYBIRD_TOKEN and MONEYBIRD_ADMINISTRATION_ID). See README, "Connecting the books".',
    );
  }
  return {
    name: 'moneybird',
    async *readChanges(input): AsyncIterable<LedgerPage> {
      // A token stored with `connect moneybird` wins over the setting; read at every sync.
      const fromStore = stored.has('moneybird') || settings.tokenKey !== null;
      const storedToken = fromStore
        ? await loadLedgerToken({ db, settings, source: 'moneybird' }).catch((error: unknown) => {
            if (moneybirdEnv && error instanceof AppError && error.code === 'NOT_FOUND') return null;
            throw error;
          })
        : null;
      const connection = storedToken
        ? { administrationId: storedToken.administration, token: storedToken.token }
        : moneybirdEnv
          ? { administrationId: moneybirdEnv.administrationId, token: moneybirdEnv.token }
          : null;
      if (!connection) {
        throw new AppError(
          'CONFIG_INVALID',
          'Moneybird is not connected: run `collections connect moneybird`.',
        );
      }
      // Opened once per sync and kept in memory; read again only when Moneybird refuses it (a
      // token `connect moneybird` rotated meanwhile).
      let token = connection.token;
      const source = createMoneybirdSource({
        connection: {
          baseUrl: moneybird.baseUrl,
          administrationId: connection.administrationId,
          getToken: async ({ fresh = false } = {}) => {
            if (fresh && storedToken)
              token = (await loadLedgerToken({ db, settings, source: 'moneybird' })).token;
            return token;
          },
        },
        transport: { log },
      });
      try {
        yield* source.readChanges(input);
      } catch (error) {
        if (storedToken && error instanceof AppError && error.code === 'UNAUTHORIZED') {
          throw await reportRefusedToken({
            db,
            settings,
            source: 'moneybird',
            administration: connection.administrationId,
            reason: 'Moneybird refused the stored API token (401)',
            log,
          });
        }
        throw error;
      }
    },
  };
}
