import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../domain/errors/app-error.ts';

const LOCK_FILE = 'collections.lock';

/**
 * PGlite has no lock of its own: two processes opening one data directory each keep their own
 * copy of the database in memory and overwrite each other's files. This lock (a file with the
 * owner's pid, created exclusively) makes the second process stop with a clear message instead.
 * A lock left by a process that no longer runs is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isRunning(owner)) {
        throw new AppError(
          'DATABASE_UNAVAILABLE',
          `The embedded database in ${dataDir} is in use by another process (pid ${owner}), for example a running "collections serve". Stop it first, or use PostgreSQL (DATABASE_URL) when several processes need the database at once.`,
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new AppError(
    'DATABASE_UNAVAILABLE',
    `Could not lock the embedded database in ${dataDir}; try again.`,
  );
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
