import type { PrismaClient } from '../generated/client.ts';
import { parseStoredActivity } from './parse-chat-json.ts';

export interface DirectLineConversationRecord {
  readonly id: string;
  readonly invoiceId: string;
  readonly debtorId: string;
  readonly userId: string;
  readonly locale: string | null;
  readonly lastSeq: number;
}

/** An activity as the Direct Line client receives it (id and watermark are set by the store). */
export type StoredActivity = { id?: string; [key: string]: unknown };

/**
 * Persistence of Direct Line conversations and their activity logs. Each append takes the next
 * sequence number and writes the activity in one statement, so two turns racing on one
 * conversation can never get the same id, and a reconnect after a restart reads the history from
 * any watermark.
 */
export interface DirectLineStore {
  createConversation(record: Omit<DirectLineConversationRecord, 'lastSeq'>): Promise<void>;
  findConversation(id: string): Promise<DirectLineConversationRecord | null>;
  /** Appends one activity; its id becomes "<conversation id>|<seq, 7 digits>". Returns seq and the stored activity. */
  appendActivity(
    conversationId: string,
    activity: StoredActivity,
  ): Promise<{ seq: number; activity: StoredActivity }>;
  /** Activities after `afterSeq` (the watermark), oldest first. */
  listActivities(
    conversationId: string,
    afterSeq: number,
    limit: number,
  ): Promise<{ seq: number; activity: StoredActivity }[]>;
}

export function createDirectLineStore({ prisma }: { prisma: PrismaClient }): DirectLineStore {
  return {
    async createConversation(record) {
      await prisma.directLineConversation.create({ data: { ...record } });
    },
    async findConversation(id) {
      return prisma.directLineConversation.findUnique({
        where: { id },
        select: { id: true, invoiceId: true, debtorId: true, userId: true, locale: true, lastSeq: true },
      });
    },
    async appendActivity(conversationId, activity) {
      const { id: _ignored, ...rest } = activity;
      const rows = await prisma.$queryRaw<{ seq: number; activity: unknown }[]>`
        WITH next AS (
          UPDATE directline_conversation SET last_seq = last_seq + 1, last_activity_at = now()
          WHERE id = ${conversationId} RETURNING last_seq
        )
        INSERT INTO directline_activity (conversation_id, seq, activity)
        SELECT ${conversationId}, next.last_seq,
          ${JSON.stringify(rest)}::jsonb || jsonb_build_object('id', ${conversationId} || '|' || lpad(next.last_seq::text, 7, '0'))
        FROM next
        RETURNING seq, activity`;
      const row = rows[0];
      if (!row) throw new Error(`Direct Line conversation ${conversationId} does not exist`);
      return {
        seq: row.seq,
        activity: parseStoredActivity({ where: `${conversationId}#${row.seq}`, activity: row.activity }),
      };
    },
    async listActivities(conversationId, afterSeq, limit) {
      const rows = await prisma.directLineActivity.findMany({
        where: { conversationId, seq: { gt: afterSeq } },
        orderBy: { seq: 'asc' },
        take: limit,
        select: { seq: true, activity: true },
      });
      return rows.map((row) => ({
        seq: row.seq,
        activity: parseStoredActivity({ where: `${conversationId}#${row.seq}`, activity: row.activity }),
      }));
    },
  };
}
