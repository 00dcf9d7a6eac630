import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import { AppError } from '../domain/errors/app-error.ts';

export const MIGRATIONS_DIR = path.join(import.meta.dirname, 'migrations');

// Prisma's own key for its migration lock, so this and `prisma migrate deploy` exclude each other.
const PRISMA_MIGRATE_LOCK_KEY = 72707369;

export interface MigrationReport {
  readonly applied: readonly string[];
  readonly alreadyApplied: readonly string[];
  /** Recorded in the database but not in this checkout: a newer version ran against it. */
  readonly unknownInDatabase: readonly string[];
}

interface LocalMigration {
  readonly name: string;
  readonly sql: string;
  readonly checksum: string;
}

/**
 * Applies the committed Prisma migrations that the database has not seen, keeping Prisma's own
 * bookkeeping (`_prisma_migrations`, same columns, same SHA-256 checksum of migration.sql), so
 * `prisma migrate status` and `prisma migrate deploy` agree with what this did.
 *
 * Why not spawn `prisma migrate deploy`: through a driver adapter it works (see
 * postgres-adapter-factory.ts) but its WebAssembly engine waits ~10 s on a timer before it
 * exits on the embedded database, and the application needs migrations in-process anyway (the
 * demo, the tests). Each migration runs as one script together with its bookkeeping row, in one
 * implicit transaction: it is applied completely or not at all.
 */
export async function applyMigrations({
  adapter,
  migrationsDir = MIGRATIONS_DIR,
}: {
  adapter: SqlDriverAdapter;
  migrationsDir?: string;
}): Promise<MigrationReport> {
  const local = readLocalMigrations(migrationsDir);
  await adapter.executeScript(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`);
  const recorded = await readRecorded(adapter);
  const applied: string[] = [];
  const alreadyApplied: string[] = [];
  for (const migration of local) {
    const rows = recorded.filter((row) => row.name === migration.name && row.rolledBackAt === null);
    if (rows.some((row) => row.finishedAt === null)) {
      throw new AppError(
        'MIGRATION_FAILED',
        `Migration ${migration.name} is recorded as started but not finished in this database (a failed "prisma migrate deploy"). Fix the database by hand, then mark it with "npx prisma migrate resolve --applied ${migration.name}" or "--rolled-back ${migration.name}", and run "collections db migrate" again.`,
      );
    }
    const done = rows.find((row) => row.finishedAt !== null);
    if (done) {
      if (done.checksum !== migration.checksum) {
        throw new AppError(
          'MIGRATION_FAILED',
          `Migration ${migration.name} was changed after it was applied to this database (checksum ${done.checksum.slice(0, 12)}… in the database, ${migration.checksum.slice(0, 12)}… in prisma/migrations). Applied migrations must not be edited: restore the file and add a new migration instead.`,
        );
      }
      alreadyApplied.push(migration.name);
      continue;
    }
    try {
      await adapter.executeScript(
        `SELECT pg_advisory_xact_lock(${PRISMA_MIGRATE_LOCK_KEY});\n${migration.sql}\n;\nINSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "finished_at", "applied_steps_count") VALUES ('${randomUUID()}', '${migration.checksum}', '${migration.name.replaceAll("'", "''")}', now(), clock_timestamp(), 1);`,
      );
    } catch (cause) {
      throw new AppError(
        'MIGRATION_FAILED',
        `Migration ${migration.name} failed and was rolled back, nothing of it was applied: ${(cause as Error).message}`,
        { cause },
      );
    }
    applied.push(migration.name);
  }
  const localNames = new Set(local.map((migration) => migration.name));
  const unknownInDatabase = [...new Set(recorded.map((row) => row.name))].filter(
    (name) => !localNames.has(name),
  );
  return { applied, alreadyApplied, unknownInDatabase };
}

function readLocalMigrations(migrationsDir: string): LocalMigration[] {
  return readdirSync(migrationsDir)
    .filter((name) => statSync(path.join(migrationsDir, name)).isDirectory())
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

interface RecordedMigration {
  readonly name: string;
  readonly checksum: string;
  readonly finishedAt: unknown;
  readonly rolledBackAt: unknown;
}

async function readRecorded(adapter: SqlDriverAdapter): Promise<RecordedMigration[]> {
  const result = await adapter.queryRaw({
    sql: 'SELECT "migration_name", "checksum", "finished_at", "rolled_back_at" FROM "_prisma_migrations" ORDER BY "started_at"',
    args: [],
    argTypes: [],
  });
  return result.rows.map((row) => ({
    name: String(row[0]),
    checksum: String(row[1]),
    finishedAt: row[2] ?? null,
    rolledBackAt: row[3] ?? null,
  }));
}
