import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { DatabaseTarget } from './database-target.ts';
import { createEmbeddedAdapterFactory } from './embedded-adapter-factory.ts';
import type { PGliteFactoryOptions } from './pglite-adapter-factory.ts';
import { createPostgresAdapterFactory } from './postgres-adapter-factory.ts';
import { toSocketDatabaseUrl } from './socket/to-socket-database-url.ts';
import { withStorableText } from './with-storable-text.ts';

/**
 * The driver adapter for a target, used both by the application's PrismaClient and by the Prisma
 * CLI (prisma.config.ts), so migrations and queries go through the same code. Every connection
 * passes text through the storage edge (`with-storable-text.ts`): NUL and lone surrogates,
 * which PostgreSQL cannot store, become U+FFFD instead of failing the statement.
 */
export function createAdapterFactory(
  target: DatabaseTarget,
  options: PGliteFactoryOptions = {},
): SqlMigrationAwareDriverAdapterFactory {
  const factory =
    target.kind === 'postgres'
      ? createPostgresAdapterFactory(target.url)
      : target.socket
        ? createPostgresAdapterFactory(toSocketDatabaseUrl(target.socket))
        : createEmbeddedAdapterFactory(target.dataDir, options);
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => withStorableText(await factory.connect()),
    connectToShadowDb: async () => withStorableText(await factory.connectToShadowDb()),
  };
}
