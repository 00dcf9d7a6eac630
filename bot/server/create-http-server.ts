import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { AppError, asAppError, type ErrorCode } from '../../domain/errors/app-error.ts';
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

/**
 * A plain node:http server with exact and prefix routes. `/health` answers with the result of
 * `health()` (200 when ok, 503 otherwise) so a load balancer sees a broken database.
 */
export function createHttpServer({
  routes,
  health,
  log = () => undefined,
}: {
  routes: readonly HttpRoute[];
  health: () => Promise<{ ok: boolean; [key: string]: unknown }>;
  log?: (line: string) => void;
}): Server {
  const all: HttpRoute[] = [
    {
      method: 'GET',
      path: '/health',
      handle: async (_request, response) => {
        const result = await health().catch((error: unknown) => ({
          ok: false,
          error: asAppError(error).message,
        }));
        sendJson(response, result.ok ? 200 : 503, result);
      },
    },
    ...routes,
  ];
  const server = createServer((request, response) => {
    void dispatch(all, request, response).catch((error: unknown) => {
      const appError = asAppError(error);
      if (appError.code === 'INTERNAL')
        log(`error ${request.method} ${request.url}: ${appError.stack ?? appError.message}`);
      if (!response.headersSent) {
        sendJson(response, httpStatusFor(appError), {
          error: { code: appError.code, message: appError.message },
        });
      } else {
        response.end();
      }
    });
  });
  // WebSocket upgrades go to the route that declares `upgrade` for the path; anything else is refused.
  server.on('upgrade', (request, socket, head) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const route = all.find(
      (candidate) =>
        candidate.upgrade &&
        (candidate.path.endsWith('/*')
          ? path.startsWith(candidate.path.slice(0, -1))
          : path === candidate.path),
    );
    if (route?.upgrade) route.upgrade(request, socket, head);
    else socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
  return server;
}

async function dispatch(routes: readonly HttpRoute[], request: IncomingMessage, response: ServerResponse) {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const candidates = routes.filter((route) =>
    route.path.endsWith('/*') ? path.startsWith(route.path.slice(0, -1)) : path === route.path,
  );
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

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}
