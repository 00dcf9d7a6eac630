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
}: {
  prisma: PrismaClient;
  record: ChatMessageRecord;
}): Promise<{ messageId: string }> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    WITH conv AS (
      INSERT INTO conversation (id, debtor_id, invoice_id, channel, subject, external_thread_id, updated_at)
      VALUES (gen_random_uuid(), ${record.debtorId}::uuid, ${record.invoiceId}::uuid, 'chat', NULL, ${record.chatConversationId}, now())
      ON CONFLICT (channel, external_thread_id) DO UPDATE SET updated_at = now()
      RETURNING id
    ), ins AS (
      INSERT INTO message (id, conversation_id, debtor_id, invoice_id, channel, direction, external_id, raw_text,
        kind, status, sent_at, received_at, updated_at)
      SELECT gen_random_uuid(), conv.id, ${record.debtorId}::uuid, ${record.invoiceId}::uuid, 'chat',
        ${record.direction}::"Direction", ${record.externalId}, ${record.text}, ${record.kind},
        ${record.direction === 'inbound' ? 'processed' : 'sent'}::"MessageStatus",
        ${record.direction === 'outbound' ? record.at : null}::timestamptz,
        ${record.direction === 'inbound' ? record.at : null}::timestamptz, now()
      FROM conv
      ON CONFLICT (channel, external_id) DO NOTHING
      RETURNING id
    )
    SELECT id::text AS id FROM ins
    UNION ALL
    SELECT id::text FROM message WHERE channel = 'chat' AND external_id = ${record.externalId}
    LIMIT 1`;
  return { messageId: rows[0]?.id ?? '' };
}
