import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * What `collections serve` runs besides its HTTP server: long-lived workers such as the IMAP
 * watcher or the outbox sender. Started in order, stopped in reverse on SIGTERM/SIGINT.
 */
export interface Service {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** An HTTP endpoint a channel mounts on the server (Slack events, Bot Framework messages, the payment page). */
export interface HttpRoute {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Exact path, or a prefix ending in "/*". */
  readonly path: string;
  /** A throw or rejection becomes a generic 500/503 (never the error's own text) and a logged stack. */
  handle(request: IncomingMessage, response: ServerResponse): Promise<void>;
  /**
   * Optional: takes over an HTTP upgrade (WebSocket) on the same path, e.g. the Direct Line
   * stream. A throw or a rejected promise is the server's to log; the socket then gets a 500.
   */
  upgrade?(request: IncomingMessage, socket: Duplex, head: Buffer): void | Promise<void>;
}
