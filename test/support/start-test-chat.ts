import { randomUUID } from 'node:crypto';
import { type Activity, type Storage, TestAdapter, type TurnContext } from 'botbuilder';
import type { ChatSession } from '../../bot/chat/chat-deps.ts';
import { createChatBot } from '../../bot/chat/create-chat-bot.ts';
import type { ChannelCapabilities } from '../../bot/server/read-channel-capabilities.ts';
import { DEFAULT_POLICY } from '../../domain/policy/collections-policy.ts';
import { createChatStateStorage } from '../../prisma/chat-state/create-chat-state-storage.ts';
import type { Database } from '../../prisma/open-database.ts';
import { FULLY_STAFFED } from './start-chat-server.ts';

/** A conversation with the real bot (botbuilder's TestAdapter) on a real database. */
export function startTestChat(
  db: Database,
  session: Omit<ChatSession, 'conversationId'>,
  capabilities: ChannelCapabilities = FULLY_STAFFED,
) {
  const conversationId = `test-${randomUUID()}`;
  const full: ChatSession = { ...session, conversationId };
  const storage = createChatStateStorage({ prisma: db.prisma }) as Storage;
  const bot = createChatBot(
    {
      db,
      policy: DEFAULT_POLICY,
      log: () => undefined,
      now: () => new Date(),
      capabilities,
      resolveSession: async (context: TurnContext) =>
        context.activity.conversation.id === conversationId ? full : null,
    },
    storage,
  );
  const adapter = new TestAdapter(async (context) => bot.run(context), {
    conversation: { id: conversationId } as Activity['conversation'],
    channelId: 'test',
  });
  const take = () => adapter.activeQueue.splice(0, adapter.activeQueue.length);
  return {
    conversationId,
    /** Sends a message and returns the bot's replies. */
    async say(text: string) {
      await adapter.send({ type: 'message', text, id: randomUUID() });
      return take();
    },
    async join() {
      await adapter.send({
        type: 'conversationUpdate',
        id: randomUUID(),
        membersAdded: [{ id: 'user1', name: 'debtor' }] as Activity['membersAdded'],
      });
      return take();
    },
  };
}

/** Intl puts a no-break space between € and the amount in Dutch; compare with plain spaces. */
export const plain = (text: string) => text.replace(/\u00a0/gu, ' ');
export const textsOfReplies = (replies: Partial<Activity>[]) =>
  plain(replies.map((r) => r.text ?? '').join('\n'));
export const buttonsOf = (reply: Partial<Activity> | undefined) =>
  reply?.suggestedActions?.actions.map((a) => plain(a.title ?? '')) ?? [];
