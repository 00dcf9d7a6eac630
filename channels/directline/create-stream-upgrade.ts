import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocketServer } from 'ws';
import { clientRateKey } from '../http/client-rate-key.ts';
import type { RateLimiter } from '../http/create-rate-limiter.ts';
import type { ActivityHub } from './create-activity-hub.ts';
import type { DirectLineAccess } from './create-directline-access.ts';
import { verifyDirectLineToken } from './directline-token.ts';
import type { DirectLineBotPort, DirectLineSettings, DirectLineStorePort } from './directline-types.ts';
import { HttpProblem } from './http-problem.ts';
import { parseConversationPath, parseWatermark } from './read-directline-request.ts';

/**
 * Opens the WebSocket stream (GET …/conversations/:id/stream?t=token): the history after the
 * watermark, then live activities. Browsers cannot set headers on a WebSocket, hence the token in
 * the query. A refusal is a bare HTTP status on the socket, as there is no response object yet.
 */
export function createStreamUpgrade({
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
}: {
  store: DirectLineStorePort;
  bot: DirectLineBotPort;
  settings: DirectLineSettings;
  access: DirectLineAccess;
  hub: ActivityHub;
  wss: WebSocketServer;
  perAddress: RateLimiter;
  perToken: RateLimiter;
  log: (line: string) => void;
  now: () => Date;
}): (request: IncomingMessage, socket: Duplex, head: Buffer) => Promise<void> {
  const listAll = async (conversationId: string, after: number) => {
    const all: { seq: number; activity: { id?: string; [key: string]: unknown } }[] = [];
    let from = after;
    for (;;) {
      const page = await store.listActivities(conversationId, from, settings.pageSize);
      all.push(...page);
      if (page.length < settings.pageSize) return all;
      from = page.at(-1)!.seq;
    }
  };

  return async (request, socket, head) => {
    try {
      const { id, rest, url } = parseConversationPath(request);
      if (rest !== '/stream') throw new HttpProblem(404, 'NotFound', 'No such stream.');
      const check = verifyDirectLineToken(settings.tokenSecret, url.searchParams.get('t') ?? '', now());
      if (!check.ok)
        throw new HttpProblem(check.reason === 'expired' ? 403 : 401, 'BadToken', 'Invalid token.');
      if (check.claims.conversationId !== id) throw new HttpProblem(403, 'Forbidden', 'Wrong conversation.');
      if (!perAddress.take(clientRateKey(request, settings.trustedProxies)).ok || !perToken.take(id).ok) {
        throw new HttpProblem(429, 'TooManyRequests', 'Too many requests.');
      }
      const conversation = await access.findConversation(id);
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
  };
}
