import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { DatabaseTarget } from './database-target.ts';
import { createPGliteAdapterFactory, type PGliteFactoryOptions } from './pglite-adapter-factory.ts';
import { createPostgresAdapterFactory } from './postgres-adapter-factory.ts';

/**
 * The driver adapter for a target, used both by the application's PrismaClient and by the Prisma
 * CLI (prisma.config.ts), so migrations and queries go through the same code.
 */
export function createAdapterFactory(
  target: DatabaseTarget,
  options: PGliteFactoryOptions = {},
): SqlMigrationAwareDriverAdapterFactory {
  return target.kind === 'postgres'
    ? createPostgresAdapterFactory(target.url)
    : createPGliteAdapterFactory(target.dataDir, options);
}
