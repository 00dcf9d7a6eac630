import type { AddressInfo } from 'node:net';
import { loadLetterTemplates } from '../../../channels/email/letters/load-letter-templates.ts';
import { describeError } from '../../../domain/errors/describe-error.ts';
import { describeTarget } from '../../../prisma/database-target.ts';
import { openDatabase } from '../../../prisma/open-database.ts';
import {
  type ServedDatabase,
  serveEmbeddedDatabase,
} from '../../../prisma/socket/serve-embedded-database.ts';
import { type AppConfig, loadConfig } from '../../config/load-config.ts';
import { createHttpServer } from '../../server/create-http-server.ts';
import type { CommandHandler } from '../command.ts';
import { buildChannels } from '../serve/build-channels.ts';
import { buildScheduler } from '../serve/build-scheduler.ts';

/**
 * `collections serve`: the HTTP server (GET /health) plus every configured channel. The embedded
 * database is served on a socket for the other commands (prisma/socket/serve-embedded-database.ts)
 * and migrated on start; PostgreSQL is migrated by `collections db migrate` as a deploy step.
 * Stops cleanly on SIGINT/SIGTERM.
 *
 * Every route, upgrade, worker and timer guards itself (bot/server/create-http-server.ts). As a
 * last line of defence an error that still escapes (an unhandled rejection, an uncaught
 * exception) is logged with its stack and `serve` keeps serving: one bad request must not take
 * every debtor's chat and the mail watcher down. Such a line is a bug to fix, and the fuzz suite
 * (test/integration/bot/serve-fuzz.test.ts) fails when one appears.
 */
export const serveCommand: CommandHandler = async ({ io, env }) => {
  const log = (line: string) => io.stderr.write(`${new Date().toISOString()} ${line}\n`);
  const onRejection = (reason: unknown) =>
    log(`BUG: unhandled rejection (serving on): ${describeError(reason)}`);
  const onException = (error: unknown) =>
    log(`BUG: uncaught exception (serving on): ${describeError(error)}`);
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  try {
    return await serve({ config: loadConfig(env), env, log });
  } finally {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  }
};

async function serve({
  config,
  env,
  log,
}: {
  config: AppConfig;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
}): Promise<number> {
  // Every letter template is compiled and checked before anything starts (a broken company
  // override is refused with its file and line); it runs while the database opens.
  const letters = loadLetterTemplates({ overridesDir: config.templatesDir });
  letters.catch(() => {});
  const served = await serveDatabase(config.database, log);
  try {
    const target = served?.target ?? config.database;
    const db = await openDatabase({ target, migrate: target.kind === 'pglite' });
    served?.announce();
    try {
      const templates = await letters;
      log(
        `letters: ${templates.files.size} templates checked${config.templatesDir ? `, overrides from ${config.templatesDir}` : ''}`,
      );
      return await run({ config, env, log, db });
    } finally {
      await db.close();
    }
  } finally {
    // Last: the socket closes and the embedded database with it, so the process can end.
    await served?.close();
  }
}

async function run({
  config,
  env,
  log,
  db,
}: {
  config: AppConfig;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
  db: Awaited<ReturnType<typeof openDatabase>>;
}): Promise<number> {
  const channels = await buildChannels({ config, db, env, log });
  const routes = channels.routes;
  // The scheduler starts last and stops first: the outbox that sends its letters outlives it.
  const services = [...channels.services, buildScheduler({ config, db, env, log })];
  const server = createHttpServer({
    routes,
    log,
    health: async () => {
      await db.prisma.$queryRaw`SELECT 1`;
      // Whether it is up is all a stranger (or a load balancer) learns; which database and which
      // services run is in the start-up log.
      return { ok: true };
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
  log(`listening on http://${address.address}:${address.port} (database: ${describeTarget(db.target)})`);

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  log('stopping');
  await new Promise<void>((resolve) => server.close(() => resolve()));
  for (const service of [...services].reverse()) await service.stop().catch((error) => log(String(error)));
  return 0;
}

/** The embedded database on disk is served to the other commands; in memory it is serve's alone. */
async function serveDatabase(
  target: AppConfig['database'],
  log: (line: string) => void,
): Promise<ServedDatabase | null> {
  if (target.kind !== 'pglite' || target.dataDir.startsWith('memory://')) return null;
  return serveEmbeddedDatabase({ dataDir: target.dataDir, log });
}
