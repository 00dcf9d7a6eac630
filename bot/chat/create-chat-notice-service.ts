import type { DirectLineConversation } from '../../channels/directline/directline-types.ts';
import { describeError } from '../../domain/errors/describe-error.ts';
import type { Database } from '../../prisma/open-database.ts';
import { claimDueChatNotices, type DueChatNotice } from '../../prisma/outbox/claim-due-chat-notices.ts';
import { queueDebtorNotification } from '../../prisma/outbox/queue-debtor-notification.ts';
import { settleChatNotice } from '../../prisma/outbox/settle-chat-notice.ts';
import { findRejectedChatPlans } from '../../prisma/proposals/find-rejected-chat-plans.ts';
import { createWorkerLoop } from '../notices/create-worker-loop.ts';
import type { ChannelCapabilities } from '../server/read-channel-capabilities.ts';
import type { Service } from '../server/service.ts';
import { textsFor } from './chat-texts.ts';
import { DIRECTLINE_BOT } from './directline-bot-adapter.ts';

export interface ChatNoticeService {
  readonly service: Service;
  /** One round: delivers queued notices of debtors whose chat is open right now. */
  deliverOpen(): Promise<number>;
  /** A stream was opened: delivers what waited for this debtor into this conversation. */
  deliverTo(conversation: DirectLineConversation): Promise<number>;
}

/**
 * Notices for debtors who chatted (a plan approved or rejected in Slack) are queued as outbound
 * chat messages (bot/notify). This delivers them into the debtor's latest Direct Line
 * conversation whose stream is open in this process: at once (pushed; a poll every few seconds
 * picks up notices queued by Slack), else when the debtor opens the chat again. Each notice is
 * claimed with a lease (prisma/outbox) before it is appended, so the poller and a reconnect never
 * deliver one twice; one that could not be appended is retried with the queue's backoff. A
 * rejected plan request is queued here as well.
 */
export function createChatNoticeService({
  db,
  send,
  isStreaming,
  intervalMs,
  log,
  capabilities,
  now = () => new Date(),
}: {
  db: Database;
  send: (conversationId: string, activity: { type: string; [key: string]: unknown }) => Promise<unknown>;
  isStreaming: (conversationId: string) => boolean;
  intervalMs: number;
  log: (line: string) => void;
  capabilities: ChannelCapabilities;
  now?: () => Date;
}): ChatNoticeService {
  const deliver = async (conversation: { id: string; userId: string }, notice: DueChatNotice) => {
    try {
      await send(conversation.id, {
        type: 'message',
        text: notice.text,
        textFormat: 'plain',
        from: { id: DIRECTLINE_BOT.id, name: DIRECTLINE_BOT.name, role: 'bot' },
        recipient: { id: conversation.userId, role: 'user' },
        conversation: { id: conversation.id },
        channelId: 'directline',
        timestamp: now().toISOString(),
        channelData: { notice: notice.template },
      });
    } catch (error) {
      const settled = await settleChatNotice({
        prisma: db.prisma,
        notice,
        result: { kind: 'failed', error: describeError(error) },
        now: now(),
      });
      log(`chat-notices: ${notice.messageId} not delivered (${settled}): ${describeError(error)}`);
      return 0;
    }
    const settled = await settleChatNotice({
      prisma: db.prisma,
      notice,
      result: { kind: 'sent', chatConversationId: conversation.id },
      now: now(),
    });
    return settled === 'sent' ? 1 : 0;
  };
  const deliverAll = async (conversations: ReadonlyMap<string, { id: string; userId: string }>) => {
    let delivered = 0;
    const due = await claimDueChatNotices({
      prisma: db.prisma,
      debtorIds: [...conversations.keys()],
      now: now(),
    });
    for (const notice of due) {
      const conversation = conversations.get(notice.debtorId);
      if (conversation) delivered += await deliver(conversation, notice);
    }
    return delivered;
  };

  // Conversations whose stream was opened in this process, latest per debtor.
  const open = new Map<string, DirectLineConversation>();
  // A plan finance rejected: the debtor was told it is pending, so they are told the answer too.
  const queueRejections = async () => {
    for (const plan of await findRejectedChatPlans({ prisma: db.prisma })) {
      await queueDebtorNotification({
        prisma: db.prisma,
        notification: {
          debtorId: plan.debtorId,
          channel: 'chat',
          template: 'payment_plan_rejected',
          params: { proposalId: plan.proposalId },
          idempotencyKey: `plan-rejected:${plan.proposalId}`,
          text: textsFor(plan.language, capabilities).planRejected,
          subject: null,
          invoiceId: plan.invoiceId,
        },
        now: now(),
      });
    }
  };

  const deliverOpen = async () => {
    await queueRejections();
    for (const [debtorId, conversation] of open) if (!isStreaming(conversation.id)) open.delete(debtorId);
    if (open.size === 0) return 0;
    return deliverAll(open);
  };

  return {
    deliverOpen,
    async deliverTo(conversation) {
      open.set(conversation.debtorId, conversation);
      return deliverAll(new Map([[conversation.debtorId, conversation]]));
    },
    service: createWorkerLoop({
      name: 'chat-notices',
      intervalMs,
      round: deliverOpen,
      log,
      firstRoundMs: intervalMs,
    }),
  };
}
