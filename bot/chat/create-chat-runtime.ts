import type { Activity, ActivityHandler, Storage } from 'botbuilder';
import {
  createDirectLineEndpoint,
  type DirectLineEndpoint,
} from '../../channels/directline/create-directline-endpoint.ts';
import { verifyPaymentLinkToken } from '../../channels/web/payment-link-token.ts';
import type { Understand } from '../../domain/messages/understanding.ts';
import type { CollectionsPolicy } from '../../domain/policy/collections-policy.ts';
import { createChatStateStorage } from '../../prisma/chat-state/create-chat-state-storage.ts';
import { createDirectLineStore } from '../../prisma/chat-state/create-directline-store.ts';
import { loadChatInvoice } from '../../prisma/ledger/load-chat-invoice.ts';
import type { Database } from '../../prisma/open-database.ts';
import type { ChannelCapabilities } from '../server/read-channel-capabilities.ts';
import type { HttpRoute, Service } from '../server/service.ts';
import type { ChatDeps } from './chat-deps.ts';
import { textsFor } from './chat-texts.ts';
import { createBotFrameworkRoute } from './create-bot-framework-route.ts';
import { createChatBot, MAX_CHAT_TEXT } from './create-chat-bot.ts';
import { type ChatNoticeService, createChatNoticeService } from './create-chat-notice-service.ts';
import { createSessionResolver } from './create-session-resolver.ts';
import { DIRECTLINE_BOT, DirectLineBotAdapter } from './directline-bot-adapter.ts';
import type { ChatConfig } from './read-chat-config.ts';

export interface ChatRuntime {
  readonly routes: readonly HttpRoute[];
  readonly services: readonly Service[];
  readonly bot: ActivityHandler;
  readonly endpoint: DirectLineEndpoint;
  readonly notices: ChatNoticeService;
}

/**
 * The chat, wired: dialog state in the database, the bot, our Direct Line endpoint with its
 * adapter, the notice deliverer, and (with Bot Framework credentials, or when asked for) the
 * CloudAdapter route for Azure Bot Service.
 */
export function createChatRuntime({
  db,
  config,
  policy,
  log,
  capabilities,
  understand,
  mountBotFrameworkRoute = config.botFramework !== null,
  keepAliveMs = 20_000,
  now = () => new Date(),
}: {
  db: Database;
  config: ChatConfig;
  policy: CollectionsPolicy;
  log: (line: string) => void;
  /** What the installation can do (a staff channel, a payment provider, bank details). */
  capabilities: ChannelCapabilities;
  understand?: Understand;
  mountBotFrameworkRoute?: boolean;
  /** Empty stream messages that keep idle WebSockets open through proxies. */
  keepAliveMs?: number;
  now?: () => Date;
}): ChatRuntime {
  const store = createDirectLineStore({ prisma: db.prisma });
  const storage = createChatStateStorage({ prisma: db.prisma }) as Storage;
  const deps: ChatDeps = {
    db,
    policy,
    log,
    now,
    capabilities,
    resolveSession: createSessionResolver({ db, store, paymentLinkSecret: config.paymentLinkSecret, now }),
    ...(understand ? { understand } : {}),
  };
  const bot = createChatBot(deps, storage);
  let endpointRef: DirectLineEndpoint | null = null;
  const adapter = new DirectLineBotAdapter(
    (conversationId, activity) => endpointRef!.send(conversationId, activity),
    now,
  );
  adapter.onTurnError = async (context, error) => {
    log(`chat: turn failed in ${context.activity.conversation?.id}: ${error.stack ?? error.message}`);
    const session = await deps.resolveSession(context).catch(() => null);
    await context
      .sendActivity(textsFor(session?.language ?? 'nl', capabilities).sorry)
      .catch(() => undefined);
  };
  const notices = createChatNoticeService({
    db,
    send: (conversationId, activity) => endpointRef!.send(conversationId, activity),
    isStreaming: (conversationId) => endpointRef!.isStreaming(conversationId),
    intervalMs: config.noticeIntervalMs,
    log,
    capabilities,
    now,
  });
  const endpoint = createDirectLineEndpoint({
    store,
    log,
    now,
    settings: {
      tokenSecret: config.directLineSecret,
      tokenTtlSeconds: config.tokenTtlSeconds,
      verifyLinkToken: (token, at) => {
        const check = verifyPaymentLinkToken(config.paymentLinkSecret, token, at);
        return check.ok ? { invoiceId: check.invoiceId, expiresAt: check.expiresAt } : null;
      },
      botId: DIRECTLINE_BOT.id,
      ratePerTokenPerMinute: config.ratePerTokenPerMinute,
      ratePerAddressPerMinute: config.ratePerAddressPerMinute,
      trustedProxies: config.trustedProxies,
      tokensPerLink: config.tokensPerLink,
      maxBodyBytes: 16 * 1024,
      activity: { maxTextLength: MAX_CHAT_TEXT, allowedEvents: ['webchat/join'] },
      keepAliveMs,
      pageSize: 100,
    },
    bot: {
      resolveInvoice: async (invoiceId) => {
        const invoice = await loadChatInvoice({ prisma: db.prisma, invoiceId });
        return invoice
          ? { debtorId: invoice.debtorId, locale: invoice.language === 'nl' ? 'nl-NL' : 'en-GB' }
          : null;
      },
      conversationStarted: (conversation) =>
        adapter.processActivity(
          {
            type: 'conversationUpdate',
            channelId: 'directline',
            conversation: { id: conversation.id } as Activity['conversation'],
            from: { id: conversation.userId, role: 'user' } as Activity['from'],
            recipient: {
              id: DIRECTLINE_BOT.id,
              name: DIRECTLINE_BOT.name,
              role: 'bot',
            } as Activity['recipient'],
            membersAdded: [
              { id: DIRECTLINE_BOT.id, name: DIRECTLINE_BOT.name },
              { id: conversation.userId },
            ] as Activity['membersAdded'],
            locale: conversation.locale ?? undefined,
            timestamp: now(),
          },
          (context) => bot.run(context),
        ),
      activityReceived: (_conversation, activity) =>
        adapter.processActivity(activity as unknown as Partial<Activity>, (context) => bot.run(context)),
      streamOpened: async (conversation) => {
        await notices.deliverTo(conversation);
      },
    },
  });
  endpointRef = endpoint;
  const routes: HttpRoute[] = [...endpoint.routes];
  if (mountBotFrameworkRoute)
    routes.push(createBotFrameworkRoute({ bot, credentials: config.botFramework, log, capabilities }).route);
  const services: Service[] = [
    {
      name: 'chat-directline',
      start: async () => endpoint.start(),
      stop: async () => endpoint.stop(),
    },
    notices.service,
  ];
  return { routes, services, bot, endpoint, notices };
}
