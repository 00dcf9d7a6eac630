import type { DebtorMessage } from '../../domain/debtors/debtor-message.ts';
import type { PrismaClient } from '../generated/client.ts';
import { loadMessageFullText } from '../messages/load-message-full-text.ts';
import type { RawSql } from '../sql/insert-json-rows.ts';

/**
 * One stored message of this debtor with its complete text; null when it is not theirs or not
 * there. `debtorId` null: a message of no debtor (mail that matched none, for the triage page).
 */
export async function loadDebtorMessage({
  prisma,
  sql,
  debtorId,
  messageId,
}: {
  prisma: PrismaClient;
  sql: RawSql;
  debtorId: string | null;
  messageId: string;
}): Promise<DebtorMessage | null> {
  const message = await prisma.message.findFirst({
    where: { id: messageId, debtorId },
    select: {
      id: true,
      channel: true,
      direction: true,
      fromAddress: true,
      toAddress: true,
      subject: true,
      receivedAt: true,
      sentAt: true,
      createdAt: true,
      status: true,
      rawText: true,
    },
  });
  if (!message) return null;
  const text = (await loadMessageFullText({ db: sql, messageId })) ?? message.rawText;
  return {
    id: message.id,
    channel: message.channel,
    direction: message.direction,
    fromAddress: message.fromAddress,
    toAddress: message.toAddress,
    subject: message.subject,
    at: message.receivedAt ?? message.sentAt ?? message.createdAt,
    status: message.status,
    text,
  };
}
