import type { PrismaClient } from '../generated/client.ts';

/** Database ids for debtor references and invoice numbers (unknown ones are absent from the maps). */
export async function resolveLedgerIds({
  prisma,
  references,
  invoiceNumbers,
}: {
  prisma: PrismaClient;
  references: readonly string[];
  invoiceNumbers: readonly string[];
}): Promise<{ debtors: Map<string, string>; invoices: Map<string, string> }> {
  const [debtors, invoices] = await Promise.all([
    prisma.debtor.findMany({
      where: { reference: { in: [...references] } },
      select: { id: true, reference: true },
    }),
    prisma.invoice.findMany({
      where: { number: { in: [...invoiceNumbers] } },
      select: { id: true, number: true },
    }),
  ]);
  return {
    debtors: new Map(debtors.map((debtor) => [debtor.reference, debtor.id])),
    invoices: new Map(invoices.map((invoice) => [invoice.number, invoice.id])),
  };
}
