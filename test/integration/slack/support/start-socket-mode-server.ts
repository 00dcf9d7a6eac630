import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export interface SocketModeServer {
  /** ws://127.0.0.1:<port>/link: what apps.connections.open hands the app. */
  readonly url: string;
  /** Resolves once an app has connected and been sent "hello". */
  connected(timeoutMs?: number): Promise<void>;
  /** Sends one envelope as Slack does and resolves with the app's acknowledgement. */
  deliver(
    type: 'interactive' | 'events_api' | 'slash_commands',
    payload: Record<string, unknown>,
    timeoutMs?: number,
  ): Promise<{ envelope_id: string; payload?: unknown }>;
  readonly acks: { envelope_id: string; payload?: unknown }[];
  close(): Promise<void>;
}

/** Slack's Socket Mode end played on loopback: hello on connect, envelopes out, acks back. */
export async function startSocketModeServer(): Promise<SocketModeServer> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  const acks: { envelope_id: string; payload?: unknown }[] = [];
  const waiting = new Map<string, (ack: { envelope_id: string; payload?: unknown }) => void>();
  let socket: WebSocket | null = null;
  let onConnect: (() => void) | null = null;
  let counter = 0;
  server.on('connection', (ws) => {
    socket = ws;
    ws.on('message', (data) => {
      const ack = JSON.parse(String(data)) as { envelope_id: string; payload?: unknown };
      acks.push(ack);
      waiting.get(ack.envelope_id)?.(ack);
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'loopback' } }));
    onConnect?.();
  });
  const within = <T>(promise: Promise<T>, ms: number, what: string) =>
    Promise.race([
      promise,
      new Promise<T>((_, reject) =>
        setTimeout(() => reject(new Error(`Socket Mode: no ${what} in ${ms} ms`)), ms),
      ),
    ]);
  return {
    url: `ws://127.0.0.1:${port}/link`,
    acks,
    connected: (timeoutMs = 5_000) =>
      socket
        ? Promise.resolve()
        : within(new Promise<void>((resolve) => (onConnect = resolve)), timeoutMs, 'connection'),
    deliver(type, payload, timeoutMs = 5_000) {
      if (!socket) return Promise.reject(new Error('Socket Mode: no app connected'));
      counter += 1;
      const envelopeId = `env-${counter}`;
      const acked = new Promise<{ envelope_id: string; payload?: unknown }>((resolve) =>
        waiting.set(envelopeId, resolve),
      );
      socket.send(
        JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: false }),
      );
      return within(acked, timeoutMs, `ack for ${envelopeId}`);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
