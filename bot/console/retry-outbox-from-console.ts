import { z } from 'zod';
import { OUTBOX_QUEUES } from '../../prisma/outbox/outbox-queues.ts';
import { requeueDeadLetters } from '../../prisma/outbox/requeue-dead-letters.ts';
import type { ConsolePost } from './console-deps.ts';

const ZRetry = z.object({
  queue: z.enum(OUTBOX_QUEUES.map((queue) => queue.name) as [string, ...string[]]),
  keys: z.array(z.uuid()).min(1).max(100),
});

/**
 * POST /console/health/retry: sends failed outbox items (one, or every one shown for a queue)
 * back to their queue through requeueDeadLetters, audited as `console:<e-mail>`; the worker's
 * next round tries each once more. Role and CSRF token were checked by the router. Answers with
 * a 303 to the health page saying how many were requeued (what was stored, not what was asked).
 */
export async function retryOutboxFromConsole({ deps, exchange, form, actor }: ConsolePost): Promise<void> {
  const parsed = ZRetry.safeParse({ queue: form.get('queue') ?? '', keys: form.getAll('key') });
  if (!parsed.success) return exchange.redirect('/console/health?notice=invalid_retry');
  const queue = OUTBOX_QUEUES.find((candidate) => candidate.name === parsed.data.queue)!;
  const requeued = await requeueDeadLetters({
    prisma: deps.db.prisma,
    queue,
    keys: parsed.data.keys,
    actor,
    now: deps.now(),
  });
  if (requeued.length === 0) return exchange.redirect('/console/health?notice=nothing_to_retry');
  deps.log(`${actor} requeued ${requeued.length} failed ${queue.name} item(s)`);
  exchange.redirect(`/console/health?retried=${requeued.length}&queue=${queue.name}#h-failed`);
}
