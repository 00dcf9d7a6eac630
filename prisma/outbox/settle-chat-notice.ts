import type { PrismaClient } from '../generated/client.ts';
import { completeClaim } from './complete-claim.ts';
import { type FailOutcome, failClaim } from './fail-claim.ts';
import type { Claim } from './outbox-queue.ts';
import { CHAT_OUTBOX } from './outbox-queues.ts';

export type ChatNoticeResult =
  /** Appended to this Direct Line conversation: the message joins the chat's thread on the timeline. */
  | { readonly kind: 'sent'; readonly chatConversationId: string }
  | { readonly kind: 'failed'; readonly error: string };

/** Records what delivering a claimed chat notice did, with its message row, in one transaction. */
export async function settleChatNotice({
  prisma,
  notice,
  result,
  now = new Date(),
}: {
  prisma: PrismaClient;
  notice: { readonly messageId: string; readonly claim: Claim };
  result: ChatNoticeResult;
  now?: Date;
}): Promise<'sent' | FailOutcome['kind']> {
  return prisma.$transaction(async (tx) => {
    if (result.kind === 'failed') {
      const failed = await failClaim({
        db: tx,
        queue: CHAT_OUTBOX,
        claim: notice.claim,
        error: result.error,
        now,
      });
      if (failed.kind === 'lost') return 'lost';
      await tx.message.update({
        where: { id: notice.messageId },
        data: {
          attempts: notice.claim.attempts,
          failureReason: result.error.slice(0, 2000),
          ...(failed.kind === 'dead' ? { status: 'failed' as const } : {}),
        },
      });
      return failed.kind;
    }
    if (!(await completeClaim({ db: tx, queue: CHAT_OUTBOX, claim: notice.claim, now }))) return 'lost';
    await tx.$executeRaw`
      UPDATE message SET status = 'sent', sent_at = ${now}, updated_at = now(), attempts = ${notice.claim.attempts},
        conversation_id = (SELECT id FROM conversation WHERE channel = 'chat' AND external_thread_id = ${result.chatConversationId})
      WHERE id = ${notice.messageId}::uuid`;
    return 'sent';
  });
}
