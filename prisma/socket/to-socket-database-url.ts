import path from 'node:path';

/**
 * The PostgreSQL URL that reaches serve's socket: pg takes a directory as `host` and connects to
 * `<host>/.s.PGSQL.<port>`. PGlite has one database and one user, both named postgres.
 */
export function toSocketDatabaseUrl(socketPath: string): string {
  const port = /^\.s\.PGSQL\.(\d+)$/.exec(path.basename(socketPath))?.[1] ?? '5432';
  return `postgresql://postgres@localhost:${port}/postgres?host=${encodeURIComponent(path.dirname(socketPath))}`;
}
