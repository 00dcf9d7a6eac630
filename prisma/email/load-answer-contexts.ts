import { parseProposedStep } from '../../domain/proposals/parse-proposed-step.ts';
import { parseMessageHeaders } from '../messages/parse-message-headers.ts';
import type { RawSqlRunner } from '../sql/sql-client.ts';
import type { AnswerContext } from './load-answer-context.ts';

interface MessageRow {
  id: string;
  external_id: string;
  from_address: string | null;
  subject: string | null;
  kind: string | null;
  headers: unknown;
  debtor_id: string;
  debtor_name: string;
  debtor_language: string;
  thread_id: string | null;
}

interface ProposalRow {
  message_id: string;
  id: string;
  action: string;
  requires_approval: boolean;
  status: string;
  params: unknown;
}

/**
 * What is needed to answer stored inbound messages, read back from the database (so a replay
 * after a crash sees the same) in four queries however many there are. Messages without a
 * debtor are absent from the map.
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
      `SELECT m.id::text AS id, m.external_id, m.from_address, m.subject, m.kind, m.headers,
         d.id::text AS debtor_id, d.name AS debtor_name, d.language AS debtor_language,
         c.external_thread_id AS thread_id
       FROM message m JOIN debtor d ON d.id = m.debtor_id
       LEFT JOIN conversation c ON c.id = m.conversation_id
       WHERE m.id = ANY($1::uuid[])`,
      ids,
    ) as Promise<MessageRow[]>,
    // The latest proposal of each message.
    prisma.$queryRawUnsafe(
      `SELECT DISTINCT ON (p.message_id) p.message_id::text AS message_id, p.id::text AS id, p.action,
         p.requires_approval, p.status::text AS status, p.params
       FROM proposal p WHERE p.message_id = ANY($1::uuid[])
       ORDER BY p.message_id, p.created_at DESC`,
      ids,
    ) as Promise<ProposalRow[]>,
  ]);
  const latest = new Map(
    proposals.map((row) => [
      row.message_id,
      {
        ...parseProposedStep(row),
        id: row.id,
        requiresApproval: row.requires_approval,
        status: row.status,
      },
    ]),
  );
  const invoiceIdsOf = (proposal: { params: { invoiceIds: readonly string[] } } | undefined) =>
    proposal?.params.invoiceIds ?? [];
  const invoiceIds = [...new Set([...latest.values()].flatMap(invoiceIdsOf))];
  const [invoices, pauses] = await Promise.all([
    invoiceIds.length > 0
      ? (prisma.$queryRawUnsafe(
          `SELECT id::text AS id, number, open_cents, to_char(due_date, 'YYYY-MM-DD') AS due_date
           FROM invoice WHERE id = ANY($1::uuid[]) ORDER BY due_date`,
          invoiceIds,
        ) as Promise<{ id: string; number: string; open_cents: number; due_date: string }[]>)
      : [],
    // The latest pause each proposal set (on the invoices it concerns: that is what is indexed).
    invoiceIds.length > 0
      ? (prisma.$queryRawUnsafe(
          `SELECT DISTINCT ON (created_by) created_by, to_char(until, 'YYYY-MM-DD') AS until
           FROM dunning_pause WHERE invoice_id = ANY($1::uuid[]) AND created_by = ANY($2::text[])
           ORDER BY created_by, until DESC`,
          invoiceIds,
          proposals.map((row) => `proposal:${row.id}`),
        ) as Promise<{ created_by: string; until: string }[]>)
      : [],
  ]);
  const pausedUntil = new Map(pauses.map((row) => [row.created_by, row.until]));
  const contexts = new Map<string, AnswerContext>();
  for (const message of messages) {
    const proposal = latest.get(message.id);
    const wanted = new Set(invoiceIdsOf(proposal));
    contexts.set(message.id, {
      messageId: message.id,
      externalId: message.external_id,
      debtorId: message.debtor_id,
      debtorName: message.debtor_name,
      debtorLanguage: message.debtor_language,
      fromAddress: message.from_address,
      subject: message.subject,
      kind: message.kind,
      headers: parseMessageHeaders(message),
      threadId: message.thread_id,
      proposal: proposal ?? null,
      invoices: invoices
        .filter((invoice) => wanted.has(invoice.id))
        .map((invoice) => ({
          id: invoice.id,
          number: invoice.number,
          openCents: invoice.open_cents,
          dueDate: invoice.due_date,
        })),
      pausedUntil: proposal ? (pausedUntil.get(`proposal:${proposal.id}`) ?? null) : null,
    });
  }
  return contexts;
}
