import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { createAdapterFactory } from './prisma/adapter-factory.ts';
import { prismaCliUrl, resolveDatabaseTarget } from './prisma/database-target.ts';

// The Prisma CLI (migrate, generate, db push) uses the same driver adapters as the application:
// no native engine is downloaded, and PGlite and PostgreSQL are served by one configuration.
const target = resolveDatabaseTarget(process.env);
// The schema's datasource reads env("DATABASE_URL"); for the embedded target it gets a placeholder.
process.env.DATABASE_URL = prismaCliUrl(target);

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  async adapter() {
    // The CLI does not always dispose the adapter; an idle PGlite closes itself so it can exit.
    return createAdapterFactory(target, { closeWhenIdleMs: 500 });
  },
});
