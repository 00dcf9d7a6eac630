import { linkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../domain/errors/app-error.ts';
import { type DataDirOwner, LOCK_FILE, readDataDirOwner } from './read-data-dir-owner.ts';

export interface DataDirLock {
  /** Serve only: tells other processes where to connect, once the socket listens. */
  announceSocket(socketPath: string): void;
  release(): void;
}

/**
 * PGlite has no lock of its own: two processes opening one data directory each keep their own
 * copy of the database in memory and overwrite each other's files. This lock (a file naming the
 * owner's pid and role, created exclusively and whole) makes the second process stop with a clear
 * message, unless the owner is `collections serve`: then other commands connect to its socket
 * (embedded-adapter-factory.ts) and only a second serve is refused. A lock left by a process that
 * no longer runs is taken over.
 */
export function lockDataDir(dataDir: string, { role }: { role: 'command' | 'serve' }): DataDirLock {
  const file = path.join(dataDir, LOCK_FILE);
  const write = (owner: DataDirOwner) => {
    // Written beside the lock and linked (to create) or renamed (to replace) into place, so a
    // reader never sees half a file.
    const draft = `${file}.${process.pid}.tmp`;
    writeFileSync(draft, JSON.stringify(owner), { mode: 0o600 });
    return draft;
  };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const draft = write({ pid: process.pid, role });
    try {
      linkSync(draft, file);
      rmSync(draft, { force: true });
      return {
        announceSocket: (socket) => renameSync(write({ pid: process.pid, role, socket }), file),
        release: () => rmSync(file, { force: true }),
      };
    } catch (error) {
      rmSync(draft, { force: true });
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readDataDirOwner(dataDir);
    if (owner) throw new AppError('DATABASE_UNAVAILABLE', describeRefusal(dataDir, owner, role));
    rmSync(file, { force: true });
  }
  throw new AppError(
    'DATABASE_UNAVAILABLE',
    `Could not lock the embedded database in ${dataDir}; try again.`,
  );
}

function describeRefusal(dataDir: string, owner: DataDirOwner, role: 'command' | 'serve'): string {
  if (owner.role === 'serve' && role === 'serve') {
    return `The embedded database in ${dataDir} is already served by "collections serve" (pid ${owner.pid}${owner.socket ? `, socket ${owner.socket}` : ''}). One serve per data directory: stop that one first (kill ${owner.pid}), or give this one its own PGLITE_DATA_DIR. Other commands do not need a serve of their own: they reach the running one.`;
  }
  if (owner.role === 'serve') {
    return `The embedded database in ${dataDir} is served by "collections serve" (pid ${owner.pid}), which is still starting; try again in a moment.`;
  }
  if (role === 'serve') {
    return `The embedded database in ${dataDir} is in use by another collections command (pid ${owner.pid}). Wait for it to finish, then start serve again.`;
  }
  return `The embedded database in ${dataDir} is in use by another process (pid ${owner.pid}), a collections command that opened it itself. Wait for it to finish and try again; while "collections serve" runs, commands share the database through it.`;
}
