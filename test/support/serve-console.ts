import { buildConsoleChannel } from '../../bot/cli/serve/build-console-channel.ts';
import type { AppConfig } from '../../bot/config/load-config.ts';
import { createHttpServer } from '../../bot/server/create-http-server.ts';
import type { Database } from '../../prisma/open-database.ts';
import type { SmtpSink } from './start-smtp-sink.ts';

export interface ServedConsole {
  /** http://127.0.0.1:<port>: CONSOLE_BASE_URL. */
  readonly baseUrl: string;
  /** Stops the HTTP server (open connections too) and the console's services. */
  close(): Promise<void>;
}

/**
 * The staff console as `collections serve` builds it (buildConsoleChannel from settings) on our
 * HTTP server at 127.0.0.1:`port`, sending its mail (sign-in links) to `smtp`. `env` adds
 * settings or overrides the sender's (OIDC_*, EMAIL_FROM, SLACK_ACCOUNT_OWNERS, ...). For the
 * console tests' harness, the benchmark and the README's screenshots.
 */
export async function serveConsole({
  config,
  db,
  smtp,
  port,
  env = {},
  log = () => undefined,
  now,
}: {
  config: AppConfig;
  db: Database;
  smtp: Pick<SmtpSink, 'host' | 'port'>;
  port: number;
  env?: Record<string, string>;
  log?: (line: string) => void;
  now?: () => Date;
}): Promise<ServedConsole> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const parts = await buildConsoleChannel({
    config,
    db,
    env: {
      CONSOLE_BASE_URL: baseUrl,
      SMTP_HOST: smtp.host,
      SMTP_PORT: String(smtp.port),
      EMAIL_FROM: 'console@acme.example',
      EMAIL_REPLY_TOKEN_SECRET: 'reply-token-secret-0123456789abcdef0123',
      ...env,
    },
    log,
    ...(now ? { now } : {}),
  });
  const server = createHttpServer({ routes: parts.routes, health: async () => ({ ok: true }), log });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    baseUrl,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      for (const service of parts.services) await service.stop();
    },
  };
}
