import type { RawSqlRunner } from '../sql/sql-client.ts';
import type { OutboxQueue } from './outbox-queue.ts';
import { OUTBOX_QUEUES } from './outbox-queues.ts';

export interface QueueMetrics {
  readonly queue: string;
  /** Waiting for a worker now. */
  readonly due: number;
  /** Backing off (or deferred) until a later attempt. */
  readonly waiting: number;
  /** Held by a worker whose lease has not run out. */
  readonly leased: number;
  readonly done: number;
  /** Given up and kept for a person. */
  readonly dead: number;
  /** How long the oldest due row has been due; 0 when none is. */
  readonly oldestDueAgeMs: number;
}

/** Counts by state per queue, and the age of the oldest due row: one statement per queue. */
export async function readQueueMetrics({
  db,
  now,
  queues = OUTBOX_QUEUES,
}: {
  db: RawSqlRunner;
  now: Date;
  queues?: readonly OutboxQueue[];
}): Promise<QueueMetrics[]> {
  const metrics: QueueMetrics[] = [];
  for (const queue of queues) {
    const live = `dead_at IS NULL AND (${queue.open})`;
    const free = `${live} AND (lease_until IS NULL OR lease_until <= $1::timestamptz)`;
    const [row] = (await db.$queryRawUnsafe(
      `SELECT
         count(*) FILTER (WHERE ${free} AND next_attempt_at <= $1::timestamptz)::int AS due,
         count(*) FILTER (WHERE ${free} AND next_attempt_at > $1::timestamptz)::int AS waiting,
         count(*) FILTER (WHERE ${live} AND lease_until > $1::timestamptz)::int AS leased,
         count(*) FILTER (WHERE dead_at IS NULL AND NOT (${queue.open}))::int AS done,
         count(*) FILTER (WHERE dead_at IS NOT NULL)::int AS dead,
         COALESCE(EXTRACT(EPOCH FROM $1::timestamptz - min(next_attempt_at)
           FILTER (WHERE ${free} AND next_attempt_at <= $1::timestamptz)) * 1000, 0)::float8 AS oldest
       FROM ${queue.table}`,
      now.toISOString(),
    )) as { due: number; waiting: number; leased: number; done: number; dead: number; oldest: number }[];
    metrics.push({
      queue: queue.name,
      due: Number(row?.due ?? 0),
      waiting: Number(row?.waiting ?? 0),
      leased: Number(row?.leased ?? 0),
      done: Number(row?.done ?? 0),
      dead: Number(row?.dead ?? 0),
      oldestDueAgeMs: Math.round(Number(row?.oldest ?? 0)),
    });
  }
  return metrics;
}
