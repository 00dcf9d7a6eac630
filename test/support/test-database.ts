import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseTarget } from '../../prisma/database-target.ts';
import { type Database, openDatabase } from '../../prisma/open-database.ts';

export interface TestDatabase extends Database {
  /** The environment a child process (the CLI) needs to reach this database. */
  readonly env: Record<string, string>;
}

/**
 * A fresh, empty database per call. Without DATABASE_URL: PGlite in a temp directory. With
 * DATABASE_URL (CI runs the suite both ways): a new database on that PostgreSQL server, dropped
 * again on close, so test files never see each other's rows.
 */
export async function createTestTarget({
  postgresUrl = process.env.DATABASE_URL,
}: {
  /** A PostgreSQL server to make the database on; PGlite when unset. */
  postgresUrl?: string | undefined;
} = {}): Promise<{
  target: DatabaseTarget;
  env: Record<string, string>;
  drop: () => Promise<void>;
}> {
  const url = postgresUrl;
  if (!url) {
    const dir = mkdtempSync(path.join(tmpdir(), 'collections-pglite-'));
    return {
      target: { kind: 'pglite', dataDir: dir },
      env: { PGLITE_DATA_DIR: dir, DATABASE_URL: '' },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  return {
    target: { kind: 'postgres', url: testUrl.toString() },
    env: { DATABASE_URL: testUrl.toString() },
    drop: () => dropTestDatabase(url, name),
  };
}

/**
 * Drops a test database that sessions of ours may still hold. Not `WITH (FORCE)`: that refuses
 * when an autovacuum worker is on the database ("must be a member of the role whose process is
 * being terminated"), because our role may not signal it. So we end our own role's sessions, and
 * a plain DROP DATABASE cancels autovacuum itself and waits up to 5 s for the sessions to go.
 */
async function dropTestDatabase(url: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (let attempt = 1; ; attempt++) {
      await client.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = $1 AND pid <> pg_backend_pid() AND usename = current_user`,
        [name],
      );
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}"`);
        return;
      } catch (error) {
        // 55006 object_in_use: a session took longer than 5 s to go; ask again.
        if ((error as { code?: string }).code !== '55006' || attempt === 3) throw error;
      }
    }
  } finally {
    await client.end();
  }
}

export async function createTestDatabase({
  migrate = true,
}: {
  migrate?: boolean;
} = {}): Promise<TestDatabase> {
  const { target, env, drop } = await createTestTarget();
  const db = await openDatabase({ target, migrate });
  return {
    ...db,
    env,
    close: async () => {
      await db.close();
      await drop();
    },
  };
}

/**
 * Opens the database for a few checks and closes it again: the embedded database admits one
 * process at a time, so a test must not hold it open while the CLI it spawned works on it.
 */
export async function withDatabase<T>(
  target: DatabaseTarget,
  work: (db: Database) => Promise<T>,
): Promise<T> {
  const db = await openDatabase({ target });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}
