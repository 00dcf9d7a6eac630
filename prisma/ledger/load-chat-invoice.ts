import type { PrismaClient } from '../generated/client.ts';
import { toIsoDate } from '../sql/to-iso-date.ts';

export interface ChatInvoice {
  readonly invoiceId: string;
  readonly number: string;
  readonly openCents: number;
  readonly currency: string;
  readonly dueDate: string;
  readonly status: string;
  readonly debtorId: string;
  readonly debtorName: string;
  readonly language: string;
}

/** The invoice a payment link opens, with the debtor the chat talks to. */
export async function loadChatInvoice({
  prisma,
  invoiceId,
}: {
  prisma: PrismaClient;
  invoiceId: string;
}): Promise<ChatInvoice | null> {
  const invoice = await prisma.invoice.findUnique({
    where: { id: invoiceId },
    include: { debtor: { select: { id: true, name: true, language: true } } },
  });
  if (!invoice) return null;
  return {
    invoiceId: invoice.id,
    number: invoice.number,
    openCents: invoice.openCents,
    currency: invoice.currency,
    dueDate: toIsoDate(invoice.dueDate),
    status: invoice.status,
    debtorId: invoice.debtor.id,
    debtorName: invoice.debtor.name,
    language: invoice.debtor.language,
  };
}
