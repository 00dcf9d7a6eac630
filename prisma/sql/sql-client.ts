/** Anything that runs raw SQL with $1, $2... parameters: a client, a transaction, or Prisma itself. */
export interface RawSqlRunner {
  $queryRawUnsafe<T = unknown>(sql: string, ...params: unknown[]): Promise<T>;
}

/**
 * Raw SQL with transactions. PrismaClient satisfies it, and so does the direct client
 * (createDirectSqlClient), which sends the same statements to the same driver adapter without
 * Prisma's query compiler: the email channel's hot path uses that one (issue 5).
 */
export interface SqlClient extends RawSqlRunner {
  $transaction<T>(
    work: (tx: RawSqlRunner) => Promise<T>,
    options?: { readonly maxWait?: number; readonly timeout?: number },
  ): Promise<T>;
}
