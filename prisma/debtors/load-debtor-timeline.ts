import type { PrismaClient } from '../generated/client.ts';

export interface DebtorTimeline {
  readonly debtor: { readonly id: string; readonly name: string; readonly reference: string };
  readonly openInvoices: number;
  readonly openCents: number;
  readonly openDisputes: number;
  readonly activePlans: number;
  readonly entries: readonly {
    readonly messageId: string;
    /** What the message was: a template for outbound letters and notices (reminder_2, ...), else null. */
    readonly kind: string | null;
    readonly at: Date;
    readonly channel: string;
    readonly direction: 'inbound' | 'outbound';
    readonly subject: string | null;
    readonly text: string;
    readonly status: string;
    /** Same content as an earlier message under another id: stored, flagged for the reader. */
    readonly possibleDuplicate: boolean;
    /** raw_text holds the start of a longer text; the complete text is in message_full_text. */
    readonly textCut: boolean;
  }[];
}

/** Every message with a debtor on every channel (newest first), with the state of their account. */
export async function loadDebtorTimeline({
  prisma,
  debtorId,
  limit = 40,
}: {
  prisma: PrismaClient;
  debtorId: string;
  limit?: number;
}): Promise<DebtorTimeline | null> {
  const debtor = await prisma.debtor.findUnique({
    where: { id: debtorId },
    select: { id: true, name: true, reference: true },
  });
  if (!debtor) return null;
  const [messages, open, openDisputes, activePlans] = await Promise.all([
    prisma.message.findMany({
      where: { debtorId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: limit,
      include: { _count: { select: { fullText: true } } },
    }),
    prisma.invoice.aggregate({
      where: { debtorId, status: { in: ['open', 'disputed', 'planned'] } },
      _count: true,
      _sum: { openCents: true },
    }),
    prisma.dispute.count({ where: { debtorId, status: { in: ['open', 'taken', 'escalated'] } } }),
    prisma.paymentPlan.count({ where: { debtorId, status: 'active' } }),
  ]);
  return {
    debtor,
    openInvoices: open._count,
    openCents: open._sum.openCents ?? 0,
    openDisputes,
    activePlans,
    entries: messages.map((message) => ({
      messageId: message.id,
      kind: message.kind,
      at: message.receivedAt ?? message.sentAt ?? message.createdAt,
      channel: message.channel,
      direction: message.direction,
      subject: message.subject,
      text: message.cleanedText ?? message.rawText,
      status: message.status,
      possibleDuplicate: message.possibleDuplicateOf !== null,
      textCut: message._count.fullText > 0,
    })),
  };
}
