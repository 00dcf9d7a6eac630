import { randomUUID } from 'node:crypto';
import { insertJsonRows, type RawSql } from '../sql/insert-json-rows.ts';

export interface ConversationToUpsert {
  readonly channel: string;
  readonly externalThreadId: string;
  readonly subject: string | null;
  readonly debtorId: string;
  readonly invoiceId: string | null;
}

/** The key of a conversation in the returned map. */
export const conversationKey = (channel: string, externalThreadId: string) =>
  `${channel}\n${externalThreadId}`;

/**
 * The conversation of each thread, created when new and found when it exists, in two
 * statements however many there are. As with one upsert at a time, the first subject, debtor
 * and invoice win; an existing conversation is never changed. Returns conversationKey → id.
 */
export async function upsertConversations({
  db,
  conversations,
}: {
  db: RawSql;
  conversations: readonly ConversationToUpsert[];
}): Promise<Map<string, string>> {
  const threads = new Map<string, Readonly<Record<string, unknown>>>();
  for (const conversation of conversations) {
    const k = conversationKey(conversation.channel, conversation.externalThreadId);
    if (threads.has(k)) continue;
    threads.set(k, {
      id: randomUUID(),
      channel: conversation.channel,
      external_thread_id: conversation.externalThreadId,
      subject: conversation.subject,
      debtor_id: conversation.debtorId,
      invoice_id: conversation.invoiceId,
    });
  }
  if (threads.size === 0) return new Map();
  const rows = [...threads.values()];
  await insertJsonRows({
    db,
    table: 'conversation',
    columns: {
      id: 'uuid',
      channel: '"Channel"',
      external_thread_id: 'text',
      subject: 'text',
      debtor_id: 'uuid',
      invoice_id: 'uuid',
    },
    extra: { updated_at: 'now()' },
    onConflict: 'ON CONFLICT (channel, external_thread_id) DO NOTHING',
    rows,
  });
  const found = (await db.$queryRawUnsafe(
    `SELECT c.id::text AS id, c.channel::text AS channel, c.external_thread_id
       FROM jsonb_to_recordset($1::jsonb) AS k(channel text, external_thread_id text)
       JOIN conversation c ON c.channel = k.channel::"Channel" AND c.external_thread_id = k.external_thread_id`,
    JSON.stringify(rows.map((row) => ({ channel: row.channel, external_thread_id: row.external_thread_id }))),
  )) as { id: string; channel: string; external_thread_id: string }[];
  return new Map(found.map((row) => [conversationKey(row.channel, row.external_thread_id), row.id]));
}
