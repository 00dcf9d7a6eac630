import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { AppError } from '../domain/errors/app-error.ts';
import type { DatabaseTarget } from './database-target.ts';

/**
 * The driver adapter for a target, used both by the application's PrismaClient and by the Prisma
 * CLI (prisma.config.ts), so migrations and queries go through the same code.
 */
export function createAdapterFactory(target: DatabaseTarget): SqlMigrationAwareDriverAdapterFactory {
  return target.kind === 'postgres' ? createPostgresFactory(target.url) : new PGliteFactory(target.dataDir);
}

// PostgreSQL type OID of `name` (identifiers such as current_schema()) and of `text`.
const NAME_OID = 19;
const TEXT_OID = 25;

type Field = { dataTypeID: number };
type WithFields = { fields?: Field[] } | undefined;

function nameAsText<T>(result: T): T {
  for (const field of (result as WithFields)?.fields ?? []) {
    if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
  }
  return result;
}

/**
 * @prisma/adapter-pg 6.19 cannot map PostgreSQL's `name` type, which the schema engine's own
 * catalogue queries return (current_schema() and friends), so `prisma migrate deploy` through it
 * fails with "Column type 'name' could not be deserialized". `name` is a 63-byte string; reporting
 * it as `text` is exact. This client does that and nothing else, so Prisma's own migration engine
 * can run against a real PostgreSQL through the adapter.
 */
class NameAsTextClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg's query() has many overloads; we pass them through.
  override query(...args: any[]): any {
    const last = args.length - 1;
    if (typeof args[last] === 'function') {
      const callback = args[last];
      args[last] = (error: unknown, result: unknown) => callback(error, error ? result : nameAsText(result));
      // biome-ignore lint/suspicious/noExplicitAny: see above.
      return (super.query as any)(...args);
    }
    // biome-ignore lint/suspicious/noExplicitAny: see above.
    const returned = (super.query as any)(...args);
    return returned && typeof returned.then === 'function' ? returned.then(nameAsText) : returned;
  }
}

function createPostgresFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaPg({ connectionString: url, Client: NameAsTextClient } as pg.PoolConfig);
  const runScript = (script: string) => runScriptInOneRoundTrip(url, script);
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => withScriptRunner(await inner.connect(), runScript),
    connectToShadowDb: async () => withScriptRunner(await inner.connectToShadowDb(), runScript),
  };
}

/**
 * @prisma/adapter-pg 6.19 runs a migration script by splitting it on every ";" and sending the
 * pieces one by one: a PL/pgSQL body (our append-only audit trigger) is cut in half, and a failure
 * halfway leaves half a migration behind. PostgreSQL's simple-query protocol takes the whole
 * script in one round trip and runs it as one implicit transaction, which is what a migration
 * needs: all of it or none of it.
 */
async function runScriptInOneRoundTrip(url: string, script: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.query(script);
  } catch (cause) {
    throw new AppError(
      'MIGRATION_FAILED',
      `The migration script failed on PostgreSQL: ${(cause as Error).message}`,
      {
        cause,
      },
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

function withScriptRunner(
  adapter: SqlDriverAdapter,
  runScript: (script: string) => Promise<void>,
): SqlDriverAdapter {
  return delegate(adapter, { executeScript: runScript, dispose: () => adapter.dispose() });
}

/** An adapter that forwards to another one, with its own executeScript and dispose. */
function delegate(
  adapter: SqlDriverAdapter,
  own: Pick<SqlDriverAdapter, 'executeScript' | 'dispose'>,
): SqlDriverAdapter {
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => adapter.queryRaw(query),
    executeRaw: (query) => adapter.executeRaw(query),
    startTransaction: (isolationLevel) => adapter.startTransaction(isolationLevel),
    getConnectionInfo: () => adapter.getConnectionInfo?.() ?? { supportsRelationJoins: true },
    ...own,
  };
}

/**
 * PGlite keeps its data directory open and exclusive while an instance lives, and an unclosed
 * instance keeps the process alive. The published adapter's dispose() does not close the
 * instance, so this factory owns it. Prisma's migration engine connects more than once (e.g.
 * `migrate status`); a second PGlite on the same directory would wait forever for the first, so
 * connections share one instance, counted, and the last dispose closes it.
 */
class PGliteFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres' as const;
  readonly adapterName = 'pglite-prisma-adapter';
  private shared: { db: Promise<PGlite>; users: number } | null = null;

  constructor(private readonly dataDir: string) {}

  async connect(): Promise<SqlDriverAdapter> {
    if (!this.shared) this.shared = { db: openPGlite(this.dataDir), users: 0 };
    const shared = this.shared;
    shared.users += 1;
    let db: PGlite;
    try {
      db = await shared.db;
    } catch (error) {
      this.shared = null;
      throw error;
    }
    return wrapAdapter(db, async () => {
      shared.users -= 1;
      if (shared.users === 0) {
        if (this.shared === shared) this.shared = null;
        if (!db.closed) await db.close();
      }
    });
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const db = await openPGlite('memory://');
    return wrapAdapter(db, async () => {
      if (!db.closed) await db.close();
    });
  }
}

async function openPGlite(dataDir: string): Promise<PGlite> {
  try {
    if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
    return await PGlite.create(dataDir);
  } catch (cause) {
    throw new AppError(
      'DATABASE_UNAVAILABLE',
      `Could not open the embedded database in ${dataDir}: ${cause instanceof Error ? cause.message : String(cause)}. Check that the directory is writable and that no other process (a running "collections serve") has it open, or set PGLITE_DATA_DIR to another directory.`,
      { cause },
    );
  }
}

async function wrapAdapter(db: PGlite, release: () => Promise<void>): Promise<SqlDriverAdapter> {
  // pglite-prisma-adapter is built against an older @prisma/driver-adapter-utils whose types
  // differ only in argument-type names it never inspects; at run time the interface is the same.
  const adapter = (await new PrismaPGlite(db).connect()) as unknown as SqlDriverAdapter;
  let released = false;
  return delegate(adapter, {
    executeScript: (script) => adapter.executeScript(script),
    dispose: async () => {
      await adapter.dispose();
      if (released) return;
      released = true;
      await release();
    },
  });
}
