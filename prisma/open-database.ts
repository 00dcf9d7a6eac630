import { AppError } from '../domain/errors/app-error.ts';
import { createAdapterFactory } from './adapter-factory.ts';
import { applyMigrations, type MigrationReport } from './apply-migrations.ts';
import { type DatabaseTarget, describeTarget } from './database-target.ts';
import { PrismaClient } from './generated/client.ts';
import { createDirectSqlClient } from './sql/create-direct-sql-client.ts';
import type { SqlClient } from './sql/sql-client.ts';
import { withStorableArgs } from './with-storable-args.ts';

export interface Database {
  readonly prisma: PrismaClient;
  /** Raw SQL without Prisma's query compiler, on the same database (see createDirectSqlClient). */
  readonly sql: SqlClient;
  readonly target: DatabaseTarget;
  close(): Promise<void>;
}

/**
 * Opens the database for the application. With `migrate: true` pending migrations are applied
 * first (the zero-configuration path: `npm run demo` on a fresh clone). Close it: an open
 * embedded database keeps the process alive and its directory locked.
 */
export async function openDatabase({
  target,
  migrate = false,
}: {
  target: DatabaseTarget;
  migrate?: boolean;
}): Promise<Database & { readonly migrations: MigrationReport | null }> {
  const factory = createAdapterFactory(target);
  // Text PostgreSQL cannot store (NUL, lone surrogates) is made storable at this edge, whichever
  // channel it came from: with-storable-args.ts for Prisma, the adapter factory for the rest.
  const prisma = withStorableArgs(new PrismaClient({ adapter: factory }));
  let migrations: MigrationReport | null = null;
  try {
    // Connect first: the migration's connection then shares the embedded instance instead of
    // opening (and closing) the data directory a second time.
    await prisma.$connect();
    if (migrate) migrations = await migrateTarget(factory);
    const [schema] = await prisma.$queryRaw<
      { migrated: boolean }[]
    >`SELECT to_regclass('public.debtor') IS NOT NULL AS migrated`;
    if (!schema?.migrated) {
      throw new AppError(
        'MIGRATION_FAILED',
        `The database (${describeTarget(target)}) has no tables yet: run "collections db migrate" first.`,
      );
    }
  } catch (cause) {
    await prisma.$disconnect().catch(() => undefined);
    if (cause instanceof AppError) throw cause;
    throw new AppError(
      'DATABASE_UNAVAILABLE',
      `Cannot reach the database (${describeTarget(target)}): ${(cause as Error).message}. Check DATABASE_URL, or unset it to use the embedded database.`,
      { cause },
    );
  }
  // A connection of its own from the same factory: for PGlite the same instance, for PostgreSQL
  // a pool next to Prisma's.
  let adapter: Awaited<ReturnType<typeof factory.connect>>;
  try {
    adapter = await factory.connect();
  } catch (cause) {
    await prisma.$disconnect().catch(() => undefined);
    throw new AppError(
      'DATABASE_UNAVAILABLE',
      `Cannot reach the database (${describeTarget(target)}): ${(cause as Error).message}. Check DATABASE_URL, or unset it to use the embedded database.`,
      { cause },
    );
  }
  return {
    prisma,
    sql: createDirectSqlClient(adapter),
    target,
    migrations,
    close: async () => {
      await adapter.dispose();
      await prisma.$disconnect();
    },
  };
}

/** Applies pending migrations on a connection of its own, closed again before returning. */
export async function migrateDatabase(target: DatabaseTarget): Promise<MigrationReport> {
  return migrateTarget(createAdapterFactory(target));
}

async function migrateTarget(factory: ReturnType<typeof createAdapterFactory>): Promise<MigrationReport> {
  let adapter: Awaited<ReturnType<typeof factory.connect>>;
  try {
    adapter = await factory.connect();
  } catch (cause) {
    throw cause instanceof AppError
      ? cause
      : new AppError('DATABASE_UNAVAILABLE', `Cannot connect to the database: ${(cause as Error).message}`, {
          cause,
        });
  }
  try {
    return await applyMigrations({ adapter });
  } finally {
    await adapter.dispose();
  }
}
