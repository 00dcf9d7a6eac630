import type { PrismaClient } from '../generated/client.ts';
import { toIsoDate } from '../repositories/to-iso-date.ts';

export interface AnswerContext {
  readonly messageId: string;
  readonly externalId: string;
  readonly debtorId: string;
  readonly debtorName: string;
  readonly debtorLanguage: string;
  readonly fromAddress: string | null;
  readonly subject: string | null;
  readonly kind: string | null;
  readonly headers: Readonly<Record<string, string>>;
  readonly threadId: string | null;
  readonly proposal: {
    readonly id: string;
    readonly action: string;
    readonly requiresApproval: boolean;
    readonly status: string;
    readonly params: Readonly<Record<string, unknown>>;
  } | null;
  readonly invoices: readonly {
    readonly id: string;
    readonly number: string;
    readonly openCents: number;
    readonly dueDate: string;
  }[];
  /** The latest pause the proposal set, if any. */
  readonly pausedUntil: string | null;
}

/** What is needed to answer a stored inbound message, read back from the database (so a replay after a crash sees the same). */
export async function loadAnswerContext({
  prisma,
  messageId,
}: {
  prisma: PrismaClient;
  messageId: string;
}): Promise<AnswerContext | null> {
  const message = await prisma.message.findUnique({
    where: { id: messageId },
    include: {
      debtor: true,
      conversation: { select: { externalThreadId: true } },
      proposals: { orderBy: { createdAt: 'desc' }, take: 1 },
    },
  });
  if (!message?.debtor) return null;
  const proposal = message.proposals[0] ?? null;
  const params = (proposal?.params ?? {}) as Record<string, unknown>;
  const invoiceIds = Array.isArray(params.invoiceIds) ? (params.invoiceIds as string[]) : [];
  const invoices = invoiceIds.length
    ? await prisma.invoice.findMany({ where: { id: { in: invoiceIds } }, orderBy: { dueDate: 'asc' } })
    : [];
  const pause = proposal
    ? await prisma.dunningPause.findFirst({
        where: { createdBy: `proposal:${proposal.id}` },
        orderBy: { until: 'desc' },
      })
    : null;
  return {
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
    invoices: invoices.map((invoice) => ({
      id: invoice.id,
      number: invoice.number,
      openCents: invoice.openCents,
      dueDate: toIsoDate(invoice.dueDate),
    })),
    pausedUntil: pause ? toIsoDate(pause.until) : null,
  };
}
