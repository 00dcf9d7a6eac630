import type { Prisma, PrismaClient } from '../generated/client.ts';

export type SlackMethod = 'chat.postMessage' | 'chat.update' | 'chat.postEphemeral';

export interface SlackCall {
  /** The same logical call is queued once: a double click or a retried request adds nothing. */
  readonly idempotencyKey: string;
  readonly method: SlackMethod;
  /** The Slack message posted or updated ("approval:<proposal id>"). */
  readonly messageKey: string | null;
  /** Web API arguments; for chat.update without channel and ts (the sender fills them in). */
  readonly payload: Record<string, unknown>;
}

/**
 * Queues calls to Slack in the outbox, inside the caller's transaction when given one, so a
 * decision and the message that reports it are stored together. Returns how many were new.
 */
export async function enqueueSlackCall({
  prisma,
  calls,
}: {
  prisma: PrismaClient | Prisma.TransactionClient;
  calls: readonly SlackCall[];
}): Promise<number> {
  if (calls.length === 0) return 0;
  const result = await prisma.slackOutbox.createMany({
    data: calls.map((call) => ({
      idempotencyKey: call.idempotencyKey,
      method: call.method,
      messageKey: call.messageKey,
      payload: call.payload as Prisma.InputJsonValue,
    })),
    skipDuplicates: true,
  });
  return result.count;
}
