import type { AddressInfo } from 'node:net';
import { describeTarget } from '../../../prisma/database-target.ts';
import { openDatabase } from '../../../prisma/open-database.ts';
import { loadConfig } from '../../config/load-config.ts';
import { buildChannels } from '../../server/build-channels.ts';
import { createHttpServer } from '../../server/create-http-server.ts';
import type { CommandHandler } from '../command.ts';

/**
 * `collections serve`: the HTTP server (GET /health) plus every configured channel. The embedded
 * database is migrated on start (nothing else can reach it); PostgreSQL is migrated by
 * `collections db migrate` as a deploy step. Stops cleanly on SIGINT/SIGTERM.
 */
export const serveCommand: CommandHandler = async ({ io, env }) => {
  const config = loadConfig(env);
  const log = (line: string) => io.stderr.write(`${new Date().toISOString()} ${line}\n`);
  const db = await openDatabase({ target: config.database, migrate: config.database.kind === 'pglite' });
  const { services, routes } = await buildChannels({ config, db, env, log });
  const server = createHttpServer({
    routes,
    log,
    health: async () => {
      await db.prisma.$queryRaw`SELECT 1`;
      return { ok: true, database: config.database.kind, services: services.map((service) => service.name) };
    },
  });
  for (const service of services) {
    await service.start();
    log(`started ${service.name}`);
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  log(
    `listening on http://${address.address}:${address.port} (database: ${describeTarget(config.database)})`,
  );

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  log('stopping');
  await new Promise<void>((resolve) => server.close(() => resolve()));
  for (const service of [...services].reverse()) await service.stop().catch((error) => log(String(error)));
  await db.close();
  return 0;
};
