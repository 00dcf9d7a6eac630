import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { readLimitedBody } from '../http/read-limited-body.ts';
import { buildStreamUrl } from './build-stream-url.ts';
import type { AppendActivity } from './create-append-queue.ts';
import type { DirectLineAccess } from './create-directline-access.ts';
import type {
  DirectLineBotPort,
  DirectLineRoute,
  DirectLineSettings,
  DirectLineStorePort,
} from './directline-types.ts';
import type { DirectLineHandler } from './guard-directline-route.ts';
import { HttpProblem } from './http-problem.ts';
import {
  DIRECTLINE_BASE,
  parseConversationPath,
  parseWatermark,
  readBearer,
} from './read-directline-request.ts';
import { sanitizeClientActivity } from './sanitize-client-activity.ts';
import { sendJson } from './send-json.ts';

/**
 * POST …/conversations starts (or resumes) the token's conversation; GET …/conversations/:id
 * reconnects and GET …/activities pages the log by watermark; POST …/activities takes the
 * debtor's activity. GET on the conversation path also carries the stream's WebSocket upgrade.
 */
export function createConversationRoutes({
  store,
  bot,
  settings,
  access,
  guard,
  append,
  upgrade,
  log,
  now,
}: {
  store: DirectLineStorePort;
  bot: DirectLineBotPort;
  settings: DirectLineSettings;
  access: DirectLineAccess;
  guard: (handler: DirectLineHandler) => DirectLineHandler;
  append: AppendActivity;
  upgrade: (request: IncomingMessage, socket: Duplex, head: Buffer) => Promise<void>;
  log: (line: string) => void;
  now: () => Date;
}): DirectLineRoute[] {
  const started = new Set<string>();

  const startConversation: DirectLineHandler = async (request, response) => {
    const { claims } = await access.authorize(request);
    await readLimitedBody(request, settings.maxBodyBytes);
    // Read afresh (not the cached binding): whether anything was said yet decides the greeting.
    const conversation = await store.findConversation(claims.conversationId);
    if (!conversation) throw new HttpProblem(404, 'NotFound', 'The conversation does not exist.');
    const fresh = conversation.lastSeq === 0 && !started.has(conversation.id);
    if (fresh) {
      started.add(conversation.id);
      await bot.conversationStarted(conversation);
    }
    sendJson(response, fresh ? 201 : 200, {
      conversationId: conversation.id,
      ...access.issue(claims),
      streamUrl: buildStreamUrl(request, conversation.id, readBearer(request)),
      referenceGrammarId: 'collections',
    });
  };

  const getConversation: DirectLineHandler = async (request, response) => {
    const { id, rest, url } = parseConversationPath(request);
    const { claims, conversation } = await access.authorize(request, id);
    const watermark = parseWatermark(url.searchParams.get('watermark'));
    if (rest === '') {
      // Reconnect: a fresh stream URL that replays from the client's watermark.
      sendJson(response, 200, {
        conversationId: conversation.id,
        ...access.issue(claims),
        streamUrl: buildStreamUrl(request, conversation.id, readBearer(request), watermark),
      });
      return;
    }
    if (rest !== '/activities') throw new HttpProblem(404, 'NotFound', 'No such endpoint.');
    const page = await store.listActivities(conversation.id, watermark, settings.pageSize);
    sendJson(response, 200, {
      activities: page.map((item) => item.activity),
      watermark: String(page.at(-1)?.seq ?? watermark),
    });
  };

  const postActivity: DirectLineHandler = async (request, response) => {
    const { id, rest } = parseConversationPath(request);
    if (rest !== '/activities') throw new HttpProblem(404, 'NotFound', 'No such endpoint.');
    const { conversation } = await access.authorize(request, id);
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
    sendJson(response, 200, { id: stored.id });
  };

  return [
    { method: 'POST', path: `${DIRECTLINE_BASE}/conversations`, handle: guard(startConversation) },
    {
      method: 'GET',
      path: `${DIRECTLINE_BASE}/conversations/*`,
      handle: guard(getConversation),
      // The stream (GET …/conversations/:id/stream) arrives as a WebSocket upgrade on this path.
      upgrade: (request, socket, head) => upgrade(request, socket, head),
    },
    { method: 'POST', path: `${DIRECTLINE_BASE}/conversations/*`, handle: guard(postActivity) },
  ];
}
