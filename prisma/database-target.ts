import path from 'node:path';
import { AppError } from '../domain/errors/app-error.ts';

/**
 * Where the data lives. One schema and one migration history serve both:
 * - pglite: embedded PostgreSQL (PGlite) in a data directory; the zero-configuration default.
 * - postgres: a real PostgreSQL server, for production.
 * A pglite target with `socket` is reached through the socket of the serve that holds it
 * (prisma/socket/serve-embedded-database.ts); without, a command finds out by itself
 * (prisma/embedded-adapter-factory.ts).
 */
export type DatabaseTarget =
  | { readonly kind: 'pglite'; readonly dataDir: string; readonly socket?: string | undefined }
  | { readonly kind: 'postgres'; readonly url: string };

export const DEFAULT_PGLITE_DATA_DIR = '.data/pglite';

/**
 * The Prisma CLI insists on a PostgreSQL URL in the schema's datasource even when a driver
 * adapter does the connecting. For the embedded database we hand it this URL (the .invalid
 * top-level domain can never resolve), and read it back as "embedded".
 */
export const EMBEDDED_PLACEHOLDER_URL = 'postgresql://embedded@pglite.invalid/collections';

export interface DatabaseEnv {
  readonly DATABASE_URL?: string | undefined;
  readonly PGLITE_DATA_DIR?: string | undefined;
}

/**
 * DATABASE_URL set to `postgresql://user:pass@host:5432/db` (or `postgres://`) selects PostgreSQL.
 * Unset, it selects the embedded database in PGLITE_DATA_DIR (default .data/pglite; `memory://`
 * keeps it in memory only).
 */
export function resolveDatabaseTarget(env: DatabaseEnv, cwd: string = process.cwd()): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url && url !== EMBEDDED_PLACEHOLDER_URL) {
    if (!/^postgres(ql)?:\/\//.test(url) || !URL.canParse(url)) {
      throw new AppError(
        'CONFIG_INVALID',
        `DATABASE_URL "${redact(url)}" is not a PostgreSQL connection URL: use postgresql://user:password@host:5432/database, or leave it unset for the embedded database.`,
      );
    }
    return { kind: 'postgres', url };
  }
  const dir = env.PGLITE_DATA_DIR?.trim() || DEFAULT_PGLITE_DATA_DIR;
  return { kind: 'pglite', dataDir: dir.startsWith('memory://') ? dir : path.resolve(cwd, dir) };
}

/** The DATABASE_URL the Prisma CLI should see for a target. */
export function prismaCliUrl(target: DatabaseTarget): string {
  return target.kind === 'postgres' ? target.url : EMBEDDED_PLACEHOLDER_URL;
}

export function describeTarget(target: DatabaseTarget): string {
  return target.kind === 'postgres'
    ? `PostgreSQL at ${redact(target.url)}`
    : `embedded PGlite in ${target.dataDir}${target.socket ? ` (served at ${target.socket})` : ''}`;
}

/** Hides the password of a connection URL for messages and logs. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
