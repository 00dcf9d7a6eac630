import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../domain/errors/app-error.ts';

/** pg connects to `<host>/.s.PGSQL.<port>`; the port is only part of the name. */
export const SOCKET_FILE = '.s.PGSQL.5432';

// sun_path holds 108 bytes on Linux and 104 on macOS, with the terminating NUL.
const MAX_SOCKET_PATH_BYTES = 103;

/**
 * Where serve listens for a data directory: `serve-socket/.s.PGSQL.5432` inside it, in a
 * directory only this user may enter (0700), so the socket is private before its own chmod. A
 * data directory whose path is too long for a Unix socket gets a directory under the system's
 * temporary directory instead, named by a hash of its path (the lock file names it, so other
 * processes find it either way; under systemd's PrivateTmp they would not see it there). Creates
 * the directory; refuses one that exists but is not this user's alone.
 */
export function chooseSocketPath(dataDir: string): string {
  const inside = path.join(dataDir, 'serve-socket');
  const dir =
    Buffer.byteLength(path.join(inside, SOCKET_FILE)) <= MAX_SOCKET_PATH_BYTES
      ? inside
      : path.join(
          os.tmpdir(),
          `collections-${createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 16)}`,
        );
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stat = lstatSync(dir);
  const uid = process.getuid?.();
  if (!stat.isDirectory() || (uid !== undefined && stat.uid !== uid) || (stat.mode & 0o077) !== 0) {
    throw new AppError(
      'DATABASE_UNAVAILABLE',
      `The socket directory ${dir} for the embedded database must be a directory of this user that nobody else may enter (mode 0700). Remove it, or fix its owner and mode, and start serve again.`,
    );
  }
  return path.join(dir, SOCKET_FILE);
}
