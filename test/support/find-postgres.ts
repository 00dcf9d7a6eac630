/**
 * The PostgreSQL server for a test that needs PostgreSQL itself (several processes on one
 * database): DATABASE_URL (the suite's PostgreSQL pass), else TEST_POSTGRES_URL (.ci/run sets it
 * for the embedded pass too), else null. Under CI=true a test must not skip for a missing server:
 * use `skipUnlessPostgres` and call `requirePostgres`, which then fails with what to set.
 */
export function findPostgres(): string | null {
  return process.env.DATABASE_URL || process.env.TEST_POSTGRES_URL || null;
}

/** Skip only outside CI: under CI=true the test runs and `requirePostgres` fails it. */
export const skipUnlessPostgres = !findPostgres() && process.env.CI !== 'true';

export function requirePostgres(): string {
  const url = findPostgres();
  if (!url) {
    throw new Error(
      'this test needs PostgreSQL: set DATABASE_URL or TEST_POSTGRES_URL (postgresql://user:password@host:5432/db); CI must provide one',
    );
  }
  return url;
}
