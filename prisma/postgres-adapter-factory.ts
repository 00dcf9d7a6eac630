import { PrismaPg } from '@prisma/adapter-pg';
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { AppError } from '../domain/errors/app-error.ts';
import { forwardAdapter } from './forward-adapter.ts';

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

export function createPostgresAdapterFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
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
  return {
    ...forwardAdapter(adapter, { executeScript: runScript, dispose: () => adapter.dispose() }),
    startTransaction: (isolationLevel) => startReleasingTransaction(adapter, isolationLevel),
  };
}

const ENDS_TRANSACTION = /^\s*(COMMIT|ROLLBACK)\s*;?\s*$/i;

/**
 * @prisma/adapter-pg 6.19 gives a transaction's connection back to the pool only in commit() or
 * rollback(), and Prisma (like our direct SQL client) sends COMMIT itself and calls commit() only
 * when COMMIT succeeded. A COMMIT that fails (a deferred constraint, a serialization failure, a
 * dropped connection) kept its connection for good; ten of them and the pool was dry. Here a
 * failed COMMIT or ROLLBACK gives the connection back before its error goes on.
 */
async function startReleasingTransaction(
  adapter: SqlDriverAdapter,
  isolationLevel: Parameters<SqlDriverAdapter['startTransaction']>[0],
): Promise<Transaction> {
  const transaction = await adapter.startTransaction(isolationLevel);
  let released = false;
  const release = (finish: () => Promise<void>) => async () => {
    if (released) return;
    released = true;
    await finish();
  };
  const rollback = release(() => transaction.rollback());
  return Object.assign(Object.create(Object.getPrototypeOf(transaction)), transaction, {
    queryRaw: (query: SqlQuery) => transaction.queryRaw(query),
    executeRaw: async (query: SqlQuery) => {
      try {
        return await transaction.executeRaw(query);
      } catch (error) {
        if (ENDS_TRANSACTION.test(query.sql)) await rollback().catch(() => undefined);
        throw error;
      }
    },
    commit: release(() => transaction.commit()),
    rollback,
  }) as Transaction;
}
