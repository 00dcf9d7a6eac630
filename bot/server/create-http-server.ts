import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { AppError, asAppError, type ErrorCode } from '../../domain/errors/app-error.ts';
import { describeError } from '../../domain/errors/describe-error.ts';
import { formatForLog } from '../../domain/errors/format-for-log.ts';
import type { HttpRoute } from './service.ts';

/** The one place that maps error codes to HTTP statuses. */
const STATUS_BY_CODE: Record<ErrorCode, number> = {
  CONFIG_INVALID: 500,
  INPUT_INVALID: 400,
  IMPORT_INVALID: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DATABASE_UNAVAILABLE: 503,
  MIGRATION_FAILED: 500,
  DATA_INVALID: 500,
  POLICY_INVALID: 500,
  CHANNEL_UNAVAILABLE: 503,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export function httpStatusFor(error: AppError): number {
  return STATUS_BY_CODE[error.code];
}

/** What a client reads when something failed on our side; the details go to the log only. */
export const GENERIC_MESSAGES = {
  500: 'Something went wrong on our side. It has been logged; please try again later.',
  503: 'The service is temporarily unavailable; please try again later.',
  400: 'The request could not be understood.',
} as const;

/**
 * The status and JSON body for an error that reached the server. Only a refusal we wrote for the
 * client (an AppError with a 4xx status that wraps nothing) keeps its message; everything else
 * (a database error, a library's message, an AppError around either) gets a generic text, so no
 * internal detail (SQL, paths, stack) ever leaves the process.
 */
export function publicError(error: unknown): {
  status: number;
  body: { error: { code: ErrorCode; message: string } };
} {
  const appError = asAppError(error);
  const status = httpStatusFor(appError);
  const authored = error instanceof AppError && error.cause === undefined;
  if (status < 500 && authored) {
    return { status, body: { error: { code: appError.code, message: appError.message } } };
  }
  if (status < 500) {
    return { status, body: { error: { code: appError.code, message: GENERIC_MESSAGES[400] } } };
  }
  const generic = status === 503 ? GENERIC_MESSAGES[503] : GENERIC_MESSAGES[500];
  return { status, body: { error: { code: status === 503 ? appError.code : 'INTERNAL', message: generic } } };
}

/** The request target as a URL, or null when it is not one (`//[`, `http://[`): a 400, not a crash. */
export function parseRequestTarget(target: string | undefined): URL | null {
  try {
    return new URL(target ?? '/', 'http://localhost');
  } catch {
    return null;
  }
}

/**
 * A plain node:http server with exact and prefix routes. `/health` answers with the result of
 * `health()` (200 when ok, 503 otherwise) so a load balancer sees a broken database.
 *
 * This is the edge every outside request crosses, so nothing that arrives here may stop the
 * process: a target that is not a URL is a 400; a route that throws or rejects is a 500 (503
 * when the database or a channel is down) with a generic body and its stack in the log; an
 * upgrade (WebSocket) is guarded the same way and its socket gets an error listener at once.
 * Every response carries `X-Content-Type-Options: nosniff`.
 */
export function createHttpServer({
  routes,
  health,
  log = () => undefined,
  limits = HTTP_LIMITS,
}: {
  routes: readonly HttpRoute[];
  health: () => Promise<{ ok: boolean; [key: string]: unknown }>;
  log?: (line: string) => void;
  limits?: HttpLimits;
}): Server {
  const all: HttpRoute[] = [
    {
      method: 'GET',
      path: '/health',
      handle: async (_request, response) => {
        const result = await health().catch((error: unknown) => {
          log(`health: failing: ${describeError(error)}`);
          return { ok: false, error: 'unavailable' };
        });
        sendJson(response, result.ok ? 200 : 503, result);
      },
    },
    ...routes,
  ];
  const fail = (request: IncomingMessage, response: ServerResponse, error: unknown) => {
    if (clientWentAway(request, error)) {
      // The client closed the connection while we read its body: nothing to answer, nothing broken.
      log(
        `client closed ${formatForLog(request.method, 20)} ${formatForLog(request.url)} before its body was read`,
      );
      response.destroy();
      return;
    }
    const { status, body } = publicError(error);
    if (status >= 500) {
      log(`error ${formatForLog(request.method, 20)} ${formatForLog(request.url)}: ${describeError(error)}`);
    }
    try {
      if (!response.headersSent) sendJson(response, status, body);
      else response.end();
    } catch (secondary) {
      log(`error answering ${formatForLog(request.url)}: ${describeError(secondary)}`);
      response.destroy();
    }
  };
  const server = createServer(
    {
      headersTimeout: limits.headersMs,
      requestTimeout: limits.requestMs,
      connectionsCheckingInterval: limits.checkEveryMs,
    },
    (request, response) => {
      response.setHeader('x-content-type-options', 'nosniff');
      // A write after the client went away is reported here instead of as an uncaught 'error'.
      response.on('error', (error) => log(`response ${formatForLog(request.url)}: ${describeError(error)}`));
      const url = parseRequestTarget(request.url);
      if (!url) {
        request.resume();
        sendJson(response, 400, {
          error: { code: 'INPUT_INVALID', message: 'The request target is not a valid URL.' },
        });
        return;
      }
      let handled: Promise<void>;
      try {
        handled = dispatch(all, url, request, response);
      } catch (error) {
        handled = Promise.reject(error);
      }
      handled.catch((error: unknown) => fail(request, response, error));
    },
  );
  // A client that keeps a connection open without sending holds a socket: close idle ones soon,
  // and cap how many one server holds at all (a slow-loris client then costs us a bounded set).
  server.keepAliveTimeout = limits.keepAliveMs;
  server.maxConnections = limits.maxConnections;
  // WebSocket upgrades go to the route that declares `upgrade` for the path; anything else is refused.
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    // node:http takes its own error listener off an upgraded socket: without one, a client that
    // resets the connection while we look up its token would be an uncaught 'error' event.
    socket.on('error', () => undefined);
    const failUpgrade = (error: unknown) => {
      log(`error upgrade ${formatForLog(request.url)}: ${describeError(error)}`);
      refuseUpgrade(socket, 500);
    };
    try {
      const url = parseRequestTarget(request.url);
      if (!url) {
        refuseUpgrade(socket, 400);
        return;
      }
      const route = all.find((candidate) => candidate.upgrade && matches(candidate, url.pathname));
      if (!route?.upgrade) {
        refuseUpgrade(socket, 404);
        return;
      }
      const pending = route.upgrade(request, socket, head);
      if (pending) pending.catch(failUpgrade);
    } catch (error) {
      failUpgrade(error);
    }
  });
  return server;
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * Refuses an upgrade with a bare HTTP status (there is no response object for an upgrade) and
 * closes the socket once that is written; a socket already gone is just destroyed.
 */
export interface HttpLimits {
  /** A request's head (request line and headers) must arrive within this time, or the socket closes (408). */
  readonly headersMs: number;
  /** The whole request (head and body) must arrive within this time. */
  readonly requestMs: number;
  /** How often node:http checks the two limits above. */
  readonly checkEveryMs: number;
  /** An idle keep-alive connection closes after this time. */
  readonly keepAliveMs: number;
  /** Connections beyond this are refused at once. */
  readonly maxConnections: number;
}

/**
 * Our requests are small (chat turns, webhooks, page loads): a minute for a body and 15 s for the
 * head leave a slow mobile client room and a slow-loris client little; the WebSocket stream is an
 * upgrade and not subject to them.
 */
export const HTTP_LIMITS: HttpLimits = {
  headersMs: 15_000,
  requestMs: 60_000,
  checkEveryMs: 5_000,
  keepAliveMs: 5_000,
  maxConnections: 2_000,
};

/**
 * Whether a route failed only because the client went away mid-request (node:http reports that as
 * `Error: aborted` / ECONNRESET on the request stream). That is the client's doing, not a 5xx.
 */
export function clientWentAway(request: IncomingMessage, error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const aborted = code === 'ECONNRESET' || (error instanceof Error && error.message === 'aborted');
  return aborted && (request.readableAborted || request.socket.destroyed);
}

export function refuseUpgrade(socket: Duplex, status: number): void {
  try {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    socket.end(
      `HTTP/1.1 ${status} ${REASONS[status] ?? 'Refused'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
      () => socket.destroy(),
    );
  } catch {
    socket.destroy();
  }
}

function matches(route: HttpRoute, path: string): boolean {
  return route.path.endsWith('/*') ? path.startsWith(route.path.slice(0, -1)) : path === route.path;
}

async function dispatch(
  routes: readonly HttpRoute[],
  url: URL,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const path = url.pathname;
  const candidates = routes.filter((route) => matches(route, path));
  if (candidates.length === 0) throw new AppError('NOT_FOUND', `No such endpoint: ${path}.`);
  const route = candidates.find((candidate) => candidate.method === request.method);
  if (!route) {
    response.setHeader('allow', candidates.map((candidate) => candidate.method).join(', '));
    sendJson(response, 405, {
      error: { code: 'INPUT_INVALID', message: `${request.method} is not allowed on ${path}.` },
    });
    return;
  }
  await route.handle(request, response);
}

/** Every JSON answer of the server: not cached, never sniffed as anything but JSON. */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(JSON.stringify(body));
}
