import type { Prisma, PrismaClient } from '../generated/client.ts';

/**
 * Whether the Slack message with this key was ever posted or queued (its first call is keyed by
 * it). A later update goes only to such a message: without Slack nothing waits for a message
 * that will never exist.
 */
export async function isSlackMessageQueued({
  prisma,
  messageKey,
}: {
  prisma: PrismaClient | Prisma.TransactionClient;
  messageKey: string;
}): Promise<boolean> {
  return (await prisma.slackOutbox.count({ where: { idempotencyKey: messageKey } })) > 0;
}
