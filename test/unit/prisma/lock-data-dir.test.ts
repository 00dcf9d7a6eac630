import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockDataDir } from '../../../prisma/lock-data-dir.ts';
import { readDataDirOwner } from '../../../prisma/read-data-dir-owner.ts';

// A process that runs and is not this one: the test runner's parent.
const LIVE = process.ppid;
// Above Linux's pid_max (4194304): never a running process.
const GONE = 4_194_305;

describe('lockDataDir', () => {
  let dir: string;
  const lockFile = () => path.join(dir, 'collections.lock');
  const writeLock = (content: unknown) =>
    writeFileSync(lockFile(), typeof content === 'string' ? content : JSON.stringify(content));

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'collections-lock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the owner whole, names serve’s socket once announced, and removes the file on release', () => {
    const lock = lockDataDir(dir, { role: 'serve' });
    expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toEqual({ pid: process.pid, role: 'serve' });
    lock.announceSocket('/run/x/.s.PGSQL.5432');
    expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toEqual({
      pid: process.pid,
      role: 'serve',
      socket: '/run/x/.s.PGSQL.5432',
    });
    lock.release();
    expect(() => readFileSync(lockFile())).toThrow(/ENOENT/);
  });

  it('refuses a second serve, naming the running one, its socket and what to do', () => {
    writeLock({ pid: LIVE, role: 'serve', socket: '/run/x/.s.PGSQL.5432' });
    expect(() => lockDataDir(dir, { role: 'serve' })).toThrow(
      `already served by "collections serve" (pid ${LIVE}, socket /run/x/.s.PGSQL.5432). One serve per data directory: stop that one first (kill ${LIVE})`,
    );
    expect(readDataDirOwner(dir)).toEqual({ pid: LIVE, role: 'serve', socket: '/run/x/.s.PGSQL.5432' });
  });

  it('refuses serve and commands while a command holds the directory (old plain-pid locks too)', () => {
    writeLock({ pid: LIVE, role: 'command' });
    expect(() => lockDataDir(dir, { role: 'serve' })).toThrow(
      `in use by another collections command (pid ${LIVE}). Wait for it to finish, then start serve again.`,
    );
    writeLock(String(LIVE));
    expect(() => lockDataDir(dir, { role: 'command' })).toThrow(`in use by another process (pid ${LIVE})`);
  });

  it('takes over a lock whose process is gone, or that this pid left (a restarted container)', () => {
    writeLock({ pid: GONE, role: 'serve', socket: '/run/x/.s.PGSQL.5432' });
    expect(readDataDirOwner(dir)).toBeNull();
    lockDataDir(dir, { role: 'command' }).release();
    writeLock(String(process.pid));
    lockDataDir(dir, { role: 'serve' }).release();
    writeLock('not a lock');
    expect(readDataDirOwner(dir)).toBeNull();
  });
});
