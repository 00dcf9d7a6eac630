/**
 * An error for the log: its stack (or its text), then the stack of each cause, so a wrapped
 * database or library error shows where it really came from. For logs only, never for a client.
 */
export function describeError(error: unknown, depth = 0): string {
  const own =
    error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : `thrown: ${String(error)}`;
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause === undefined || depth >= 3) return own;
  return `${own}\n  caused by: ${describeError(cause, depth + 1)}`;
}
