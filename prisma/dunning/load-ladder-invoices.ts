import type { LadderInvoice } from '../../domain/dunning/group-by-next-step.ts';
import type { InvoiceStatus } from '../../domain/model/invoice.ts';
import { amsterdamDate } from '../../domain/model/iso-date.ts';
import type { PrismaClient } from '../generated/client.ts';
import { toIsoDate } from '../sql/to-iso-date.ts';

/**
 * The named invoices of one debtor with their ladder state (the last step sent and its day),
 * oldest due first; an id of another debtor's invoice, or of none, is passed over.
 */
export async function loadLadderInvoices({
  prisma,
  debtorId,
  invoiceIds,
}: {
  prisma: PrismaClient;
  debtorId: string;
  invoiceIds: readonly string[];
}): Promise<LadderInvoice[]> {
  const invoices = await prisma.invoice.findMany({
    where: { id: { in: [...invoiceIds] }, debtorId },
    include: { dunning: true },
    orderBy: [{ dueDate: 'asc' }, { number: 'asc' }],
  });
  return invoices.map((invoice) => ({
    id: invoice.id,
    number: invoice.number,
    openCents: invoice.openCents,
    dueDate: toIsoDate(invoice.dueDate),
    status: invoice.status as InvoiceStatus,
    lastStepCode: invoice.dunning?.stepCode ?? null,
    lastStepSentOn: invoice.dunning?.lastStepAt ? amsterdamDate(invoice.dunning.lastStepAt) : null,
  }));
}
