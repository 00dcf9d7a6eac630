import { mkdirSync, rmdirSync } from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { AppError } from '../../domain/errors/app-error.ts';
import { createPGlite } from '../create-pglite.ts';
import type { DatabaseTarget } from '../database-target.ts';
import { lockDataDir } from '../lock-data-dir.ts';
import { chooseSocketPath } from './choose-socket-path.ts';
import { type SocketServer, startSocketServer } from './start-socket-server.ts';

/**
 * Serve's pools, the direct SQL client and every command that runs while serve does: with pg pools
 * of 10 the first two alone may open 20. A connection costs a socket and a buffer, nothing in the
 * database (there is one session), so the limit only stops a runaway client.
 */
const MAX_CONNECTIONS = 100;

/**
 * A connection that holds the session without a statement for this long while others wait is
 * closed (its transaction rolls back): a command stopped halfway must not stop serve.
 */
const OWNER_IDLE_TIMEOUT_MS = 60_000;

export interface ServedDatabase {
  /** The target serve itself connects to: the same data directory, through the socket. */
  readonly target: DatabaseTarget;
  /**
   * Names the socket in the lock file, so other commands come in. Serve calls it once its
   * migrations are applied: a command arriving earlier waits, instead of migrating alongside.
   */
  announce(): void;
  close(): Promise<void>;
}

/**
 * `collections serve` on the embedded database: takes the data directory (refusing a second
 * serve), opens PGlite, and serves it on a Unix socket that the lock file names, so every other
 * `collections` command works while serve runs, as on PostgreSQL. Serve reaches it through the
 * same socket: one queue for every user of the one PGlite session, and no query of serve's runs
 * inside another process's transaction, nor the other way round.
 */
export async function serveEmbeddedDatabase({
  dataDir,
  log,
  ownerIdleTimeoutMs = OWNER_IDLE_TIMEOUT_MS,
}: {
  dataDir: string;
  log: (line: string) => void;
  ownerIdleTimeoutMs?: number;
}): Promise<ServedDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const lock = lockDataDir(dataDir, { role: 'serve' });
  let db: PGlite | null = null;
  let server: SocketServer | null = null;
  try {
    db = await createPGlite(dataDir, { purpose: 'serve' });
    server = await startSocketServer({
      db,
      socketPath: chooseSocketPath(dataDir),
      maxConnections: MAX_CONNECTIONS,
      ownerIdleTimeoutMs,
      log,
    });
  } catch (cause) {
    await server?.close().catch(() => undefined);
    await db?.close().catch(() => undefined);
    lock.release();
    if (cause instanceof AppError) throw cause;
    throw new AppError(
      'DATABASE_UNAVAILABLE',
      `Could not serve the embedded database in ${dataDir}: ${cause instanceof Error ? cause.message : String(cause)}. Check that the directory is writable, or set PGLITE_DATA_DIR to another directory.`,
      { cause },
    );
  }
  const opened = db;
  const listening = server;
  return {
    target: { kind: 'pglite', dataDir, socket: listening.socketPath },
    announce: () => lock.announceSocket(listening.socketPath),
    close: async () => {
      try {
        await listening.close();
        await opened.close();
        try {
          rmdirSync(path.dirname(listening.socketPath));
        } catch {
          // Not empty or already gone: nothing of ours is left in it.
        }
      } finally {
        lock.release();
      }
    },
  };
}
