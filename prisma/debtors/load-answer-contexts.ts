import { parseMessageHeaders } from '../json/parse-message-headers.ts';
import type { RawSqlRunner } from '../sql/sql-client.ts';

/** What decides whether a stored inbound mail may be answered or acted on, and its latest proposal. */
export interface AnswerContext {
  readonly messageId: string;
  readonly debtorId: string;
  readonly fromAddress: string | null;
  readonly kind: string | null;
  readonly headers: Readonly<Record<string, string>>;
  readonly proposal: { readonly id: string; readonly requiresApproval: boolean } | null;
}

interface MessageRow {
  id: string;
  from_address: string | null;
  kind: string | null;
  headers: unknown;
  debtor_id: string;
}

interface ProposalRow {
  message_id: string;
  id: string;
  requires_approval: boolean;
}

/**
 * What is needed to follow up stored inbound messages, read back from the database (so a replay
 * after a crash sees the same) in two queries however many there are. What the debtor is told
 * is not read here: the planner decides it when the proposal is carried out or acknowledged
 * (bot/decisions/execute-approved-proposal.ts). Messages without a debtor are absent from the map.
 */
export async function loadAnswerContexts({
  prisma,
  messageIds,
}: {
  prisma: RawSqlRunner;
  messageIds: readonly string[];
}): Promise<Map<string, AnswerContext>> {
  const ids = [...new Set(messageIds)];
  if (ids.length === 0) return new Map();
  const [messages, proposals] = await Promise.all([
    prisma.$queryRawUnsafe(
      `SELECT m.id::text AS id, m.from_address, m.kind, m.headers, m.debtor_id::text AS debtor_id
       FROM message m WHERE m.id = ANY($1::uuid[]) AND m.debtor_id IS NOT NULL`,
      ids,
    ) as Promise<MessageRow[]>,
    // The latest proposal of each message.
    prisma.$queryRawUnsafe(
      `SELECT DISTINCT ON (p.message_id) p.message_id::text AS message_id, p.id::text AS id,
         p.requires_approval
       FROM proposal p WHERE p.message_id = ANY($1::uuid[])
       ORDER BY p.message_id, p.created_at DESC`,
      ids,
    ) as Promise<ProposalRow[]>,
  ]);
  const latest = new Map(proposals.map((row) => [row.message_id, row]));
  const contexts = new Map<string, AnswerContext>();
  for (const message of messages) {
    const proposal = latest.get(message.id);
    contexts.set(message.id, {
      messageId: message.id,
      debtorId: message.debtor_id,
      fromAddress: message.from_address,
      kind: message.kind,
      headers: parseMessageHeaders(message),
      proposal: proposal ? { id: proposal.id, requiresApproval: proposal.requires_approval } : null,
    });
  }
  return contexts;
}
