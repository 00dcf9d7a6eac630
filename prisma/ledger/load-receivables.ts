import type { PrismaClient } from '../generated/client.ts';
import { toIsoDate } from '../sql/to-iso-date.ts';

export interface Receivables {
  readonly invoices: readonly {
    readonly id: string;
    readonly debtor: string;
    readonly issueDate: string;
    readonly dueDate: string;
    readonly amountCents: number;
    readonly openCents: number;
    readonly status: 'open' | 'disputed' | 'planned' | 'paid' | 'credited' | 'written_off';
  }[];
  readonly promises: readonly {
    readonly invoiceId: string;
    readonly date: string;
    readonly amountCents: number;
  }[];
  readonly instalments: readonly { readonly dueDate: string; readonly unpaidCents: number }[];
}

/** The ledger as the KPI functions read it: invoices with their debtor, open promises, open instalments. */
export async function loadReceivables({ prisma }: { prisma: PrismaClient }): Promise<Receivables> {
  const [invoices, promises, instalments] = await Promise.all([
    prisma.invoice.findMany({ include: { debtor: { select: { name: true } } }, orderBy: { dueDate: 'asc' } }),
    prisma.paymentPromise.findMany({
      where: { status: 'open', invoiceId: { not: null } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    }),
    prisma.installment.findMany({ where: { status: { in: ['due', 'missed'] }, plan: { status: 'active' } } }),
  ]);
  const openById = new Map(invoices.map((invoice) => [invoice.id, invoice.openCents]));
  return {
    invoices: invoices.map((invoice) => ({
      id: invoice.id,
      debtor: invoice.debtor.name,
      issueDate: toIsoDate(invoice.issueDate),
      dueDate: toIsoDate(invoice.dueDate),
      amountCents: invoice.amountCents,
      openCents: invoice.openCents,
      status: invoice.status,
    })),
    promises: promises.map((promise) => ({
      invoiceId: promise.invoiceId!,
      date: toIsoDate(promise.promisedDate),
      amountCents: promise.amountCents ?? openById.get(promise.invoiceId!) ?? 0,
    })),
    instalments: instalments.map((instalment) => ({
      dueDate: toIsoDate(instalment.dueDate),
      unpaidCents: instalment.amountCents - instalment.paidCents,
    })),
  };
}
