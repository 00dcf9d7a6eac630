import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const LOCK_FILE = 'collections.lock';

/**
 * Who holds an embedded data directory: a command that opened it itself, or `collections serve`,
 * which lets every other process in through its socket once it listens (`socket` is set then).
 */
export interface DataDirOwner {
  readonly pid: number;
  readonly role: 'command' | 'serve';
  readonly socket?: string | undefined;
}

const ZLockFile = z.object({
  pid: z.number().int().positive(),
  role: z.enum(['command', 'serve']),
  socket: z.string().min(1).optional(),
});

/**
 * The live owner of a data directory, or null when nobody holds it: no lock file, or one left by
 * a process that no longer runs, or by this very process id (in a container a restarted process
 * often gets the pid its predecessor had). A lock file of the old format holds just a pid.
 */
export function readDataDirOwner(dataDir: string): DataDirOwner | null {
  let text: string;
  try {
    text = readFileSync(path.join(dataDir, LOCK_FILE), 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const owner = parseLock(text);
  if (!owner || owner.pid === process.pid || !isRunning(owner.pid)) return null;
  return owner;
}

function parseLock(text: string): DataDirOwner | null {
  if (/^\d+$/.test(text)) return { pid: Number(text), role: 'command' };
  try {
    const parsed = ZLockFile.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
