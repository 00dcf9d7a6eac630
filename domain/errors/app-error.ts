/**
 * One error type for the whole application. Each failure has a code; the code decides the HTTP
 * status and the exit code in one place (bot/), and the message tells a person what went wrong
 * and what to do. The original error is kept as `cause`.
 */
export const ERROR_CODES = [
  'CONFIG_INVALID',
  'INPUT_INVALID',
  'IMPORT_INVALID',
  'NOT_FOUND',
  'CONFLICT',
  'DATABASE_UNAVAILABLE',
  'MIGRATION_FAILED',
  /** A row read back from the database does not match its schema (a JSON column, a stored proposal). */
  'DATA_INVALID',
  'POLICY_INVALID',
  'CHANNEL_UNAVAILABLE',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; details?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = options.details;
  }
}

/** Wraps anything thrown into an AppError, keeping the original as the cause. */
export function asAppError(error: unknown, fallback: ErrorCode = 'INTERNAL'): AppError {
  if (error instanceof AppError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new AppError(fallback, message, { cause: error });
}
