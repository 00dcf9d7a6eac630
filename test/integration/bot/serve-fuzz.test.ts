import { type ChildProcess, spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signPaymentLinkToken } from '../../../channels/web/payment-link-token.ts';
import { toStorableText } from '../../../domain/text/to-storable-text.ts';
import { openDatabase } from '../../../prisma/open-database.ts';
import { findFreePort } from '../../support/find-free-port.ts';
import { type FakeMollie, startMollieServer } from '../../support/start-mollie-server.ts';
import { createTestTarget, withDatabase } from '../../support/test-database.ts';
import { watchServe } from '../../support/watch-serve.ts';
import { seedPageInvoice } from '../page/support/seed-page-invoice.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SECRET = 'fuzz-page-secret-0123456789abcdef0123456789';
/** FUZZ_SEED=<n> replays a failure; FUZZ_RUNS scales every property (1 = the CI budget). */
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const SCALE = Number(process.env.FUZZ_RUNS ?? 1);
const runs = (n: number) => ({
  numRuns: Math.max(1, Math.round(n * SCALE)),
  ...(SEED === undefined ? {} : { seed: SEED }),
  verbose: 1 as const,
  // A failure prints its seed and path at once; shrinking against a live server could take minutes.
  endOnFailure: true,
});

/**
 * Writes raw bytes to the server and returns what came back, once the server closes the
 * connection or `quietMs` pass without data. `reset` ends with a TCP RST instead of a FIN.
 */
function exchange(
  port: number,
  chunks: readonly (string | Uint8Array)[],
  { quietMs = 250, reset = false }: { quietMs?: number; reset?: boolean } = {},
): Promise<Buffer> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const got: Buffer[] = [];
    let timer: NodeJS.Timeout;
    const done = () => {
      clearTimeout(timer);
      if (reset && !socket.destroyed) socket.resetAndDestroy();
      else socket.destroy();
      resolve(Buffer.concat(got));
    };
    const quiet = () => {
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    };
    socket.on('data', (chunk) => {
      got.push(chunk);
      quiet();
    });
    socket.on('close', done);
    socket.on('error', done);
    socket.on('connect', () => {
      for (const chunk of chunks) socket.write(chunk);
      quiet();
    });
  });
}

/**
 * One HTTP request on a connection of its own (no keep-alive pool, unlike fetch), so a
 * connection the server closed after an earlier case can never fail a later one.
 */
function send(
  port: number,
  {
    method = 'GET',
    target,
    headers = {},
    body,
  }: {
    method?: string;
    target: string;
    headers?: Record<string, string>;
    body?: string;
  },
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port, method, path: target, headers, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** The JSON body without the fields that are random base64 (tokens, ids) and so may spell anything. */
const withoutTokens = (text: string) => {
  try {
    const {
      token: _t,
      streamUrl: _s,
      conversationId: _c,
      id: _i,
      ...rest
    } = JSON.parse(text) as Record<string, unknown>;
    return JSON.stringify(rest);
  } catch {
    return text;
  }
};

const statusOf = (response: Buffer) =>
  Number(/^HTTP\/1\.[01] (\d{3})/.exec(response.toString('latin1'))?.[1] ?? 0);

// ---- what a stranger can send -------------------------------------------------------------

const CONTROL = fc.constantFrom('\u0000', '\r', '\n', '\t', '\u0007', '\u007f', '\u202e', '\uD800', '\u00ff');
const TARGETS = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '//[',
      '//[::1',
      'http://[',
      '%',
      '/%',
      '/%%',
      '*',
      '',
      '/health?x=%',
      '/v3/directline/conversations/%',
      '/v3/directline/conversations/%E0%A4%A/activities',
      '/v3/directline/conversations/x/stream?t=%',
      '/v3/directline/tokens/generate',
      '/v3/directline/tokens/refresh',
      '/v3/directline/conversations',
      '/pay/%',
      '/pay/x/invoice.pdf',
      '/pay/x/checkout',
      '/assets/%2e%2e/%2e%2e/etc/passwd',
      '/assets/pay-page.js',
      '/payments/mollie/webhook',
      '/api/messages',
      '/slack/events',
      `/${'a'.repeat(9000)}`,
      `/pay/${'%'.repeat(3000)}`,
    ),
  },
  fc.string({ maxLength: 60 }).map((s) => `/${s}`),
  fc
    .tuple(fc.string({ maxLength: 20 }), CONTROL, fc.string({ maxLength: 20 }))
    .map(([a, c, b]) => `/${a}${c}${b}`),
);
// Mostly well-formed methods and versions, so the targets, headers and bodies get past the parser.
const METHODS = fc.oneof(
  { arbitrary: fc.constantFrom('GET', 'POST'), weight: 6 },
  fc.constantFrom('PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'CONNECT', 'TRACE', 'get', 'G\u0000T'),
  fc.string({ minLength: 1, maxLength: 12 }),
);
const VERSIONS = fc.oneof(
  { arbitrary: fc.constant('HTTP/1.1'), weight: 6 },
  fc.constantFrom('HTTP/1.0', 'HTTP/2.0', 'HTTP/9', 'http/1.1', '', 'HTTP/1.1 extra'),
);
const HEADERS = fc.array(
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        'Content-Length: 5',
        'Content-Length: -1',
        'Content-Length: 99999999999999999999',
        'Content-Length: 1, 2',
        'Content-Length: abc',
        'Transfer-Encoding: chunked',
        'Transfer-Encoding: gzip, chunked',
        'Transfer-Encoding: chunked, identity',
        'Transfer-Encoding: x',
        'Content-Type: application/json',
        'Content-Type: application/x-www-form-urlencoded',
        'Authorization: Bearer x',
        'Authorization: Bearer dl1.AAAA.BBBB',
        'Host: x',
        'Host:',
        'Connection: upgrade',
        'Upgrade: websocket',
        'Expect: 100-continue',
        'X-Forwarded-For: 1.2.3.4, ::1, [',
        'X-Forwarded-Proto: https',
        'Accept-Encoding: gzip',
        ` X-Folded: continued`,
        `X-Huge: ${'h'.repeat(20_000)}`,
        'NoColon',
        ': empty-name',
      ),
    },
    fc
      .tuple(fc.string({ minLength: 1, maxLength: 16 }), fc.string({ maxLength: 40 }))
      .map(([name, value]) => `${name}: ${value}`),
  ),
  { maxLength: 4 },
);
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const BODIES = fc.oneof(
  fc.constantFrom(
    '',
    '{',
    '{"type":"message","text":',
    'null',
    '[]',
    '{"type":"message","text":"\\u0000\\ud800"}',
    'id=tr_abc',
    'id=%',
    `{"a":${nested(5000)}}`,
    nested(100_000),
    '0\r\n\r\n',
    'zz\r\nbad chunk\r\n',
  ),
  fc.string({ maxLength: 200 }),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
);

describe('collections serve under hostile input (fuzz)', () => {
  let database: Awaited<ReturnType<typeof createTestTarget>>;
  let mollie: FakeMollie;
  let serve: ChildProcess;
  let exited: Promise<number | null>;
  let log = '';
  let port: number;
  let invoiceId: string;
  let linkToken: string;
  /** The conversation the chat cases post to, its token, and what each accepted post should read. */
  const chat = { conversationId: '', token: '', accepted: new Map<string, string>() };

  beforeAll(async () => {
    database = await createTestTarget();
    const db = await openDatabase({ target: database.target, migrate: true });
    try {
      ({ invoiceId } = await seedPageInvoice(db, { number: 'INV-FUZZ-1', cents: 48_400, language: 'nl' }));
    } finally {
      await db.close();
    }
    linkToken = signPaymentLinkToken(SECRET, { invoiceId, expiresAt: new Date(Date.now() + 86_400_000) });
    mollie = await startMollieServer();
    port = await findFreePort();
    serve = spawn(process.execPath, [path.join(ROOT, 'bin/collections.js'), 'serve'], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...database.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        IMAP_HOST: '',
        SMTP_HOST: '',
        SLACK_SIGNING_SECRET: '',
        SLACK_BOT_TOKEN: '',
        PAYMENT_LINK_SECRET: SECRET,
        PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
        MOLLIE_API_KEY: mollie.apiKey,
        MOLLIE_API_URL: `${mollie.url}/v2/`,
        NODE_TLS_REJECT_UNAUTHORIZED: '0',
        // The fuzzer is one client sending hundreds of requests a minute: limits are tested elsewhere.
        PAGE_RATE_LIMIT_PER_MINUTE: '10000',
        CHAT_RATE_LIMIT_PER_MINUTE: '100000',
        CHAT_RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '1000000',
      },
    });
    const watched = watchServe(serve, (text) => {
      log += text;
    });
    exited = watched.exited;
    await watched.listening;
    const generated = await fetch(`http://127.0.0.1:${port}/v3/directline/tokens/generate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${linkToken}` },
    });
    Object.assign(chat, await generated.json());
    const started = await fetch(`http://127.0.0.1:${port}/v3/directline/conversations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${chat.token}` },
    });
    expect(started.status).toBe(201);
  });

  afterAll(async () => {
    if (serve && serve.exitCode === null) {
      serve.kill('SIGTERM');
      await exited;
    }
    await mollie?.close();
    await database?.drop();
  });

  /** After every case: the process runs, /health answers, and nothing escaped a handler. */
  const assertAlive = async (what: unknown) => {
    const context = `after ${JSON.stringify(what)?.slice(0, 300)}`;
    expect(serve.exitCode, `serve exited ${context}\n${log}`).toBeNull();
    expect((await send(port, { target: '/health' })).status, context).toBe(200);
    expect(log, context).not.toMatch(/BUG: (unhandled rejection|uncaught exception)/);
    // A 5xx is an error nobody expected: the server logs each one as "error <method> <target>".
    expect(log, context).not.toMatch(/ error (upgrade|"[A-Z]+") /);
  };

  it('survives malformed request lines, targets, headers and bodies over raw TCP', async () => {
    await fc.assert(
      fc.asyncProperty(
        METHODS,
        TARGETS,
        VERSIONS,
        HEADERS,
        BODIES,
        fc.boolean(),
        // Node refuses HTTP/1.1 without a Host header before any route runs: send one most times.
        fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, fc.constant(false)),
        async (method, target, version, headers, body, reset, withHost) => {
          const lines = [
            `${method} ${target} ${version}`,
            ...(withHost ? ['Host: 127.0.0.1'] : []),
            ...headers,
          ];
          const head = `${lines.join('\r\n')}\r\n\r\n`;
          const response = await exchange(port, [Buffer.from(head, 'latin1'), Buffer.from(body, 'utf8')], {
            reset,
          });
          const status = statusOf(response);
          expect(status === 0 || status < 500, `${status} for ${JSON.stringify(head.slice(0, 200))}`).toBe(
            true,
          );
          await assertAlive({ method, target, version, headers, body: body.slice(0, 100), reset, withHost });
        },
      ),
      {
        ...runs(150),
        // The reproductions run first, every time.
        examples: [
          ['GET', '//[', 'HTTP/1.1', [], '', false, true],
          [
            'POST',
            '/v3/directline/conversations/%/activities',
            'HTTP/1.1',
            ['Content-Length: 2'],
            '{}',
            false,
            true,
          ],
          ['GET', 'http://[', 'HTTP/1.1', [], '', true, true],
        ],
      },
    );
  });

  it('survives hostile requests on every route over HTTP, and never shows an internal message', async () => {
    const routes = [
      '/v3/directline/tokens/generate',
      '/v3/directline/tokens/refresh',
      '/v3/directline/conversations',
      `/v3/directline/conversations/${chat.conversationId}`,
      `/v3/directline/conversations/${chat.conversationId}/activities`,
      `/pay/${linkToken}`,
      `/pay/${linkToken}/checkout`,
      `/pay/${linkToken}/invoice.pdf`,
      '/payments/mollie/webhook',
      '/health',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'),
        fc.constantFrom(
          '',
          `Bearer ${chat.token}`,
          `Bearer ${linkToken}`,
          'Bearer x',
          `Bearer ${'a'.repeat(1000)}`,
        ),
        fc.constantFrom('application/json', 'application/x-www-form-urlencoded', 'text/plain', ''),
        BODIES,
        fc.constantFrom('', '?watermark=%', '?watermark=-1', '?watermark=99999999999999999999', '?lang=%'),
        async (route, method, authorization, contentType, body, query) => {
          const response = await send(port, {
            method,
            target: `${route}${query}`,
            headers: {
              ...(authorization ? { authorization } : {}),
              ...(contentType ? { 'content-type': contentType } : {}),
            },
            ...(method === 'GET' ? {} : { body }),
          });
          const text = withoutTokens(response.text);
          expect(response.status, `${method} ${route}${query}: ${text.slice(0, 200)}`).toBeLessThan(500);
          expect(response.headers['x-content-type-options']).toBe('nosniff');
          expect(text).not.toMatch(
            /prisma|postgres|pglite|sql|stack|\bat \/|node:internal|TypeError|Invalid URL/i,
          );
          await assertAlive({ route, method, body: body.slice(0, 100), query });
        },
      ),
      runs(120),
    );
  });

  it('survives WebSocket upgrades with bad targets, keys and tokens, and malformed frames', async () => {
    const stream = (token: string) => `/v3/directline/conversations/${chat.conversationId}/stream?t=${token}`;
    const FRAMES = fc.oneof(
      fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
      fc.constantFrom(
        Buffer.from([0x81, 0x05, 0x68, 0x65, 0x6c, 0x6c, 0x6f]), // unmasked text frame from a client
        Buffer.from([0xf1, 0x80, 0, 0, 0, 0]), // reserved bits set
        Buffer.from([0x83, 0x80, 0, 0, 0, 0]), // unknown opcode
        Buffer.from([0x81, 0xff, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 1, 2, 3, 4]), // 2^63 length
        Buffer.from([0x81, 0xfe, 0xff, 0xff, 1, 2, 3, 4]), // 64 KB announced, over maxPayload
        Buffer.from([0x09, 0x80, 0, 0, 0, 0]), // fragmented ping
        Buffer.from([0x81, 0x82, 0, 0, 0, 0, 0xc3, 0x28]), // invalid UTF-8 text
        Buffer.from([0x88, 0x82, 0, 0, 0, 0, 0x03, 0xe7]), // close with a reserved code
        Buffer.from([0x88, 0x81, 0, 0, 0, 0, 0x03]), // close with one byte of code
        Buffer.from([0x81, 0x80, 0, 0, 0, 0]), // an empty keep-alive: fine
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          '//[',
          '%',
          stream(''),
          stream('%'),
          stream('dl1.x.y'),
          stream('TOKEN'),
          `/v3/directline/conversations/%/stream?t=TOKEN`,
          `/v3/directline/conversations/${chat.conversationId}/activities`,
          `/v3/directline/conversations/${chat.conversationId}/stream?t=TOKEN&watermark=%`,
          `/v3/directline/conversations/${chat.conversationId}/stream?t=TOKEN&watermark=-5`,
          '/health',
        ),
        fc.constantFrom('dGhlIHNhbXBsZSBub25jZQ==', '', 'short', '%%%%', 'dGhlIHNhbXBsZSBub25jZQ==, x'),
        fc.constantFrom('13', '8', '', '13, 13'),
        fc.array(FRAMES, { maxLength: 4 }),
        fc.boolean(),
        async (target, key, version, frames, reset) => {
          const request =
            `GET ${target.replace('TOKEN', chat.token)} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\n` +
            `Upgrade: websocket\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: ${version}\r\n\r\n`;
          const response = await exchange(port, [request, ...frames], { quietMs: 150, reset });
          const status = statusOf(response);
          expect(status === 0 || status < 500, `${status} for ${target}`).toBe(true);
          await assertAlive({ target, key, version, frames: frames.map((f) => f.toString('hex')), reset });
        },
      ),
      { ...runs(80), examples: [['//[', 'dGhlIHNhbXBsZSBub25jZQ==', '13', [], false]] },
    );
  });

  it('stores every chat text whole (or refuses it with a 4xx) and keeps the conversation consistent', async () => {
    const TEXTS = fc.oneof(
      fc.constantFrom(
        'Ik betaal \u0000 volgende week',
        'lone \uD800 high',
        'lone \uDFFF low',
        '\uDFFF\uD800',
        'RTL \u202Eevil\u202C override \u2066isolate\u2069',
        '\u0000',
        'x'.repeat(1_000_000),
        'y'.repeat(2_001),
        JSON.stringify({ a: JSON.parse(nested(2000)) }),
        '{"type":"message"}',
        '<script>alert(1)</script>',
        "'; DROP TABLE message; --",
        '   ',
      ),
      fc.string({ minLength: 1, maxLength: 300, unit: 'binary' }),
      fc.string({
        minLength: 1,
        maxLength: 80,
        unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
      }),
    );
    await fc.assert(
      fc.asyncProperty(TEXTS, fc.constantFrom('message', 'event', 'typing'), async (text, type) => {
        const response = await send(port, {
          method: 'POST',
          target: `/v3/directline/conversations/${chat.conversationId}/activities`,
          headers: { authorization: `Bearer ${chat.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            type,
            text,
            locale: 'nl-NL\u0000',
            channelData: { clientActivityID: text.slice(0, 50) },
          }),
        });
        const body = response.text;
        expect([200, 400, 413], `${response.status} ${body.slice(0, 200)}`).toContain(response.status);
        if (response.status === 200)
          chat.accepted.set((JSON.parse(body) as { id: string }).id, toStorableText(text));
        await assertAlive({ text: text.slice(0, 100), length: text.length, type });
      }),
      runs(30),
    );
    // The log reads back whole: contiguous watermarks and ids, each accepted text exactly as stored.
    const all: { id: string; text?: string; from: { role?: string } }[] = [];
    for (let watermark = 0; ; ) {
      const page = (await (
        await fetch(
          `http://127.0.0.1:${port}/v3/directline/conversations/${chat.conversationId}/activities?watermark=${watermark}`,
          { headers: { authorization: `Bearer ${chat.token}` } },
        )
      ).json()) as { activities: typeof all; watermark: string };
      all.push(...page.activities);
      if (page.activities.length === 0) break;
      watermark = Number(page.watermark);
    }
    expect(all.map((activity) => activity.id)).toEqual(
      all.map((_, index) => `${chat.conversationId}|${String(index + 1).padStart(7, '0')}`),
    );
    const byId = new Map(all.map((activity) => [activity.id, activity]));
    for (const [id, text] of chat.accepted) expect(byId.get(id)?.text).toBe(text);
  });

  it('stops cleanly, and the database holds nothing half-written', async () => {
    serve.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(log).not.toMatch(/BUG: /);
    await withDatabase(database.target, async (db) => {
      for (const conversation of await db.prisma.directLineConversation.findMany({
        include: { _count: { select: { activities: true } } },
      })) {
        const last = await db.prisma.directLineActivity.aggregate({
          where: { conversationId: conversation.id },
          _max: { seq: true },
        });
        expect(conversation._count.activities).toBe(conversation.lastSeq);
        expect(last._max.seq ?? 0).toBe(conversation.lastSeq);
      }
      // Every accepted chat message is on the debtor's timeline once.
      for (const id of chat.accepted.keys()) {
        expect(
          await db.prisma.message.count({ where: { channel: 'chat', externalId: id } }),
        ).toBeLessThanOrEqual(1);
      }
      const invoice = await db.prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
      expect(invoice).toMatchObject({ status: 'open', openCents: 48_400 });
    });
  });
});
