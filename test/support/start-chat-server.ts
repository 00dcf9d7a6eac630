import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ChatRuntime, createChatRuntime } from '../../bot/chat/create-chat-runtime.ts';
import { readChatConfig } from '../../bot/chat/read-chat-config.ts';
import { createHttpServer } from '../../bot/server/create-http-server.ts';
import type { ChannelCapabilities } from '../../bot/server/read-channel-capabilities.ts';
import type { HttpRoute, Service } from '../../bot/server/service.ts';
import { signPaymentLinkToken } from '../../channels/web/payment-link-token.ts';
import { DEFAULT_POLICY } from '../../domain/policy/collections-policy.ts';
import type { DatabaseTarget } from '../../prisma/database-target.ts';
import { type Database, openDatabase } from '../../prisma/open-database.ts';
import { createTestTarget } from './test-database.ts';

export const CHAT_LINK_SECRET = 'chat-test-link-secret-0123456789abcdef';

export interface ChatServer {
  db: Database;
  runtime: ChatRuntime;
  /** http://127.0.0.1:<port> */
  origin: string;
  /** http://127.0.0.1:<port>/v3/directline */
  base: string;
  readonly target: DatabaseTarget;
  linkToken(invoiceId: string, expiresAt?: Date): string;
  /** Stops server and database, then starts both again on the same data: a process restart. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** Slack and a payment provider configured, no bank details: what most chat tests assume. */
export const FULLY_STAFFED: ChannelCapabilities = {
  staffChannel: true,
  payment: { online: true, iban: null, contactEmail: null },
};

/**
 * Our HTTP server with the chat's routes (Direct Line endpoint, optionally more routes) and
 * services, on a fresh database. `restart()` keeps the database's data and nothing else.
 */
export async function startChatServer({
  env = {},
  extraRoutes = () => [],
  extraServices = () => [],
  mountBotFrameworkRoute,
  capabilities = FULLY_STAFFED,
}: {
  env?: Record<string, string>;
  extraRoutes?: (db: Database) => HttpRoute[];
  extraServices?: (db: Database) => Service[];
  /** Mount POST /api/messages (CloudAdapter) even without an app id, as the Emulator needs. */
  mountBotFrameworkRoute?: boolean;
  /** What the installation can do; by default Slack and a payment provider are there. */
  capabilities?: ChannelCapabilities;
} = {}): Promise<ChatServer> {
  const { target, drop } = await createTestTarget();
  const config = readChatConfig({ PAYMENT_LINK_SECRET: CHAT_LINK_SECRET, ...env });
  if (!config) throw new Error('chat config expected');
  let server: Server;
  let services: Service[] = [];
  let port = 0;
  const state = {} as ChatServer;

  const up = async (migrate: boolean) => {
    const db = await openDatabase({ target, migrate });
    const runtime = createChatRuntime({
      db,
      config,
      policy: DEFAULT_POLICY,
      log: () => undefined,
      capabilities,
      keepAliveMs: 300,
      ...(mountBotFrameworkRoute === undefined ? {} : { mountBotFrameworkRoute }),
    });
    services = [...runtime.services, ...extraServices(db)];
    server = createHttpServer({
      routes: [...runtime.routes, ...extraRoutes(db)],
      health: async () => ({ ok: true }),
    });
    for (const service of services) await service.start();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    Object.assign(state, {
      db,
      runtime,
      origin: `http://127.0.0.1:${port}`,
      base: `http://127.0.0.1:${port}/v3/directline`,
    });
  };
  const down = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    for (const service of [...services].reverse()) await service.stop();
    await state.db.close();
  };

  await up(true);
  return Object.assign(state, {
    target,
    linkToken: (invoiceId: string, expiresAt = new Date(Date.now() + 3_600_000)) =>
      signPaymentLinkToken(CHAT_LINK_SECRET, { invoiceId, expiresAt }),
    restart: async () => {
      await down();
      await up(false);
    },
    close: async () => {
      await down();
      await drop();
    },
  });
}
