import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { WebSocketServer } from 'ws';
import { createRateLimiter } from '../http/create-rate-limiter.ts';
import { BodyTooLargeError, readLimitedBody } from '../http/read-limited-body.ts';
import { type ActivityHub, createActivityHub } from './create-activity-hub.ts';
import { type DirectLineClaims, signDirectLineToken, verifyDirectLineToken } from './directline-token.ts';
import type {
  DirectLineActivity,
  DirectLineBotPort,
  DirectLineConversation,
  DirectLineRoute,
  DirectLineStorePort,
} from './directline-types.ts';
import { type ActivityLimits, sanitizeClientActivity } from './sanitize-client-activity.ts';

export const DIRECTLINE_BASE = '/v3/directline';

export interface DirectLineSettings {
  readonly tokenSecret: string;
  readonly tokenTtlSeconds: number;
  /** Checks a payment link token: the invoice it opens and until when, or null. */
  readonly verifyLinkToken: (token: string, now: Date) => { invoiceId: string; expiresAt: Date } | null;
  readonly botId: string;
  readonly ratePerTokenPerMinute: number;
  readonly ratePerAddressPerMinute: number;
  readonly maxBodyBytes: number;
  readonly activity: ActivityLimits;
  readonly keepAliveMs: number;
  /** Activities returned per GET (the client pages on with the watermark). */
  readonly pageSize: number;
}

export interface DirectLineEndpoint {
  readonly routes: readonly DirectLineRoute[];
  /** Appends a bot activity to a conversation's log and pushes it to open streams. */
  send(conversationId: string, activity: DirectLineActivity): Promise<{ id: string; seq: number }>;
  isStreaming(conversationId: string): boolean;
  start(): void;
  stop(): void;
}

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
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
  const wss = new WebSocketServer({ noServer: true, maxPayload: settings.maxBodyBytes });
  // Appends to one conversation run one after another: ids, watermarks and pushes stay in order.
  const appendQueues = new Map<string, Promise<unknown>>();
  let keepAliveTimer: NodeJS.Timeout | null = null;

  const append = (conversationId: string, activity: DirectLineActivity) => {
    const previous = appendQueues.get(conversationId) ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(async () => {
        const stored = await store.appendActivity(conversationId, activity);
        hub.publish(conversationId, stored.seq, stored.activity);
        return { id: String(stored.activity.id), seq: stored.seq };
      });
    appendQueues.set(conversationId, next);
    void next.finally(() => {
      if (appendQueues.get(conversationId) === next) appendQueues.delete(conversationId);
    });
    return next;
  };

  const authorize = async (request: IncomingMessage, conversationId?: string) => {
    const check = verifyDirectLineToken(settings.tokenSecret, bearer(request), now());
    if (!check.ok) {
      throw check.reason === 'expired'
        ? new HttpProblem(403, 'TokenExpired', 'The token has expired: get a new one from the payment page.')
        : new HttpProblem(401, 'BadToken', 'A valid Direct Line token is required (Authorization: Bearer).');
    }
    if (conversationId !== undefined && check.claims.conversationId !== conversationId) {
      throw new HttpProblem(403, 'Forbidden', 'This token does not open that conversation.');
    }
    if (!perToken.take(check.claims.conversationId).ok) {
      throw new HttpProblem(
        429,
        'TooManyRequests',
        'Too many requests for this conversation; wait a minute.',
      );
    }
    const conversation = await findConversation(check.claims.conversationId);
    if (!conversation) throw new HttpProblem(404, 'NotFound', 'The conversation does not exist.');
    return { claims: check.claims, conversation };
  };

  // A conversation's binding (invoice, debtor, user) never changes: read it once per process.
  const known = new Map<string, DirectLineConversation>();
  const findConversation = async (id: string) => {
    const cached = known.get(id);
    if (cached) return cached;
    const found = await store.findConversation(id);
    if (found) {
      if (known.size >= 50_000) known.clear();
      known.set(id, found);
    }
    return found;
  };

  const issue = (claims: DirectLineClaims) => {
    const expiresAt = new Date(
      Math.min(now().getTime() + settings.tokenTtlSeconds * 1000, claims.linkExpiresAt.getTime()),
    );
    const token = signDirectLineToken(settings.tokenSecret, { ...claims, expiresAt });
    return { token, expires_in: Math.max(0, Math.floor((expiresAt.getTime() - now().getTime()) / 1000)) };
  };

  const streamUrl = (request: IncomingMessage, conversationId: string, token: string, watermark?: number) => {
    const forwarded = String(request.headers['x-forwarded-proto'] ?? '')
      .split(',')[0]
      ?.trim();
    const secure = forwarded === 'https' || (request.socket as { encrypted?: boolean }).encrypted === true;
    const host = request.headers.host ?? 'localhost';
    const query = new URLSearchParams({
      t: token,
      ...(watermark === undefined ? {} : { watermark: String(watermark) }),
    });
    return `${secure ? 'wss' : 'ws'}://${host}${DIRECTLINE_BASE}/conversations/${encodeURIComponent(conversationId)}/stream?${query}`;
  };

  const generate = async (request: IncomingMessage, response: ServerResponse) => {
    const link = settings.verifyLinkToken(bearer(request), now());
    if (!link) throw new HttpProblem(401, 'BadToken', 'The payment link is not valid or has expired.');
    const invoice = await bot.resolveInvoice(link.invoiceId);
    if (!invoice)
      throw new HttpProblem(404, 'NotFound', 'The invoice of this payment link no longer exists.');
    const conversationId = randomBytes(16).toString('base64url');
    const userId = `dl_${randomBytes(12).toString('base64url')}`;
    await store.createConversation({
      id: conversationId,
      invoiceId: link.invoiceId,
      debtorId: invoice.debtorId,
      userId,
      locale: invoice.locale,
    });
    const claims = {
      conversationId,
      invoiceId: link.invoiceId,
      userId,
      expiresAt: now(),
      linkExpiresAt: link.expiresAt,
    };
    json(response, 200, { conversationId, ...issue(claims) });
  };

  const routes: DirectLineRoute[] = [
    { method: 'POST', path: `${DIRECTLINE_BASE}/tokens/generate`, handle: guarded(generate) },
    {
      method: 'POST',
      path: `${DIRECTLINE_BASE}/tokens/refresh`,
      handle: guarded(async (request, response) => {
        const { claims } = await authorize(request);
        json(response, 200, { conversationId: claims.conversationId, ...issue(claims) });
      }),
    },
    {
      method: 'POST',
      path: `${DIRECTLINE_BASE}/conversations`,
      handle: guarded(async (request, response) => {
        const { claims } = await authorize(request);
        await readLimitedBody(request, settings.maxBodyBytes);
        // Read afresh (not the cached binding): whether anything was said yet decides the greeting.
        const conversation = await store.findConversation(claims.conversationId);
        if (!conversation) throw new HttpProblem(404, 'NotFound', 'The conversation does not exist.');
        const fresh = conversation.lastSeq === 0 && !started.has(conversation.id);
        if (fresh) {
          started.add(conversation.id);
          await bot.conversationStarted(conversation);
        }
        json(response, fresh ? 201 : 200, {
          conversationId: conversation.id,
          ...issue(claims),
          streamUrl: streamUrl(request, conversation.id, bearer(request)),
          referenceGrammarId: 'collections',
        });
      }),
    },
    {
      method: 'GET',
      path: `${DIRECTLINE_BASE}/conversations/*`,
      handle: guarded((q, s) => getConversation(q, s)),
      // The stream (GET …/conversations/:id/stream) arrives as a WebSocket upgrade on this path.
      upgrade: (request, socket, head) => void upgrade(request, socket, head),
    },
    {
      method: 'POST',
      path: `${DIRECTLINE_BASE}/conversations/*`,
      handle: guarded((q, s) => postActivity(q, s)),
    },
  ];
  const started = new Set<string>();

  async function getConversation(request: IncomingMessage, response: ServerResponse) {
    const { id, rest, url } = parsePath(request);
    const { claims, conversation } = await authorize(request, id);
    const watermark = parseWatermark(url.searchParams.get('watermark'));
    if (rest === '') {
      // Reconnect: a fresh stream URL that replays from the client's watermark.
      json(response, 200, {
        conversationId: conversation.id,
        ...issue(claims),
        streamUrl: streamUrl(request, conversation.id, bearer(request), watermark),
      });
      return;
    }
    if (rest !== '/activities') throw new HttpProblem(404, 'NotFound', 'No such endpoint.');
    const page = await store.listActivities(conversation.id, watermark, settings.pageSize);
    json(response, 200, {
      activities: page.map((item) => item.activity),
      watermark: String(page.at(-1)?.seq ?? watermark),
    });
  }

  async function postActivity(request: IncomingMessage, response: ServerResponse) {
    const { id, rest } = parsePath(request);
    if (rest !== '/activities') throw new HttpProblem(404, 'NotFound', 'No such endpoint.');
    const { conversation } = await authorize(request, id);
    const body = (await readLimitedBody(request, settings.maxBodyBytes)).toString('utf8');
    let raw: unknown;
    try {
      raw = JSON.parse(body);
    } catch {
      throw new HttpProblem(400, 'BadArgument', 'The body is not JSON.');
    }
    const sanitized = sanitizeClientActivity({
      raw,
      conversation,
      botId: settings.botId,
      limits: settings.activity,
      now: now(),
    });
    if (!sanitized.ok) throw new HttpProblem(400, 'BadArgument', sanitized.message);
    const stored = await append(conversation.id, sanitized.activity);
    try {
      await bot.activityReceived(conversation, { ...sanitized.activity, id: stored.id });
    } catch (error) {
      // The debtor's message is stored and echoed; the bot's failure is ours to log, not theirs to retry.
      log(`directline: turn failed in ${conversation.id}: ${(error as Error).stack ?? String(error)}`);
    }
    json(response, 200, { id: stored.id });
  }

  async function upgrade(request: IncomingMessage, socket: import('node:stream').Duplex, head: Buffer) {
    try {
      const { id, rest, url } = parsePath(request);
      if (rest !== '/stream') throw new HttpProblem(404, 'NotFound', 'No such stream.');
      const check = verifyDirectLineToken(settings.tokenSecret, url.searchParams.get('t') ?? '', now());
      if (!check.ok)
        throw new HttpProblem(check.reason === 'expired' ? 403 : 401, 'BadToken', 'Invalid token.');
      if (check.claims.conversationId !== id) throw new HttpProblem(403, 'Forbidden', 'Wrong conversation.');
      if (!perAddress.take(addressOf(request)).ok || !perToken.take(id).ok) {
        throw new HttpProblem(429, 'TooManyRequests', 'Too many requests.');
      }
      const conversation = await findConversation(id);
      if (!conversation) throw new HttpProblem(404, 'NotFound', 'No such conversation.');
      const watermark = parseWatermark(url.searchParams.get('watermark'));
      wss.handleUpgrade(request, socket, head, (ws) => {
        ws.on('error', () => ws.terminate());
        // Clients ping with empty messages; nothing else is expected on the stream.
        ws.on('message', () => undefined);
        void hub
          .subscribe(conversation.id, ws, watermark, () => listAll(conversation.id, watermark))
          .then(() => bot.streamOpened(conversation))
          .catch((error: unknown) => log(`directline: stream for ${id} failed: ${String(error)}`));
      });
    } catch (error) {
      const status = error instanceof HttpProblem ? error.status : 500;
      socket.end(
        `HTTP/1.1 ${status} ${status === 500 ? 'Internal Server Error' : 'Refused'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
      );
    }
  }

  async function listAll(conversationId: string, after: number) {
    const all: { seq: number; activity: { id?: string; [key: string]: unknown } }[] = [];
    let from = after;
    for (;;) {
      const page = await store.listActivities(conversationId, from, settings.pageSize);
      all.push(...page);
      if (page.length < settings.pageSize) return all;
      from = page.at(-1)!.seq;
    }
  }

  function guarded(handler: (request: IncomingMessage, response: ServerResponse) => Promise<void>) {
    return async (request: IncomingMessage, response: ServerResponse) => {
      try {
        if (!perAddress.take(addressOf(request)).ok) {
          throw new HttpProblem(
            429,
            'TooManyRequests',
            'Too many requests from this address; wait a minute.',
          );
        }
        await handler(request, response);
      } catch (error) {
        if (error instanceof BodyTooLargeError) {
          json(response, 413, { error: { code: 'MessageSizeTooBig', message: error.message } });
        } else if (error instanceof HttpProblem) {
          json(response, error.status, { error: { code: error.code, message: error.message } });
        } else {
          throw error;
        }
      }
    };
  }

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

function bearer(request: IncomingMessage): string {
  const header = request.headers.authorization ?? '';
  return /^Bearer\s+(\S+)$/iu.exec(header)?.[1] ?? '';
}

function addressOf(request: IncomingMessage): string {
  return request.socket.remoteAddress ?? 'unknown';
}

function parsePath(request: IncomingMessage): { id: string; rest: string; url: URL } {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const match = /^\/v3\/directline\/conversations\/([^/]+)(\/[a-z]+)?$/u.exec(url.pathname);
  if (!match) throw new HttpProblem(404, 'NotFound', 'No such endpoint.');
  return { id: decodeURIComponent(match[1]!), rest: match[2] ?? '', url };
}

function parseWatermark(value: string | null): number {
  if (value === null || value === '' || value === '-') return 0;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new HttpProblem(400, 'BadArgument', 'The watermark is not valid.');
  return n;
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(JSON.stringify(body));
}

export type { DirectLineConversation };
