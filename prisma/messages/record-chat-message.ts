import type { PrismaClient } from '../generated/client.ts';

export interface ChatMessageRecord {
  readonly debtorId: string;
  readonly invoiceId: string;
  /** The Direct Line conversation id: the chat's thread on the debtor's timeline. */
  readonly chatConversationId: string;
  readonly direction: 'inbound' | 'outbound';
  /** The activity id: the same activity is recorded once. */
  readonly externalId: string;
  readonly text: string;
  /** What the message is: "answer" for a reply to the bot's question, "bot" for the bot's own turn. */
  readonly kind: string;
  readonly at: Date;
}

/**
 * Records a chat turn that does not go through the pipeline (the bot's own messages, and the
 * debtor's answers to the bot's questions, which are not new reasons to classify) as a Message on
 * the debtor's chat conversation, so the timeline shows the whole chat next to e-mail and Slack.
 * Idempotent by activity id.
 */
export async function recordChatMessage({
  prisma,
  record,
  threadId = null,
}: {
  prisma: PrismaClient;
  record: ChatMessageRecord;
  /** The chat's conversation row, when the caller knows it from an earlier call: one statement less. */
  threadId?: string | null;
}): Promise<{ messageId: string; threadId: string }> {
  const status = record.direction === 'inbound' ? 'processed' : 'sent';
  const sentAt = record.direction === 'outbound' ? record.at : null;
  const receivedAt = record.direction === 'inbound' ? record.at : null;
  const rows = threadId
    ? await prisma.$queryRaw<{ id: string; thread: string }[]>`
        INSERT INTO message (id, conversation_id, debtor_id, invoice_id, channel, direction, external_id, raw_text,
          kind, status, sent_at, received_at, updated_at)
        VALUES (gen_random_uuid(), ${threadId}::uuid, ${record.debtorId}::uuid, ${record.invoiceId}::uuid, 'chat',
          ${record.direction}::"Direction", ${record.externalId}, ${record.text}, ${record.kind},
          ${status}::"MessageStatus", ${sentAt}::timestamptz, ${receivedAt}::timestamptz, now())
        ON CONFLICT (channel, external_id) DO NOTHING
        RETURNING id::text AS id, conversation_id::text AS thread`
    : await prisma.$queryRaw<{ id: string; thread: string }[]>`
        WITH conv AS (
          INSERT INTO conversation (id, debtor_id, invoice_id, channel, subject, external_thread_id, updated_at)
          VALUES (gen_random_uuid(), ${record.debtorId}::uuid, ${record.invoiceId}::uuid, 'chat', NULL,
            ${record.chatConversationId}, now())
          ON CONFLICT (channel, external_thread_id) DO UPDATE SET updated_at = now()
          RETURNING id
        )
        INSERT INTO message (id, conversation_id, debtor_id, invoice_id, channel, direction, external_id, raw_text,
          kind, status, sent_at, received_at, updated_at)
        SELECT gen_random_uuid(), conv.id, ${record.debtorId}::uuid, ${record.invoiceId}::uuid, 'chat',
          ${record.direction}::"Direction", ${record.externalId}, ${record.text}, ${record.kind},
          ${status}::"MessageStatus", ${sentAt}::timestamptz, ${receivedAt}::timestamptz, now()
        FROM conv
        ON CONFLICT (channel, external_id) DO NOTHING
        RETURNING id::text AS id, conversation_id::text AS thread`;
  const row = rows[0];
  if (row) return { messageId: row.id, threadId: row.thread };
  // The same activity again (a client retry): it is recorded already.
  const existing = await prisma.$queryRaw<{ id: string; thread: string }[]>`
    SELECT id::text AS id, conversation_id::text AS thread FROM message
    WHERE channel = 'chat' AND external_id = ${record.externalId}`;
  return { messageId: existing[0]?.id ?? '', threadId: existing[0]?.thread ?? threadId ?? '' };
}
