import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../prisma/open-database.ts';
import { runCliProcess } from '../../support/run-cli.ts';
import { watchServe } from '../../support/watch-serve.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const HEADER =
  'debtor_reference,debtor_name,debtor_kind,language,contact_email,contact_name,account_owner,invoice_number,issue_date,due_date,amount,open_amount,currency,po_number';

/** Runs a child that adds 1 to counter.n `rounds` times, each a read-modify-write transaction. */
function runCounter(
  env: Record<string, string>,
  rounds: number,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'test/support/run-counter-transactions.ts')],
      {
        cwd: ROOT,
        env: { ...process.env, ...env, ROUNDS: String(rounds) },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += String(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += String(chunk);
    });
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Starts `collections serve` on the embedded database in `env` and waits until it listens. */
async function startServe(env: Record<string, string>, onOutput: (text: string) => void) {
  const serve = spawn(process.execPath, [path.join(ROOT, 'bin/collections.js'), 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...env,
      PORT: '0',
      HOST: '127.0.0.1',
      IMAP_HOST: '',
      SMTP_HOST: '',
      SLACK_SIGNING_SECRET: '',
      SLACK_BOT_TOKEN: '',
    },
  });
  const watched = watchServe(serve, onOutput);
  await watched.listening;
  return { serve, exited: watched.exited };
}

// The embedded database whatever DATABASE_URL says: this is about PGlite shared by serve.
describe('collections serve shares the embedded database with the other commands', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let serve: ChildProcess;
  let exited: Promise<number | null>;
  let log = '';
  let port = 0;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'collections-shared-'));
    env = {
      DATABASE_URL: '',
      PGLITE_DATA_DIR: dataDir,
      PAYMENT_LINK_SECRET: 'shared-database-test-secret-0123456789',
      PUBLIC_BASE_URL: 'http://collections.invalid',
    };
    ({ serve, exited } = await startServe(env, (text) => {
      log += text;
    }));
    port = Number(/listening on http:\/\/[\d.]+:(\d+)/.exec(log)?.[1]);
  });

  afterAll(async () => {
    if (serve && serve.exitCode === null) {
      serve.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('names serve and its private socket in the lock, and refuses a second serve naming the first', async () => {
    const lock = JSON.parse(readFileSync(path.join(dataDir, 'collections.lock'), 'utf8'));
    expect(lock).toEqual({
      pid: serve.pid,
      role: 'serve',
      socket: path.join(dataDir, 'serve-socket/.s.PGSQL.5432'),
    });
    expect(log).toContain(`(served at ${lock.socket})`);

    const second = await runCliProcess(['serve'], { env: { ...env, PORT: '0' } });
    expect(second.code).toBe(3);
    expect(second.stderr).toContain(`already served by "collections serve" (pid ${serve.pid}`);
    expect(second.stderr).toContain(`stop that one first (kill ${serve.pid})`);
    // The first one is untouched.
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
  });

  it('import, report, link, dunning run, schedule and db migrate work while serve runs, and serve sees their writes', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'ledger-')), 'ledger.csv');
    writeFileSync(
      file,
      `${[
        HEADER,
        'C-1,Acme B.V.,company,nl,ap@acme.nl,Ank,owner@example.com,F-1,2026-09-01,2026-10-01,1250.00,1250.00,EUR,',
        'C-2,Sam Jones,consumer,en,sam@example.com,Sam,,F-2,2026-09-01,2026-09-15,40,,,',
      ].join('\n')}\n`,
    );
    const imported = await runCliProcess(['import', file, '--as-of', '2026-12-01'], { env });
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('2 invoices created');

    const aging = await runCliProcess(['report', 'aging', '--json', '--as-of', '2026-12-01'], { env });
    expect(aging.code).toBe(0);
    expect(aging.stdout).toContain('Acme B.V.');
    expect(aging.stdout).toContain('Sam Jones');

    const link = await runCliProcess(['link', 'F-1', '--json'], { env });
    expect(link.code).toBe(0);
    const { url, invoice } = JSON.parse(link.stdout) as { url: string; invoice: string };
    expect(invoice).toBe('F-1');
    // Serve shows the page of the invoice the import (another process) wrote.
    const page = await fetch(url.replace('http://collections.invalid', `http://127.0.0.1:${port}`));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('F-1');

    const dunning = await runCliProcess(['dunning', 'run', '--dry-run'], { env });
    expect(dunning.code).toBe(0);
    expect(dunning.stdout).toContain('dry run');
    expect(dunning.stdout).toContain('F-1');

    const schedule = await runCliProcess(['schedule', '--json'], { env });
    expect(schedule.stderr).toBe('');
    expect(schedule.code).toBe(0);
    expect(schedule.stdout).toContain('dunning');

    const migrate = await runCliProcess(['db', 'migrate'], { env });
    expect(migrate.code).toBe(0);
    expect(migrate.stdout).toContain('Database is up to date');
  });

  it('keeps transactions of serve’s socket clients in different processes apart: no update is lost', async () => {
    const target = { kind: 'pglite' as const, dataDir };
    // This test process is one more client, as a command is: it finds serve through the lock.
    const db = await openDatabase({ target });
    try {
      await db.prisma.$executeRawUnsafe('CREATE TABLE counter (n int NOT NULL)');
      await db.prisma.$executeRawUnsafe('INSERT INTO counter VALUES (0)');
      const rounds = 15;
      const here = (async () => {
        for (let round = 0; round < rounds; round += 1) {
          await db.prisma.$transaction(async (tx) => {
            const [row] = await tx.$queryRaw<{ n: number }[]>`SELECT n FROM counter`;
            await new Promise((resolve) => setTimeout(resolve, 5));
            await tx.$executeRaw`UPDATE counter SET n = ${row!.n + 1}`;
          });
        }
      })();
      const children = await Promise.all([runCounter(env, rounds), runCounter(env, rounds), here]);
      for (const child of children.slice(0, 2)) {
        expect(child).toMatchObject({ code: 0, output: expect.stringContaining(`done ${rounds}`) });
      }
      const [row] = await db.prisma.$queryRaw<{ n: number }[]>`SELECT n FROM counter`;
      expect(row!.n).toBe(3 * rounds);
    } finally {
      await db.close();
    }
  });

  it('after serve stops, its socket and lock are gone and commands open the directory themselves', async () => {
    serve.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(existsSync(path.join(dataDir, 'collections.lock'))).toBe(false);
    expect(existsSync(path.join(dataDir, 'serve-socket'))).toBe(false);

    const aging = await runCliProcess(['report', 'aging', '--json', '--as-of', '2026-12-01'], { env });
    expect(aging.stderr).toBe('');
    expect(aging.code).toBe(0);
    expect(aging.stdout).toContain('Acme B.V.');
    expect(existsSync(path.join(dataDir, 'collections.lock'))).toBe(false);
  });

  it('after a serve killed with SIGKILL, the next command and the next serve take the directory over', async () => {
    const killed = await startServe(env, () => undefined);
    const lockFile = path.join(dataDir, 'collections.lock');
    killed.serve.kill('SIGKILL');
    await killed.exited;
    // Left behind, naming a process that no longer runs.
    expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toMatchObject({
      pid: killed.serve.pid,
      role: 'serve',
    });

    const aging = await runCliProcess(['report', 'aging', '--json', '--as-of', '2026-12-01'], { env });
    expect(aging.stderr).toBe('');
    expect(aging.code).toBe(0);
    expect(aging.stdout).toContain('Sam Jones');

    // The socket file the killed serve left is replaced, and commands reach the new serve.
    const next = await startServe(env, () => undefined);
    try {
      expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toMatchObject({
        pid: next.serve.pid,
        role: 'serve',
      });
      const link = await runCliProcess(['link', 'F-2', '--json'], { env });
      expect(link.code).toBe(0);
      expect(JSON.parse(link.stdout)).toMatchObject({ invoice: 'F-2' });
    } finally {
      next.serve.kill('SIGTERM');
      expect(await next.exited).toBe(0);
    }
    expect(existsSync(lockFile)).toBe(false);
  });
});
