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

/** A bare HTTP status on the socket (there is no response object yet), then the socket is closed. */
function refuse(socket: Duplex, status: number): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(`HTTP/1.1 ${status} Refused\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`, () =>
    socket.destroy(),
  );
}

/**
 * Opens the WebSocket stream (GET …/conversations/:id/stream?t=token): the history after the
 * watermark, then live activities. Browsers cannot set headers on a WebSocket, hence the token in
 * the query. A refusal is a bare HTTP status on the socket, as there is no response object yet;
 * anything unexpected rejects, and the HTTP server (bot/server) logs it and answers 500.
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
      // The client may have gone while we looked the conversation up.
      if (!socket.writable) {
        socket.destroy();
        return;
      }
      wss.handleUpgrade(request, socket, head, (ws) => {
        // Malformed frames, oversized messages and resets end as an 'error' on the socket: close it.
        ws.on('error', () => ws.terminate());
        // Clients ping with empty messages; nothing else is expected on the stream.
        ws.on('message', () => undefined);
        const describe = (error: unknown) => (error as Error)?.stack ?? String(error);
        void hub
          .subscribe(conversation.id, ws, watermark, () => listAll(conversation.id, watermark))
          .then(
            () =>
              bot
                .streamOpened(conversation)
                .catch((error: unknown) => log(`directline: notices for ${id} failed: ${describe(error)}`)),
            (error: unknown) => {
              log(`directline: stream for ${id} failed: ${describe(error)}`);
              ws.close(1011, 'server error');
            },
          );
      });
    } catch (error) {
      if (!(error instanceof HttpProblem)) throw error;
      refuse(socket, error.status);
    }
  };
}
