import { AppError } from '../../domain/errors/app-error.ts';

/**
 * What staff read about a mail that could not be processed, and whether trying again can help.
 * A mail that is not a mail, or is too large or too deeply built to read, fails the same way on
 * every attempt: it is stored for a person at once instead of being parsed again at full cost on
 * each retry. Anything else (the database, a worker that crashed or ran out of time under load)
 * is retried with backoff.
 */
export function describeEmailFailure(error: unknown): { reason: string; retry: boolean } {
  if (error instanceof AppError && error.code === 'INPUT_INVALID') {
    return { reason: `${error.message} Stored without understanding; a person decides.`, retry: false };
  }
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof RangeError && /call stack/iu.test(message)) {
    return {
      reason:
        'The mail is built too deeply to read (parts or markup nested beyond what the parser can follow). Stored without understanding; a person decides.',
      retry: false,
    };
  }
  if (/invalid byte sequence|\\u0000|0x00/iu.test(message)) {
    return {
      reason: 'The mail holds a NUL character, which the database cannot store as text; a person decides.',
      retry: false,
    };
  }
  return { reason: message, retry: true };
}
