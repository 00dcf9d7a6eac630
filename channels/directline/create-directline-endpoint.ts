import { WebSocketServer } from 'ws';
import { createRateLimiter } from '../http/create-rate-limiter.ts';
import { type ActivityHub, createActivityHub } from './create-activity-hub.ts';
import { createAppendQueue } from './create-append-queue.ts';
import { createConversationRoutes } from './create-conversation-routes.ts';
import { createDirectLineAccess } from './create-directline-access.ts';
import { createStreamUpgrade } from './create-stream-upgrade.ts';
import { createTokenRoutes } from './create-token-routes.ts';
import type {
  DirectLineActivity,
  DirectLineBotPort,
  DirectLineConversation,
  DirectLineRoute,
  DirectLineSettings,
  DirectLineStorePort,
} from './directline-types.ts';
import { type DirectLineHandler, guardDirectLineRoute } from './guard-directline-route.ts';

export interface DirectLineEndpoint {
  readonly routes: readonly DirectLineRoute[];
  /** Appends a bot activity to a conversation's log and pushes it to open streams. */
  send(conversationId: string, activity: DirectLineActivity): Promise<{ id: string; seq: number }>;
  isStreaming(conversationId: string): boolean;
  start(): void;
  stop(): void;
}

/**
 * A Direct Line 3.0-compatible endpoint of our own, so botframework-webchat works unchanged
 * without Azure: tokens (generated from a payment link, refreshed), conversations, activities by
 * watermark, and a WebSocket stream. Every token is bound to one conversation and invoice and
 * expires; the sender of an activity is taken from the token, not from the client.
 */
export function createDirectLineEndpoint({
  store,
  bot,
  settings,
  log = () => undefined,
  now = () => new Date(),
}: {
  store: DirectLineStorePort;
  bot: DirectLineBotPort;
  settings: DirectLineSettings;
  log?: (line: string) => void;
  now?: () => Date;
}): DirectLineEndpoint {
  const hub: ActivityHub = createActivityHub();
  const perToken = createRateLimiter({ limit: settings.ratePerTokenPerMinute });
  const perAddress = createRateLimiter({ limit: settings.ratePerAddressPerMinute });
  // Each token opens a conversation (a database row, a greeting turn): a leaked or scripted link
  // must not mint them without end, from however many addresses.
  const perLink = createRateLimiter({
    limit: settings.tokensPerLink.limit,
    windowMs: settings.tokensPerLink.windowMs,
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: settings.maxBodyBytes });
  const append = createAppendQueue({ store, hub });
  const access = createDirectLineAccess({ store, settings, perToken, now });
  const guard = (handler: DirectLineHandler) =>
    guardDirectLineRoute({ perAddress, trustedProxies: settings.trustedProxies, handler });
  const upgrade = createStreamUpgrade({
    store,
    bot,
    settings,
    access,
    hub,
    wss,
    perAddress,
    perToken,
    log,
    now,
  });
  const routes: DirectLineRoute[] = [
    ...createTokenRoutes({ store, bot, settings, access, guard, perLink, now }),
    ...createConversationRoutes({ store, bot, settings, access, guard, append, upgrade, log, now }),
  ];
  let keepAliveTimer: NodeJS.Timeout | null = null;

  return {
    routes,
    send: (conversationId, activity) => append(conversationId, activity),
    isStreaming: (conversationId) => hub.hasSubscribers(conversationId),
    start() {
      keepAliveTimer = setInterval(() => hub.keepAlive(), settings.keepAliveMs);
      keepAliveTimer.unref();
    },
    stop() {
      if (keepAliveTimer) clearInterval(keepAliveTimer);
      hub.closeAll();
      wss.close();
    },
  };
}

export type { DirectLineConversation, DirectLineSettings };
