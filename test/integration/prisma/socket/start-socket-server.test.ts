import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SocketServer, startSocketServer } from '../../../../prisma/socket/start-socket-server.ts';

// These tests are about PGlite behind a socket; they run on PGlite whatever DATABASE_URL says.

const connect = async (dir: string) => {
  const client = new pg.Client({ host: dir, user: 'postgres', database: 'postgres' });
  await client.connect();
  return client;
};

/**
 * Four connections at once, two of them with parameters large enough to arrive in several chunks:
 * if one connection's Parse, Bind and Execute could be separated, another's Parse replaces the
 * unnamed statement in between.
 */
async function runMixedQueries(dir: string): Promise<{ wrong: number; errors: string[] }> {
  const clients = await Promise.all([0, 1, 2, 3].map(() => connect(dir)));
  let wrong = 0;
  const errors: string[] = [];
  try {
    await Promise.all(
      clients.map(async (client, i) => {
        for (let k = 0; k < 10; k += 1) {
          const expected = i * 1000 + k;
          try {
            const { rows } =
              i % 2 === 0
                ? await client.query('SELECT $1::int + length($2::text) * 0 AS v', [
                    expected,
                    'x'.repeat(300_000),
                  ])
                : await client.query('SELECT $1::int AS v', [expected]);
            if (rows[0]?.v !== expected) wrong += 1;
          } catch (error) {
            errors.push((error as Error).message);
          }
        }
      }),
    );
  } finally {
    await Promise.all(clients.map((client) => client.end().catch(() => undefined)));
  }
  return { wrong, errors };
}

describe('startSocketServer', () => {
  let dir: string;
  let db: PGlite;
  let server: SocketServer | null;
  const lines: string[] = [];
  const start = async (options: { maxConnections?: number; ownerIdleTimeoutMs?: number } = {}) => {
    server = await startSocketServer({
      db,
      socketPath: path.join(dir, '.s.PGSQL.5432'),
      maxConnections: options.maxConnections ?? 20,
      ownerIdleTimeoutMs: options.ownerIdleTimeoutMs ?? 60_000,
      log: (line) => lines.push(line),
    });
    return server;
  };

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'collections-socket-'));
    db = await PGlite.create();
    await db.exec('CREATE TABLE counter (n int NOT NULL); INSERT INTO counter VALUES (0);');
    server = null;
    lines.length = 0;
  });
  afterEach(async () => {
    await server?.close();
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('control: the package’s own server lets two connections’ extended-protocol messages interleave', async () => {
    const stock = new PGLiteSocketServer({ db, path: path.join(dir, '.s.PGSQL.5432'), maxConnections: 10 });
    await stock.start();
    try {
      const { wrong, errors } = await runMixedQueries(dir);
      // The workload below can tell: with the stock queue it fails (the reason we bring our own).
      expect(wrong + errors.length).toBeGreaterThan(0);
    } finally {
      await stock.stop();
    }
  });

  it('keeps every connection’s messages together: no query fails or gets another’s answer', async () => {
    await start();
    expect(statSync(path.join(dir, '.s.PGSQL.5432')).mode & 0o777).toBe(0o600);
    expect(await runMixedQueries(dir)).toEqual({ wrong: 0, errors: [] });
  });

  it('runs transactions of different connections one after the other: no read-modify-write is lost', async () => {
    await start();
    const clients = await Promise.all([0, 1, 2, 3, 4].map(() => connect(dir)));
    const rounds = 10;
    await Promise.all(
      clients.map(async (client) => {
        for (let k = 0; k < rounds; k += 1) {
          await client.query('BEGIN');
          const { rows } = await client.query<{ n: number }>('SELECT n FROM counter');
          // Give every other connection a chance to get in between read and write.
          await new Promise((resolve) => setTimeout(resolve, 1));
          await client.query('UPDATE counter SET n = $1', [rows[0]!.n + 1]);
          await client.query('COMMIT');
        }
      }),
    );
    const { rows } = await clients[0]!.query<{ n: number }>('SELECT n FROM counter');
    expect(rows[0]!.n).toBe(clients.length * rounds);
    await Promise.all(clients.map((client) => client.end()));
  });

  it('rolls back the transaction of a connection that goes away, and lets the others on', async () => {
    await start();
    const quitter = await connect(dir);
    quitter.on('error', () => undefined);
    await quitter.query('BEGIN');
    await quitter.query('UPDATE counter SET n = 99');
    // Nothing of the open transaction is seen while it is open: another connection (its startup
    // included) waits for the session.
    const other = connect(dir);
    const seen = other.then((client) => client.query<{ n: number }>('SELECT n FROM counter'));
    const early = await Promise.race([seen.then(() => 'answered'), sleep(300).then(() => 'waiting')]);
    expect(early).toBe('waiting');
    (quitter as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    expect((await seen).rows[0]!.n).toBe(0);
    await (await other).end();
  });

  it('closes a connection that holds the session idle while others wait, so nobody waits for good', async () => {
    await start({ ownerIdleTimeoutMs: 300 });
    const stuck = await connect(dir);
    const stuckError = new Promise<Error>((resolve) => stuck.on('error', resolve));
    await stuck.query('BEGIN');
    await stuck.query('UPDATE counter SET n = 42');
    const started = Date.now();
    const other = await connect(dir);
    const { rows } = await other.query<{ n: number }>('SELECT n FROM counter');
    expect(rows[0]!.n).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect((await stuckError).message).toMatch(/terminated|closed|ended/i);
    expect(lines.join('\n')).toContain('without a statement while others waited');
    await other.end();
  });

  it('refuses a connection beyond the limit with a PostgreSQL error a client can show', async () => {
    await start({ maxConnections: 2 });
    const first = await connect(dir);
    const second = await connect(dir);
    const third = new pg.Client({ host: dir, user: 'postgres', database: 'postgres' });
    third.on('error', () => undefined);
    const refused = await third.connect().then(
      () => null,
      (error: Error & { code?: string }) => error,
    );
    expect(refused?.code).toBe('53300');
    expect(refused?.message).toContain('too many clients already (2 connections to the embedded database)');
    // Those in keep working, and a place that frees up is taken again.
    await second.end();
    const again = await connect(dir);
    expect((await again.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    await Promise.all([first.end(), again.end()]);
  });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
