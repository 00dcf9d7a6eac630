import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPGlite } from '../../../prisma/create-pglite.ts';

// About PGlite itself: runs on PGlite whatever DATABASE_URL says.

const ROOT = path.resolve(import.meta.dirname, '../../..');

function measurePeak(dataDir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'test/support/measure-pglite-peak.ts')],
      { cwd: ROOT, env: { ...process.env, PGLITE_DATA_DIR: dataDir } },
      (error, stdout, stderr) => {
        const peak = /peak (\d+)/u.exec(stdout);
        if (error || !peak)
          return reject(new Error(`measure-pglite-peak failed: ${stderr}`, { cause: error }));
        resolve(Number(peak[1]));
      },
    );
  });
}

describe('createPGlite', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'create-pglite-'));
    // The first open runs initdb; the children below open the directory as every command does.
    await (await createPGlite(dataDir, { purpose: 'serve' })).close();
  }, 120_000);

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('gives a command a small buffer cache and leaves serve the data directory’s own', async () => {
    const command = await createPGlite(dataDir, { purpose: 'command' });
    const commandBuffers = (await command.query<{ shared_buffers: string }>('SHOW shared_buffers')).rows[0];
    const commandFsync = (await command.query<{ fsync: string }>('SHOW fsync')).rows[0];
    await command.close();
    const serve = await createPGlite(dataDir, { purpose: 'serve' });
    const serveBuffers = (await serve.query<{ shared_buffers: string }>('SHOW shared_buffers')).rows[0];
    const serveFsync = (await serve.query<{ fsync: string }>('SHOW fsync')).rows[0];
    await serve.close();
    expect(commandBuffers).toEqual({ shared_buffers: '16MB' });
    expect(serveBuffers).toEqual({ shared_buffers: '128MB' });
    // Durability as PGlite sets it, the same for both.
    expect(commandFsync).toEqual(serveFsync);
  }, 120_000);

  // On Node 24 without the tier-up filter around the start, the parser's optimizing compilation
  // alone took ~600 MB and this child peaked at ~830 MB; with it, ~270 MB (Node 20: ~400 MB).
  it('keeps a process that parses hundreds of statements under 450 MB', async () => {
    expect(await measurePeak(dataDir)).toBeLessThan(450);
  }, 120_000);
});
