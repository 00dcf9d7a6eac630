import type { RawSqlRunner } from '../sql/sql-client.ts';
import type { OutboxQueue } from './outbox-queue.ts';
import { OUTBOX_QUEUES } from './outbox-queues.ts';

export interface FailedOutboxItem {
  readonly queue: string;
  readonly key: string;
  readonly attempts: number;
  readonly deadAt: Date;
  readonly lastError: string | null;
}

/** The rows each outbox gave up on (dead_at set), newest first, at most `limit` per queue: one statement per queue. */
export async function loadFailedOutboxItems({
  db,
  queues = OUTBOX_QUEUES,
  limit = 20,
}: {
  db: RawSqlRunner;
  queues?: readonly OutboxQueue[];
  limit?: number;
}): Promise<FailedOutboxItem[]> {
  const items: FailedOutboxItem[] = [];
  for (const queue of queues) {
    const rows = (await db.$queryRawUnsafe(
      `SELECT ${queue.key}::text AS key, attempts, dead_at AS "deadAt", last_error AS "lastError"
         FROM ${queue.table} WHERE dead_at IS NOT NULL ORDER BY dead_at DESC, ${queue.key} LIMIT $1`,
      limit,
    )) as { key: string; attempts: number; deadAt: Date | string; lastError: string | null }[];
    for (const row of rows) {
      items.push({
        queue: queue.name,
        key: row.key,
        attempts: Number(row.attempts),
        deadAt: new Date(row.deadAt),
        lastError: row.lastError,
      });
    }
  }
  return items;
}
