import type { Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, GENERIC_MESSAGES } from '../../../../bot/server/create-http-server.ts';
import type { HttpRoute } from '../../../../bot/server/service.ts';
import { AppError } from '../../../../domain/errors/app-error.ts';

/** Sends raw bytes and collects what comes back until the server closes (or `ms` pass). */
function raw(port: number, request: string, ms = 1500): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let got = '';
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(got);
    };
    const timer = setTimeout(done, ms);
    socket.on('data', (chunk) => {
      got += chunk;
    });
    socket.on('close', done);
    socket.on('error', done);
    socket.write(request);
  });
}

const upgrade = (target: string) =>
  `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
  'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n';

describe('createHttpServer: nothing from outside stops it', () => {
  let server: Server;
  let port: number;
  const logged: string[] = [];
  let healthy = true;
  const routes: HttpRoute[] = [
    {
      method: 'GET',
      path: '/boom',
      handle: async () => {
        throw new Error('relation "secret_table" violates constraint at /srv/app/x.ts');
      },
    },
    {
      method: 'GET',
      path: '/boom-sync',
      handle: (() => {
        throw new TypeError('Cannot read properties of undefined (reading "internal")');
      }) as unknown as HttpRoute['handle'],
    },
    {
      method: 'GET',
      path: '/wrapped',
      handle: async () => {
        throw new AppError('INPUT_INVALID', 'duplicate key value violates unique constraint "x"', {
          cause: new Error('db'),
        });
      },
    },
    {
      method: 'GET',
      path: '/refused',
      handle: async () => {
        throw new AppError('FORBIDDEN', 'This link does not open that invoice.');
      },
    },
    {
      method: 'POST',
      path: '/body',
      handle: async (request, response) => {
        let size = 0;
        for await (const chunk of request) size += (chunk as Buffer).length;
        response.end(String(size));
      },
    },
    {
      method: 'GET',
      path: '/ws/*',
      handle: async () => undefined,
      upgrade: async (request) => {
        if (request.url?.endsWith('/sync')) throw new Error('upgrade broke synchronously-ish');
        await new Promise((resolve) => setTimeout(resolve, 50));
        throw new Error('upgrade broke later');
      },
    },
  ];

  beforeAll(async () => {
    server = createHttpServer({
      routes,
      log: (line) => logged.push(line),
      health: async () => {
        if (!healthy) throw new Error('connect ECONNREFUSED 10.0.0.5:5432 password=hunter2');
        return { ok: true };
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const alive = async () => expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);

  it('answers 400 to an upgrade whose target is not a URL, and keeps serving', async () => {
    for (const target of ['//[', '//[::1', 'http://[', '//%zz[']) {
      expect(await raw(port, upgrade(target))).toMatch(/^HTTP\/1\.1 400 /);
    }
    await alive();
  });

  it('answers 400 to a request whose target is not a URL', async () => {
    const answer = await raw(port, 'GET //[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer.toLowerCase()).toContain('x-content-type-options: nosniff');
    await alive();
  });

  it('answers a 404 upgrade for a path without one, and 500 for an upgrade that fails, logging the stack', async () => {
    expect(await raw(port, upgrade('/nowhere'))).toMatch(/^HTTP\/1\.1 404 /);
    expect(await raw(port, upgrade('/ws/later'))).toMatch(/^HTTP\/1\.1 500 /);
    expect(await raw(port, upgrade('/ws/sync'))).toMatch(/^HTTP\/1\.1 500 /);
    expect(logged.join('\n')).toMatch(/upgrade broke later\n\s+at /);
    await alive();
  });

  it('survives a client that resets the connection in the middle of an upgrade', async () => {
    await new Promise<void>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(upgrade('/ws/later'));
        setTimeout(() => {
          socket.resetAndDestroy();
          resolve();
        }, 10);
      });
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    await alive();
  });

  it('logs a client that closes mid-body as gone, not as a server error, and keeps serving', async () => {
    for (const head of [
      'POST /body HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\nonly a little',
      'POST /body HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n',
    ]) {
      logged.length = 0;
      await new Promise<void>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => {
          socket.write(head);
          setTimeout(() => {
            socket.destroy();
            resolve();
          }, 30);
        });
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(logged.join('\n')).toMatch(/client closed "POST" "\/body" before its body was read/);
      expect(logged.join('\n')).not.toMatch(/^error /m);
    }
    await alive();
  });

  it('closes a connection whose request head does not arrive in time (slow loris), and keeps serving', async () => {
    const slow = createHttpServer({
      routes,
      health: async () => ({ ok: true }),
      limits: { headersMs: 300, requestMs: 600, checkEveryMs: 100, keepAliveMs: 200, maxConnections: 50 },
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const slowPort = (slow.address() as AddressInfo).port;
    try {
      const started = Date.now();
      const answer = await new Promise<string>((resolve) => {
        const socket = connect(slowPort, '127.0.0.1', () =>
          socket.write('GET /health HTTP/1.1\r\nHost: x\r\n'),
        );
        let got = '';
        // One more header line every 100 ms, never the blank line that ends the head.
        const drip = setInterval(() => socket.write(`X-Drip-${Date.now()}: 1\r\n`), 100);
        socket.on('data', (chunk) => {
          got += chunk;
        });
        socket.on('error', () => undefined);
        socket.on('close', () => {
          clearInterval(drip);
          resolve(got);
        });
      });
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
      expect(Date.now() - started).toBeLessThan(3_000);
      expect((await fetch(`http://127.0.0.1:${slowPort}/health`)).status).toBe(200);
    } finally {
      slow.closeAllConnections();
      await new Promise((resolve) => slow.close(resolve));
    }
  });

  it('answers a failing route with a generic 500 and logs the stack; no internal text reaches the client', async () => {
    for (const path of ['/boom', '/boom-sync']) {
      const response = await fetch(`http://127.0.0.1:${port}${path}`);
      expect(response.status).toBe(500);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const body = await response.text();
      expect(JSON.parse(body)).toEqual({ error: { code: 'INTERNAL', message: GENERIC_MESSAGES[500] } });
      expect(body).not.toMatch(/secret|constraint|internal"|\/srv/);
    }
    expect(logged.join('\n')).toMatch(/secret_table.*\n\s+at /);
    const wrapped = await fetch(`http://127.0.0.1:${port}/wrapped`);
    expect(wrapped.status).toBe(400);
    expect(await wrapped.text()).not.toContain('duplicate key');
    // A refusal written for the client keeps its words.
    const refused = await fetch(`http://127.0.0.1:${port}/refused`);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({
      error: { code: 'FORBIDDEN', message: 'This link does not open that invoice.' },
    });
  });

  it('says only "unavailable" when the health check fails', async () => {
    healthy = false;
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ ok: false, error: 'unavailable' });
      expect(logged.join('\n')).toContain('ECONNREFUSED');
    } finally {
      healthy = true;
    }
  });

  it('marks every JSON answer nosniff (404, 405, health)', async () => {
    for (const [path, method] of [
      ['/nope', 'GET'],
      ['/boom', 'POST'],
      ['/health', 'GET'],
    ] as const) {
      const response = await fetch(`http://127.0.0.1:${port}${path}`, { method });
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
});
