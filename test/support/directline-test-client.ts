import { WebSocket } from 'ws';

export type DlActivity = {
  id: string;
  type: string;
  text?: string;
  from: { id: string; role?: string };
  suggestedActions?: { actions: { title: string }[] };
  channelData?: Record<string, unknown>;
  [key: string]: unknown;
};

/** Talks to a Direct Line 3.0 endpoint the way botframework-directlinejs does (same paths and headers). */
export function directLineClient(base: string) {
  const headers = (token: string) => ({
    authorization: `Bearer ${token}`,
    'content-type': 'application/json',
    'x-ms-bot-agent': 'DirectLine/3.0 (directlinejs; test)',
  });
  return {
    generate: (linkToken: string) =>
      fetch(`${base}/tokens/generate`, { method: 'POST', headers: headers(linkToken) }),
    refresh: (token: string) => fetch(`${base}/tokens/refresh`, { method: 'POST', headers: headers(token) }),
    start: (token: string) =>
      fetch(`${base}/conversations`, {
        method: 'POST',
        headers: headers(token),
        body: JSON.stringify({ user: { id: 'ignored' } }),
      }),
    reconnect: (conversationId: string, token: string, watermark = '') =>
      fetch(`${base}/conversations/${conversationId}?watermark=${watermark}`, { headers: headers(token) }),
    post: (conversationId: string, token: string, activity: Record<string, unknown> | string) =>
      fetch(`${base}/conversations/${conversationId}/activities`, {
        method: 'POST',
        headers: headers(token),
        body: typeof activity === 'string' ? activity : JSON.stringify(activity),
      }),
    activities: (conversationId: string, token: string, watermark = '') =>
      fetch(`${base}/conversations/${conversationId}/activities?watermark=${watermark}`, {
        headers: headers(token),
      }),
  };
}

/** A conversation started through the endpoint, with its token and the stream open. */
export async function openConversation(base: string, linkToken: string) {
  const client = directLineClient(base);
  const generated = (await (await client.generate(linkToken)).json()) as {
    conversationId: string;
    token: string;
  };
  const started = (await (await client.start(generated.token)).json()) as {
    conversationId: string;
    streamUrl: string;
  };
  const stream = await openStream(started.streamUrl);
  return {
    client,
    conversationId: generated.conversationId,
    token: generated.token,
    stream,
    streamUrl: started.streamUrl,
  };
}

export interface Stream {
  readonly activities: DlActivity[];
  readonly watermarks: string[];
  readonly keepAlives: number;
  /** Resolves with the first received activity (old or new) matching, waiting up to `ms`. */
  waitFor(match: (activity: DlActivity) => boolean, ms?: number): Promise<DlActivity>;
  close(): void;
}

export async function openStream(url: string): Promise<Stream> {
  const socket = new WebSocket(url);
  const activities: DlActivity[] = [];
  const watermarks: string[] = [];
  let keepAlives = 0;
  const waiters: { match: (a: DlActivity) => boolean; resolve: (a: DlActivity) => void }[] = [];
  socket.on('message', (data) => {
    const text = data.toString();
    if (text === '') {
      keepAlives += 1;
      return;
    }
    const group = JSON.parse(text) as { activities: DlActivity[]; watermark: string };
    watermarks.push(group.watermark);
    for (const activity of group.activities) {
      activities.push(activity);
      for (const waiter of [...waiters]) {
        if (waiter.match(activity)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(activity);
        }
      }
    }
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
    socket.once('unexpected-response', (_req, res) => reject(new Error(`stream refused: ${res.statusCode}`)));
  });
  return {
    activities,
    watermarks,
    get keepAlives() {
      return keepAlives;
    },
    waitFor(match, ms = 10_000) {
      const found = activities.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(
                `no matching activity within ${ms} ms; got ${activities.map((a) => a.text).join(' | ')}`,
              ),
            ),
          ms,
        );
        waiters.push({
          match,
          resolve: (a) => {
            clearTimeout(timer);
            resolve(a);
          },
        });
      });
    },
    close: () => socket.close(),
  };
}
