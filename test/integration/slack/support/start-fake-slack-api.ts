import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  readonly method: string;
  readonly args: Record<string, unknown>;
}

export interface FakeSlackApi {
  /** Give this to WebClient as slackApiUrl (SLACK_API_URL). */
  readonly url: string;
  readonly calls: RecordedCall[];
  /** While true every call answers 503, as when Slack is down. */
  down: boolean;
  /** Methods Slack refuses, with the error it names (e.g. views.open: expired_trigger_id). */
  readonly refusals: Map<string, string>;
  /** Members per user group id, for usergroups.users.list. */
  readonly groups: Map<string, string[]>;
  /** What apps.connections.open answers (Socket Mode): a ws:// URL on loopback. */
  socketUrl: string | null;
  callsTo(method: string): RecordedCall[];
  close(): Promise<void>;
}

/**
 * Slack's Web API played by a loopback HTTP server: records every call (arguments decoded the
 * way WebClient encodes them: form fields, nested values as JSON) and answers like Slack.
 */
export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const calls: RecordedCall[] = [];
  let ts = 1_700_000_000;
  const state = { down: false, socketUrl: null as string | null };
  const groups = new Map<string, string[]>();
  const refusals = new Map<string, string>();
  const server = createServer((request, response) => {
    void readBody(request).then((raw) => {
      const method = (request.url ?? '').replace(/^\/api\//, '').split('?')[0] ?? '';
      const args = decode(raw, request.headers['content-type'] ?? '');
      if (state.down) {
        response.writeHead(503, { 'content-type': 'text/plain' });
        response.end('service unavailable');
        return;
      }
      calls.push({ method, args });
      const reply = (body: Record<string, unknown>) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ ok: true, ...body }));
      };
      const refused = refusals.get(method);
      if (refused) {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ ok: false, error: refused }));
        return;
      }
      switch (method) {
        case 'chat.postMessage': {
          ts += 1;
          const channel = String(args.channel ?? '');
          // Posting to a user id opens the app's DM with them, as Slack does.
          return reply({
            channel: /^[UW]/.test(channel) ? `D${channel.slice(1)}` : channel,
            ts: `${ts}.000100`,
          });
        }
        case 'chat.update':
          return reply({ channel: args.channel, ts: args.ts });
        case 'chat.postEphemeral':
          return reply({ message_ts: `${ts}.000200` });
        case 'views.open':
          return reply({ view: { id: 'V1' } });
        case 'usergroups.users.list':
          return reply({ users: groups.get(String(args.usergroup)) ?? [] });
        case 'apps.connections.open':
          return reply({ url: state.socketUrl });
        case 'auth.test':
          return reply({ user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' });
        default:
          return reply({});
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/`,
    calls,
    groups,
    refusals,
    get down() {
      return state.down;
    },
    set down(value: boolean) {
      state.down = value;
    },
    get socketUrl() {
      return state.socketUrl;
    },
    set socketUrl(value: string | null) {
      state.socketUrl = value;
    },
    callsTo: (method) => calls.filter((call) => call.method === method),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function decode(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes('application/json'))
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return args;
}
