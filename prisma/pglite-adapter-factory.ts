import { mkdirSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { AppError } from '../domain/errors/app-error.ts';
import { createPGlite } from './create-pglite.ts';
import { lockDataDir } from './lock-data-dir.ts';

export interface PGliteFactoryOptions {
  /**
   * Close the database after this many idle milliseconds and reopen it on the next query.
   * For the Prisma CLI only: some of its commands (`migrate status`, a `migrate deploy` with
   * nothing to apply) never dispose the adapter, and an open PGlite keeps a timer alive, so the
   * command would never exit.
   */
  readonly closeWhenIdleMs?: number;
}

/**
 * PGlite keeps its data directory open and exclusive while an instance lives, and an unclosed
 * instance keeps the process alive. The published adapter's dispose() does not close the
 * instance, so this factory owns it. Prisma's migration engine connects more than once; a second
 * PGlite on the same directory would wait forever for the first, so all connections of a factory
 * share one instance, and the last dispose closes it.
 */
export function createPGliteAdapterFactory(
  dataDir: string,
  options: PGliteFactoryOptions = {},
): SqlMigrationAwareDriverAdapterFactory {
  const shared = new SharedPGlite(dataDir, options.closeWhenIdleMs);
  return {
    provider: 'postgres',
    adapterName: 'pglite-prisma-adapter',
    connect: async () => shared.connect(),
    connectToShadowDb: async () => new SharedPGlite('memory://', undefined).connect(),
  };
}

/**
 * PGlite runs PostgreSQL inside this process, and its statements run to completion inside
 * promise callbacks: under load, chains of statements kept the microtask queue busy for tens of
 * milliseconds at a time. Node accepts a new TCP connection and then drains that queue before
 * it accepts the next one. So in a burst, a visitor's new connection waited behind everyone's
 * queries: up to 17 s in bench:chat's closed loop, while requests on open connections were
 * served in milliseconds. Each statement therefore starts in a macrotask of its own, and network
 * I/O gets its turn between statements.
 */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

class SharedPGlite {
  private open: Promise<OpenPGlite> | null = null;
  private users = 0;
  private busy = 0;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataDir: string,
    private readonly closeWhenIdleMs: number | undefined,
  ) {}

  async connect(): Promise<SqlDriverAdapter> {
    this.users += 1;
    try {
      await this.ensureOpen();
    } catch (error) {
      this.users -= 1;
      throw error;
    }
    let disposed = false;
    const first = await this.ensureOpen();
    return {
      provider: first.adapter.provider,
      adapterName: first.adapter.adapterName,
      queryRaw: (query: SqlQuery) => this.use((a) => a.queryRaw(query)),
      executeRaw: (query: SqlQuery) => this.use((a) => a.executeRaw(query)),
      // The published adapter's executeScript neither awaits nor reports PGlite's exec: a failing
      // statement resolved as success (a broken migration looked applied) and left an unhandled
      // rejection behind. The script runs on the instance itself, so a failure rejects here.
      executeScript: (script: string) => this.useDb(async (db) => void (await db.exec(script))),
      startTransaction: (isolationLevel) => this.startTransaction(isolationLevel),
      getConnectionInfo: () => first.adapter.getConnectionInfo?.() ?? { supportsRelationJoins: true },
      dispose: async () => {
        if (disposed) return;
        disposed = true;
        this.users -= 1;
        if (this.users === 0) await this.close();
      },
    };
  }

  private useDb<T>(work: (db: PGlite) => Promise<T>): Promise<T> {
    return this.use(async () => work((await this.ensureOpen()).db));
  }

  private async use<T>(work: (adapter: SqlDriverAdapter) => Promise<T>): Promise<T> {
    this.busy += 1;
    this.cancelIdleClose();
    try {
      await yieldToEventLoop();
      return await work((await this.ensureOpen()).adapter);
    } finally {
      this.busy -= 1;
      this.scheduleIdleClose();
    }
  }

  private async startTransaction(isolationLevel: Parameters<SqlDriverAdapter['startTransaction']>[0]) {
    this.busy += 1;
    this.cancelIdleClose();
    let transaction: Transaction;
    try {
      transaction = await (await this.ensureOpen()).adapter.startTransaction(isolationLevel);
    } catch (error) {
      this.busy -= 1;
      this.scheduleIdleClose();
      throw error;
    }
    // The instance must stay open until the transaction ends.
    const end = (finish: () => Promise<void>) => async () => {
      try {
        await finish();
      } finally {
        this.busy -= 1;
        this.scheduleIdleClose();
      }
    };
    // The published adapter's commit() lets PGlite send COMMIT but drops that statement's error:
    // a commit that fails (a deferred constraint, a full disk) would be reported as stored. So
    // COMMIT is sent here, where its error is seen; PGlite's own COMMIT after it finds no
    // transaction and only warns.
    const commit = async () => {
      try {
        await transaction.executeRaw({ sql: 'COMMIT', args: [], argTypes: [] });
      } catch (error) {
        await transaction.rollback().catch(() => undefined);
        throw error;
      }
      await transaction.commit();
    };
    return Object.assign(Object.create(Object.getPrototypeOf(transaction)), transaction, {
      queryRaw: async (query: SqlQuery) => {
        await yieldToEventLoop();
        return transaction.queryRaw(query);
      },
      executeRaw: async (query: SqlQuery) => {
        await yieldToEventLoop();
        return transaction.executeRaw(query);
      },
      commit: end(commit),
      rollback: end(() => transaction.rollback()),
    }) as Transaction;
  }

  private ensureOpen(): Promise<OpenPGlite> {
    if (!this.open) {
      this.open = openPGlite(this.dataDir);
      this.open.catch(() => {
        this.open = null;
      });
    }
    return this.open;
  }

  private async close(): Promise<void> {
    this.cancelIdleClose();
    const open = this.open;
    this.open = null;
    if (!open) return;
    const { db, unlock } = await open;
    if (db.closed) return;
    await db.close();
    unlock();
  }

  private scheduleIdleClose(): void {
    if (this.closeWhenIdleMs === undefined || this.busy > 0) return;
    this.cancelIdleClose();
    this.idleTimer = setTimeout(() => void this.close(), this.closeWhenIdleMs);
    this.idleTimer.unref();
  }

  private cancelIdleClose(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}

interface OpenPGlite {
  readonly db: PGlite;
  readonly adapter: SqlDriverAdapter;
  readonly unlock: () => void;
}

async function openPGlite(dataDir: string): Promise<OpenPGlite> {
  let db: PGlite;
  let unlock: () => void = () => undefined;
  try {
    if (!dataDir.startsWith('memory://')) {
      mkdirSync(dataDir, { recursive: true });
      unlock = lockDataDir(dataDir, { role: 'command' }).release;
    }
    db = await createPGlite(dataDir, { purpose: 'command' });
  } catch (cause) {
    unlock();
    if (cause instanceof AppError) throw cause;
    throw new AppError(
      'DATABASE_UNAVAILABLE',
      `Could not open the embedded database in ${dataDir}: ${cause instanceof Error ? cause.message : String(cause)}. Check that the directory is writable and that no other process has it open, or set PGLITE_DATA_DIR to another directory.`,
      { cause },
    );
  }
  // pglite-prisma-adapter is built against an older @prisma/driver-adapter-utils whose types
  // differ only in argument-type names it never inspects; at run time the interface is the same.
  const adapter = (await new PrismaPGlite(db).connect()) as unknown as SqlDriverAdapter;
  return { db, adapter, unlock };
}
