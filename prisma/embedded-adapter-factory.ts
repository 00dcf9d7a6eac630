import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { AppError } from '../domain/errors/app-error.ts';
import { createPGliteAdapterFactory, type PGliteFactoryOptions } from './pglite-adapter-factory.ts';
import { createPostgresAdapterFactory } from './postgres-adapter-factory.ts';
import { type DataDirOwner, readDataDirOwner } from './read-data-dir-owner.ts';
import { toSocketDatabaseUrl } from './socket/to-socket-database-url.ts';

// Serve names its socket once its migrations are applied: seconds after it took the directory,
// longer on a first start with every migration to apply.
const WAIT_FOR_SOCKET_MS = 60_000;

/**
 * The embedded database for a command: while `collections serve` holds the data directory, its
 * socket (as PostgreSQL, through the pg adapter); otherwise the directory itself, in this process,
 * as before. Decided on the first connection and kept for the factory's life: a command opened
 * in-process holds the lock, so no serve can start under it.
 */
export function createEmbeddedAdapterFactory(
  dataDir: string,
  options: PGliteFactoryOptions = {},
): SqlMigrationAwareDriverAdapterFactory {
  const pglite = createPGliteAdapterFactory(dataDir, options);
  if (dataDir.startsWith('memory://')) return pglite;
  let served: { factory: SqlMigrationAwareDriverAdapterFactory; owner: DataDirOwner } | null = null;
  let inProcess = false;

  const findServe = async () => {
    const owner = await waitForServeSocket(dataDir);
    if (owner?.role === 'serve' && !owner.socket) {
      throw new AppError(
        'DATABASE_UNAVAILABLE',
        `"collections serve" (pid ${owner.pid}) took the embedded database in ${dataDir} but has not been ready for ${WAIT_FOR_SOCKET_MS / 1000} s. Look at its log, or stop it; then try again.`,
      );
    }
    if (owner?.socket)
      served = { factory: createPostgresAdapterFactory(toSocketDatabaseUrl(owner.socket)), owner };
    return served;
  };

  return {
    provider: 'postgres',
    adapterName: pglite.adapterName,
    connect: async () => {
      const route = served ?? (inProcess ? null : await findServe());
      if (route) return connectThroughServe(route.factory, route.owner);
      try {
        const adapter = await pglite.connect();
        inProcess = true;
        return adapter;
      } catch (error) {
        // Serve took the directory between our look and our lock.
        const late = await findServe();
        if (late) return connectThroughServe(late.factory, late.owner);
        throw error;
      }
    },
    connectToShadowDb: () => pglite.connectToShadowDb(),
  };
}

async function waitForServeSocket(dataDir: string): Promise<DataDirOwner | null> {
  const deadline = Date.now() + WAIT_FOR_SOCKET_MS;
  for (;;) {
    const owner = readDataDirOwner(dataDir);
    if (owner?.role !== 'serve' || owner.socket || Date.now() > deadline) return owner;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Connects and asks once, so a serve that stopped or hangs is named as such, not as a pg error. */
async function connectThroughServe(
  factory: SqlMigrationAwareDriverAdapterFactory,
  owner: DataDirOwner,
): Promise<SqlDriverAdapter> {
  const adapter = await factory.connect();
  try {
    await adapter.queryRaw({ sql: 'SELECT 1', args: [], argTypes: [] });
    return adapter;
  } catch (cause) {
    await adapter.dispose().catch(() => undefined);
    throw new AppError(
      'DATABASE_UNAVAILABLE',
      `"collections serve" (pid ${owner.pid}) holds the embedded database, but its socket ${owner.socket} did not answer: ${describeCause(cause)}. Check that serve runs and answers (GET /health), or stop it; then try again.`,
      { cause },
    );
  }
}

function describeCause(cause: unknown): string {
  const original = (cause as { cause?: unknown })?.cause ?? cause;
  return original instanceof Error ? original.message : String(original);
}
