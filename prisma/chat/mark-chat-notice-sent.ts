import type { PrismaClient } from '../generated/client.ts';

/**
 * Claims a queued notice for delivery into a chat conversation: a conditional update, so two
 * deliverers (the poller and a connect) deliver it once. The message joins the chat's thread on
 * the timeline. Returns false when someone else already delivered it.
 */
export async function markChatNoticeSent({
  prisma,
  messageId,
  chatConversationId,
  now = new Date(),
}: {
  prisma: PrismaClient;
  messageId: string;
  chatConversationId: string;
  now?: Date;
}): Promise<boolean> {
  const count = await prisma.$executeRaw`
    UPDATE message SET status = 'sent', sent_at = ${now}, updated_at = now(), attempts = attempts + 1,
      conversation_id = (SELECT id FROM conversation WHERE channel = 'chat' AND external_thread_id = ${chatConversationId})
    WHERE id = ${messageId}::uuid AND status = 'queued'`;
  return count === 1;
}
