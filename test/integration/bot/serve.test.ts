import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess } from '../../support/run-cli.ts';
import { createTestTarget } from '../../support/test-database.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('collections serve', () => {
  let database: Awaited<ReturnType<typeof createTestTarget>>;
  beforeAll(async () => {
    database = await createTestTarget();
    // serve migrates the embedded database itself; PostgreSQL is migrated as a deploy step.
    expect((await runCliProcess(['db', 'migrate'], { env: database.env })).code).toBe(0);
  });
  afterAll(async () => {
    await database.drop();
  });

  it('answers GET /health from the database, refuses unknown paths, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/collections.js'), 'serve'], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...database.env,
        PORT: '0',
        IMAP_HOST: '',
        SLACK_SIGNING_SECRET: '',
        SLACK_BOT_TOKEN: '',
      },
    });
    let log = '';
    child.stderr.on('data', (chunk) => {
      log += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setInterval(() => {
        const match = /listening on http:\/\/[\d.]+:(\d+)/.exec(log);
        if (match) {
          clearInterval(timer);
          resolve(Number(match[1]));
        }
      }, 100);
      void exited.then(() => {
        clearInterval(timer);
        reject(new Error(`serve exited early:\n${log}`));
      });
    });
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);
    // Up or not, nothing more: the database and the services are in the start-up log only.
    expect(await health.json()).toEqual({ ok: true });
    expect(log).toMatch(
      database.target.kind === 'postgres' ? /database: PostgreSQL at /u : /database: embedded PGlite in /u,
    );
    const missing = await fetch(`http://127.0.0.1:${port}/no-such-thing`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      error: { code: 'NOT_FOUND', message: 'No such endpoint: /no-such-thing.' },
    });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(log).toContain('stopping');
  });
});
