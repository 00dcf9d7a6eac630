import type { PrismaClient } from '../generated/client.ts';

/** Long enough for a letter's wording and PDF under load; a lock held longer is a bug, not a wait. */
const LOCKED_WORK_TIMEOUT_MS = 60_000;

/**
 * Runs `work` holding the debtor's lock, so two processes planning ladder letters for one debtor
 * (serve's notices worker and a `dunning run`) take turns: the second reads the costs the first
 * queued before it plans its own, and together they stay within the EUR 140 small-claim cap.
 * PostgreSQL: a transaction-scoped advisory lock keyed on the debtor
 * (`pg_advisory_xact_lock(hashtextextended(debtor_id, 0))`), released when the transaction ends,
 * whatever happens. PGlite: the same call, granted at once (one connection: its transactions run
 * one after the other already). `work` gets a client inside that transaction; a transaction it
 * opens itself runs inline in it, so what it plans and what it queues commit together or not at
 * all (only the callback form of $transaction).
 */
export async function withDebtorLock<T>({
  prisma,
  debtorId,
  work,
}: {
  prisma: PrismaClient;
  debtorId: string;
  work: (locked: PrismaClient) => Promise<T>;
}): Promise<T> {
  return prisma.$transaction(
    async (tx) => {
      await tx.$queryRawUnsafe('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))::text', debtorId);
      const locked: PrismaClient = new Proxy(tx as PrismaClient, {
        get: (target, key) =>
          key === '$transaction'
            ? (inner: (client: PrismaClient) => Promise<unknown>) => inner(locked)
            : Reflect.get(target, key),
      });
      return work(locked);
    },
    { timeout: LOCKED_WORK_TIMEOUT_MS, maxWait: LOCKED_WORK_TIMEOUT_MS },
  );
}
