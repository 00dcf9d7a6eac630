import type { PrismaClient } from '../generated/client.ts';
import { toIsoDate } from '../repositories/to-iso-date.ts';
import type { AnswerContext } from './load-answer-context.ts';

/**
 * What is needed to answer stored inbound messages, read back from the database (so a replay
 * after a crash sees the same) in three queries however many there are. Messages without a
 * debtor are absent from the map.
 */
export async function loadAnswerContexts({
  prisma,
  messageIds,
}: {
  prisma: PrismaClient;
  messageIds: readonly string[];
}): Promise<Map<string, AnswerContext>> {
  if (messageIds.length === 0) return new Map();
  const messages = await prisma.message.findMany({
    where: { id: { in: [...new Set(messageIds)] } },
    include: {
      debtor: true,
      conversation: { select: { externalThreadId: true } },
      proposals: { orderBy: { createdAt: 'desc' }, take: 1 },
    },
  });
  const paramsOf = (proposal: { params: unknown } | undefined) =>
    (proposal?.params ?? {}) as Record<string, unknown>;
  const invoiceIdsOf = (params: Record<string, unknown>) =>
    Array.isArray(params.invoiceIds) ? (params.invoiceIds as string[]) : [];
  const invoiceIds = new Set(messages.flatMap((message) => invoiceIdsOf(paramsOf(message.proposals[0]))));
  const proposalIds = messages.flatMap((message) => message.proposals.map((proposal) => proposal.id));
  const [invoices, pauses] = await Promise.all([
    invoiceIds.size > 0
      ? prisma.invoice.findMany({ where: { id: { in: [...invoiceIds] } }, orderBy: { dueDate: 'asc' } })
      : [],
    proposalIds.length > 0
      ? prisma.dunningPause.findMany({
          where: { createdBy: { in: proposalIds.map((id) => `proposal:${id}`) } },
          orderBy: { until: 'desc' },
        })
      : [],
  ]);
  const contexts = new Map<string, AnswerContext>();
  for (const message of messages) {
    if (!message.debtor) continue;
    const proposal = message.proposals[0] ?? null;
    const params = paramsOf(proposal ?? undefined);
    const wanted = new Set(invoiceIdsOf(params));
    const pause = proposal ? pauses.find((row) => row.createdBy === `proposal:${proposal.id}`) : undefined;
    contexts.set(message.id, {
      messageId: message.id,
      externalId: message.externalId,
      debtorId: message.debtor.id,
      debtorName: message.debtor.name,
      debtorLanguage: message.debtor.language,
      fromAddress: message.fromAddress,
      subject: message.subject,
      kind: message.kind,
      headers: (message.headers ?? {}) as Record<string, string>,
      threadId: message.conversation?.externalThreadId ?? null,
      proposal: proposal
        ? {
            id: proposal.id,
            action: proposal.action,
            requiresApproval: proposal.requiresApproval,
            status: proposal.status,
            params,
          }
        : null,
      invoices: invoices
        .filter((invoice) => wanted.has(invoice.id))
        .map((invoice) => ({
          id: invoice.id,
          number: invoice.number,
          openCents: invoice.openCents,
          dueDate: toIsoDate(invoice.dueDate),
        })),
      pausedUntil: pause ? toIsoDate(pause.until) : null,
    });
  }
  return contexts;
}
