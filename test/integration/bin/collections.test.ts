import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_STAMP, isDistCurrent } from '../../../bin/is-dist-current.js';
import { buildEml } from '../../support/build-eml.ts';
import { createTestTarget } from '../../support/test-database.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const CLI = path.join(ROOT, 'bin/collections.js');
const RECORDER = path.join(ROOT, 'test/support/record-loaded-modules.js');

/** Packages that only serve, the channels or the database need; none may load for costs or classify. */
const HEAVY = [
  'botbuilder',
  'botbuilder-dialogs',
  'botframework-connector',
  '@slack/bolt',
  '@slack/web-api',
  'langchain',
  '@langchain/core',
  '@langchain/openai',
  'openai',
  '@prisma/client',
  '@electric-sql/pglite',
  'pglite-prisma-adapter',
  'pg',
  'mailparser',
  'imapflow',
  'nodemailer',
  'pdf-lib',
  'unpdf',
  '@mollie/api-client',
  'openid-client',
  'oauth4webapi',
  'jose',
  'ws',
  'tsx',
  'esbuild',
];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Every module the process loaded: file URLs of ES modules, paths of CommonJS ones. */
  loaded: string[];
}

let scratch: string;

/** `collections <args>` as a real process, recording what it loads. */
function collections(
  args: readonly string[],
  {
    input = '',
    env = {},
    preload = [],
  }: { input?: string; env?: Record<string, string>; preload?: string[] } = {},
): Promise<Run> {
  const log = path.join(scratch, `loaded-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(log, '');
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [
        ...preload.flatMap((url) => ['--import', url]),
        '--import',
        pathToFileURL(RECORDER).href,
        CLI,
        ...args,
      ],
      {
        cwd: scratch,
        env: { ...process.env, NLP_LLM_MODE: 'off', ...env, RECORD_LOADED_MODULES: log },
        maxBuffer: 64 * 1024 * 1024,
        timeout: 120_000,
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') return reject(error);
        const loaded = readFileSync(log, 'utf8').split('\n').filter(Boolean);
        resolve({ code: child.exitCode, stdout, stderr, loaded });
      },
    );
    child.stdin?.end(input);
  });
}

/** The npm packages among the loaded modules ("@scope/name" or "name"). */
function packagesOf(loaded: readonly string[]): Set<string> {
  const names = loaded.flatMap((entry) => {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//u.exec(entry);
    return match ? [match[1]!] : [];
  });
  return new Set(names);
}

function ranFromDist(run: Run): boolean {
  return run.loaded.some((entry) => entry.endsWith('/dist/bot/cli/collections.js'));
}

/** Twenty debtor replies from the project's corpus, as `classify` reads them. */
function corpusLines(): string {
  return readFileSync(path.join(ROOT, 'nlp/corpus/nl.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, 20)
    .map((line) => {
      const { id, text, subject } = JSON.parse(line) as { id: string; text: string; subject?: string };
      return JSON.stringify({ id, text, subject });
    })
    .join('\n');
}

describe('the collections executable', () => {
  beforeAll(async () => {
    scratch = mkdtempSync(path.join(tmpdir(), 'collections-bin-'));
    if (isDistCurrent({ root: ROOT })) return;
    // What `npm ci` and `npm run build` do; a stale or missing dist/ would be skipped, not tested.
    await new Promise<void>((resolve, reject) => {
      execFile(process.execPath, [path.join(ROOT, 'bin/build-dist.js')], { cwd: ROOT }, (error) =>
        error ? reject(error) : resolve(),
      );
    });
    expect(isDistCurrent({ root: ROOT })).toBe(true);
  }, 600_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('runs `costs` from dist/ without loading any package', async () => {
    const run = await collections(['costs', '--principal', '3000']);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ principal: 3000, wik: 425, vat: 0, total: 3425 });
    expect(ranFromDist(run)).toBe(true);
    expect(run.loaded.some((entry) => entry.endsWith('/dist/domain/law/compute-wik.js'))).toBe(true);
    expect([...packagesOf(run.loaded)]).toEqual([]);
  });

  it('prints the help without loading a single command', async () => {
    const run = await collections(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('costs');
    expect(run.stdout).toContain('serve');
    expect(ranFromDist(run)).toBe(true);
    expect(run.loaded.filter((entry) => entry.includes('/commands/'))).toEqual([]);
  });

  it('classifies with the model read from dist/, loading none of the server, channel, LLM or database packages', async () => {
    const run = await collections(['classify'], { input: corpusLines() });
    expect(run.code).toBe(0);
    const results = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { reason?: string; error?: unknown });
    expect(results).toHaveLength(20);
    expect(results.filter((result) => result.error !== undefined)).toEqual([]);
    expect(ranFromDist(run)).toBe(true);
    const packages = packagesOf(run.loaded);
    // The recorder sees packages at all: classify reads dates with chrono-node.
    expect(packages.has('chrono-node')).toBe(true);
    expect(HEAVY.filter((name) => packages.has(name))).toEqual([]);
  });

  it('names the .ts file and line of compiled code in a stack trace', async () => {
    // stdout that fails the way a closed pipe can: the command's write throws inside dist/.
    const brokenStdout = `data:text/javascript,process.stdout.write=()=>{throw new Error("stdout is gone")}`;
    const run = await collections(['costs', '--principal', '3000'], { preload: [brokenStdout] });
    expect(run.code).toBe(1);
    expect(ranFromDist(run)).toBe(true);
    const source = readFileSync(path.join(ROOT, 'bot/cli/commands/costs-command.ts'), 'utf8').split('\n');
    const line = source.findIndex((text) => text.includes('io.stdout.write(')) + 1;
    expect(line).toBeGreaterThan(0);
    expect(run.stderr).toContain('collections: stdout is gone');
    expect(run.stderr).toMatch(
      new RegExp(`at costsCommand \\(.*/bot/cli/commands/costs-command\\.ts:${line}:\\d+\\)`),
    );
    expect(run.stderr).not.toContain('/dist/');
  });

  it('migrates and runs the demo from dist/: migrations and the model are found beside the compiled code', async () => {
    const database = await createTestTarget();
    try {
      const run = await collections(['demo'], { env: database.env });
      expect(run.stderr).not.toMatch(/error/i);
      expect(run.code).toBe(0);
      expect(ranFromDist(run)).toBe(true);
      expect(run.stdout).toMatch(/Northwind Logistics Ltd\s+DEMO-2026-0102\s+dispute/);
    } finally {
      await database.drop();
    }
  });

  it('serves the payment page files from dist/', async () => {
    const { loadPageAssets } = (await import(
      pathToFileURL(path.join(ROOT, 'dist/bot/payments/load-page-assets.js')).href
    )) as typeof import('../../../bot/payments/load-page-assets.ts');
    const assets = loadPageAssets();
    expect(assets.get('pay-page.css')?.body.toString()).toBe(
      ['page-base.css', 'pay-page.css']
        .map((name) => readFileSync(path.join(ROOT, 'channels/web/assets', name), 'utf8'))
        .join(''),
    );
  });

  it("parses and understands mail in worker threads that run dist/'s compiled worker", async () => {
    const { createPreparePool } = (await import(
      pathToFileURL(path.join(ROOT, 'dist/bot/inbound/create-prepare-pool.js')).href
    )) as typeof import('../../../bot/inbound/create-prepare-pool.ts');
    const pool = createPreparePool({ threads: 1 });
    try {
      await pool.ready();
      const raw = buildEml({
        from: 'jan@jansen.nl',
        subject: 'Factuur 2026-0042',
        body: 'Wij hebben de factuur vorige week al betaald.',
      });
      const prepared = await pool.prepare({
        mail: { mailbox: 'INBOX', uidValidity: 1n, uid: 1, raw: Buffer.from(raw) },
        now: new Date('2026-11-23T10:00:00Z'),
        understand: true,
      });
      expect(prepared.email.subject).toBe('Factuur 2026-0042');
      expect(prepared.understanding?.reason).toBe('already_paid');
    } finally {
      await pool.close();
    }
  });

  it('runs the source through tsx, never a stale dist/, once a source file is newer than the build', async () => {
    const stampFile = path.join(ROOT, BUILD_STAMP);
    const stamp = readFileSync(stampFile, 'utf8');
    // A build that started before any source file was written: as if every file changed since.
    writeFileSync(stampFile, JSON.stringify({ startedAt: 0 }));
    try {
      const run = await collections(['costs', '--principal', '3000']);
      expect(JSON.parse(run.stdout)).toEqual({ principal: 3000, wik: 425, vat: 0, total: 3425 });
      expect(ranFromDist(run)).toBe(false);
      expect(run.loaded).toContain(pathToFileURL(path.join(ROOT, 'bot/cli/commands/costs-command.ts')).href);
    } finally {
      writeFileSync(stampFile, stamp);
    }
  });
});
