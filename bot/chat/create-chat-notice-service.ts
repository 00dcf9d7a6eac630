import type { DirectLineConversation } from '../../channels/directline/directline-types.ts';
import { describeError } from '../../domain/errors/describe-error.ts';
import { findRejectedChatPlans } from '../../prisma/chat/find-rejected-chat-plans.ts';
import { listQueuedChatNotices } from '../../prisma/chat/list-queued-chat-notices.ts';
import { markChatNoticeSent } from '../../prisma/chat/mark-chat-notice-sent.ts';
import type { Database } from '../../prisma/open-database.ts';
import { queueDebtorNotification } from '../../prisma/repositories/queue-debtor-notification.ts';
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
 * picks up notices queued by Slack), else when the debtor opens the chat again. Each notice is claimed with a conditional update before it is appended, so the poller
 * and a reconnect never deliver one twice. A rejected plan request is queued here as well.
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
  const deliver = async (
    conversation: { id: string; userId: string },
    notice: { messageId: string; text: string; template: string | null },
  ) => {
    const claimed = await markChatNoticeSent({
      prisma: db.prisma,
      messageId: notice.messageId,
      chatConversationId: conversation.id,
      now: now(),
    });
    if (!claimed) return 0;
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
    return 1;
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
      });
    }
  };

  const deliverOpen = async () => {
    await queueRejections();
    for (const [debtorId, conversation] of open) if (!isStreaming(conversation.id)) open.delete(debtorId);
    if (open.size === 0) return 0;
    let delivered = 0;
    for (const notice of await listQueuedChatNotices({ prisma: db.prisma, debtorIds: [...open.keys()] })) {
      const conversation = open.get(notice.debtorId);
      if (conversation) delivered += await deliver(conversation, notice);
    }
    return delivered;
  };

  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();
  return {
    deliverOpen,
    async deliverTo(conversation) {
      open.set(conversation.debtorId, conversation);
      let delivered = 0;
      for (const notice of await listQueuedChatNotices({
        prisma: db.prisma,
        debtorIds: [conversation.debtorId],
      })) {
        delivered += await deliver(conversation, notice);
      }
      return delivered;
    },
    service: {
      name: 'chat-notices',
      async start() {
        const tick = () => {
          running = deliverOpen()
            .catch((error: unknown) => log(`chat-notices: ${describeError(error)}`))
            .finally(() => {
              if (timer) timer = setTimeout(tick, intervalMs);
            });
        };
        timer = setTimeout(tick, intervalMs);
      },
      async stop() {
        if (timer) clearTimeout(timer);
        timer = null;
        await running;
      },
    },
  };
}
