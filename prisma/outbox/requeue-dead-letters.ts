import type { Prisma, PrismaClient } from '../generated/client.ts';
import type { OutboxQueue } from './outbox-queue.ts';

/**
 * A person sends dead letters of one outbox back to its queue (the console's health page): due
 * now, unleased, and with one attempt left, so the worker's next round tries each once more and
 * one that fails again is a dead letter again at once, shown again with its new error. Works
 * for every outbox through its queue description (the same columns in every table; reviveSet
 * undoes deadSet). Only rows still dead are touched: a second click, or a row that went through
 * meanwhile (a retried inbound mail that was stored is removed by resolveEmailRetry), changes
 * nothing. Audited per row. Returns the keys it requeued.
 */
export async function requeueDeadLetters({
  prisma,
  queue,
  keys,
  actor,
  now = new Date(),
}: {
  prisma: PrismaClient;
  queue: OutboxQueue;
  keys: readonly string[];
  actor: string;
  now?: Date;
}): Promise<string[]> {
  if (keys.length === 0) return [];
  return prisma.$transaction(async (tx) => {
    const rows = (await tx.$queryRawUnsafe(
      `UPDATE ${queue.table}
          SET dead_at = NULL, lease_until = NULL, next_attempt_at = $2::timestamptz,
              attempts = $3::int${queue.reviveSet ? `, ${queue.reviveSet}` : ''}
        WHERE ${queue.key} = ANY($1::uuid[]) AND dead_at IS NOT NULL
        RETURNING ${queue.key}::text AS key, last_error AS "lastError"`,
      [...keys],
      now.toISOString(),
      queue.maxAttempts - 1,
    )) as { key: string; lastError: string | null }[];
    if (rows.length === 0) return [];
    const audit: Prisma.AuditEventCreateManyInput[] = rows.map((row) => ({
      actor,
      type: 'outbox.requeued',
      entityType: queue.name,
      entityId: row.key,
      data: { lastError: row.lastError },
    }));
    await tx.auditEvent.createMany({ data: audit });
    return rows.map((row) => row.key);
  });
}
