import type { RawSqlRunner } from '../sql/sql-client.ts';
import type { Claim, OutboxQueue } from './outbox-queue.ts';

/**
 * Claims up to `limit` rows that are due: not done, not dead, not leased by a live worker, and
 * their next attempt has come. One statement: the rows are picked with FOR UPDATE SKIP LOCKED and
 * leased (lease_until, attempts + 1) in the same UPDATE, so several processes on PostgreSQL never
 * claim one row twice and never wait for each other; PGlite runs the same SQL. The attempt counts
 * at claim, so a row that crashes its worker every time still reaches its dead letter.
 */
export async function claimDueRows({
  db,
  queue,
  now,
  leaseMs = queue.leaseMs,
  limit = 20,
  only,
}: {
  db: RawSqlRunner;
  queue: OutboxQueue;
  /** The caller's clock: rows are due by it, and the lease runs from it. */
  now: Date;
  leaseMs?: number;
  limit?: number;
  /** Only rows whose column holds one of these uuids (open chats' debtors). */
  only?: { readonly column: string; readonly values: readonly string[] };
}): Promise<Claim[]> {
  if (only && only.values.length === 0) return [];
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const { table, key, open } = queue;
  const free = `dead_at IS NULL AND (${open}) AND (lease_until IS NULL OR lease_until <= $1::timestamptz)`;
  const rows = (await db.$queryRawUnsafe(
    `WITH due AS (
       SELECT ${key} AS due_key FROM ${table}
        WHERE ${free}
          AND next_attempt_at <= $1::timestamptz
          ${only ? `AND ${only.column} = ANY($4::uuid[])` : ''}
        ORDER BY ${queue.order}
        LIMIT $3::int
        FOR UPDATE SKIP LOCKED)
     UPDATE ${table} SET lease_until = $2::timestamptz, attempts = attempts + 1
       FROM due WHERE ${key} = due.due_key AND ${free}
     RETURNING ${key}::text AS key, attempts`,
    now.toISOString(),
    leaseUntil.toISOString(),
    limit,
    ...(only ? [[...only.values]] : []),
  )) as { key: string; attempts: number }[];
  return rows.map((row) => ({ key: row.key, attempts: Number(row.attempts), leaseUntil }));
}
