import type { PrismaClient } from '../generated/client.ts';
import { claimDueRows } from './claim-due-rows.ts';
import type { Claim } from './outbox-queue.ts';

/** What every outbox's claimer takes: the client, the caller's clock and how many rows at most. */
export interface ClaimDueOptions {
  readonly prisma: PrismaClient;
  /** Rows are due by this clock, and the lease runs from it. */
  readonly now?: Date;
  readonly limit?: number;
}

/**
 * Claims due rows (claimDueRows) and loads them with the table's own typed query, each paired
 * with its claim, in the loader's order. The one shape every outbox's claim has: a claimer names
 * its queue and how its rows are read, nothing else.
 */
export async function claimAndLoad<Row>({
  prisma,
  now = new Date(),
  limit = 20,
  load,
  keyOf,
  ...claim
}: ClaimDueOptions &
  Omit<Parameters<typeof claimDueRows>[0], 'db' | 'now' | 'limit'> & {
    /** The claimed rows by key, in claim order (oldest first). */
    load: (keys: string[]) => Promise<Row[]>;
    keyOf: (row: Row) => string;
  }): Promise<{ row: Row; claim: Claim }[]> {
  const claims = await claimDueRows({ ...claim, db: prisma, now, limit });
  if (claims.length === 0) return [];
  const byKey = new Map(claims.map((held) => [held.key, held]));
  const rows = await load([...byKey.keys()]);
  return rows.map((row) => ({ row, claim: byKey.get(keyOf(row))! }));
}
