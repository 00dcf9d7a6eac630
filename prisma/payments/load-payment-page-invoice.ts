import type { InvoiceStatus } from '../../domain/model/invoice.ts';
import type { PrismaClient } from '../generated/client.ts';
import { toIsoDate } from '../sql/to-iso-date.ts';

export interface PaymentPageInvoice {
  readonly id: string;
  readonly number: string;
  readonly poNumber: string | null;
  readonly issueDate: string;
  readonly dueDate: string;
  readonly amountCents: number;
  readonly openCents: number;
  readonly currency: string;
  readonly status: InvoiceStatus;
  readonly debtor: { readonly id: string; readonly name: string; readonly language: string };
}

/** One invoice with what its payment page shows; null when it does not exist. */
export async function loadPaymentPageInvoice({
  prisma,
  invoiceId,
}: {
  prisma: PrismaClient;
  invoiceId: string;
}): Promise<PaymentPageInvoice | null> {
  const invoice = await prisma.invoice.findUnique({
    where: { id: invoiceId },
    include: { debtor: { select: { id: true, name: true, language: true } } },
  });
  if (!invoice) return null;
  return {
    id: invoice.id,
    number: invoice.number,
    poNumber: invoice.poNumber,
    issueDate: toIsoDate(invoice.issueDate),
    dueDate: toIsoDate(invoice.dueDate),
    amountCents: invoice.amountCents,
    openCents: invoice.openCents,
    currency: invoice.currency,
    status: invoice.status as InvoiceStatus,
    debtor: invoice.debtor,
  };
}
