import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { TrustedProxies } from '../http/parse-trusted-proxies.ts';

/** An activity as it travels over Direct Line (JSON; the Bot Framework schema, loosely typed). */
export type DirectLineActivity = {
  id?: string;
  type: string;
  [key: string]: unknown;
};

export interface DirectLineConversation {
  readonly id: string;
  readonly invoiceId: string;
  readonly debtorId: string;
  readonly userId: string;
  readonly locale: string | null;
  readonly lastSeq: number;
}

/** Where conversations and activity logs live (prisma/chat implements it on the database). */
export interface DirectLineStorePort {
  createConversation(record: Omit<DirectLineConversation, 'lastSeq'>): Promise<void>;
  findConversation(id: string): Promise<DirectLineConversation | null>;
  appendActivity(
    conversationId: string,
    activity: DirectLineActivity,
  ): Promise<{ seq: number; activity: { id?: string; [key: string]: unknown } }>;
  listActivities(
    conversationId: string,
    afterSeq: number,
    limit: number,
  ): Promise<{ seq: number; activity: { id?: string; [key: string]: unknown } }[]>;
}

/** The same shape as bot/server's HttpRoute (channels/ may not import bot/), plus WebSocket upgrades. */
export interface DirectLineRoute {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  handle(request: IncomingMessage, response: ServerResponse): Promise<void>;
  upgrade?(request: IncomingMessage, socket: Duplex, head: Buffer): void | Promise<void>;
}

/** What the bot side does with the conversation (bot/chat wires the botbuilder adapter in). */
export interface DirectLineBotPort {
  /** The invoice behind a payment link: its debtor, or null when it does not exist. */
  resolveInvoice(invoiceId: string): Promise<{ debtorId: string; locale: string | null } | null>;
  /** A new conversation started: the bot gets conversationUpdate (membersAdded), as from the real service. */
  conversationStarted(conversation: DirectLineConversation): Promise<void>;
  /** An activity from the debtor, already stored and echoed; resolves when the bot's turn is done. */
  activityReceived(conversation: DirectLineConversation, activity: DirectLineActivity): Promise<void>;
  /** A client opened the stream: a chance to deliver notices that waited for it. */
  streamOpened(conversation: DirectLineConversation): Promise<void>;
}

/** What a client may post as an activity (sanitizeClientActivity enforces it). */
export interface ActivityLimits {
  /** Longest message text accepted, in characters. */
  readonly maxTextLength: number;
  /** Event names a client may send (anything else is refused). */
  readonly allowedEvents: readonly string[];
}

export interface DirectLineSettings {
  readonly tokenSecret: string;
  readonly tokenTtlSeconds: number;
  /** Checks a payment link token: the invoice it opens and until when, or null. */
  readonly verifyLinkToken: (token: string, now: Date) => { invoiceId: string; expiresAt: Date } | null;
  readonly botId: string;
  readonly ratePerTokenPerMinute: number;
  readonly ratePerAddressPerMinute: number;
  /** Whose X-Forwarded-For is believed for the per-address limit (resolveClientAddress). */
  readonly trustedProxies: TrustedProxies;
  /** Tokens/conversations one payment link (one invoice) may start per window. */
  readonly tokensPerLink: { readonly limit: number; readonly windowMs: number };
  readonly maxBodyBytes: number;
  readonly activity: ActivityLimits;
  readonly keepAliveMs: number;
  /** Activities returned per GET (the client pages on with the watermark). */
  readonly pageSize: number;
}
