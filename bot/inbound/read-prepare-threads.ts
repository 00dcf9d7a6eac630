import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { AppError } from '../../domain/errors/app-error.ts';

const THREADS = z.coerce.number().int().min(0).max(16);

/**
 * EMAIL_PREPARE_THREADS: worker threads that parse and understand incoming mail. Default: one per
 * core (the main thread mostly waits on IMAP and the database); 0 keeps it all on the main thread.
 */
export function readPrepareThreads(env: Readonly<Record<string, string | undefined>>): number {
  const value = env.EMAIL_PREPARE_THREADS;
  if (value === undefined || value.trim() === '') return Math.min(availableParallelism(), 4);
  const parsed = THREADS.safeParse(value);
  if (!parsed.success) {
    throw new AppError(
      'CONFIG_INVALID',
      `EMAIL_PREPARE_THREADS must be a whole number from 0 to 16 (got "${value}"). Unset it for one thread per core, or 0 for none.`,
    );
  }
  return parsed.data;
}
