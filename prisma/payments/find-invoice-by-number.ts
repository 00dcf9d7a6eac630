import type { PrismaClient } from '../generated/client.ts';

/** An invoice by its number as in the ledger (exact match), for `collections link`. */
export async function findInvoiceByNumber({
  prisma,
  number,
}: {
  prisma: PrismaClient;
  number: string;
}): Promise<{
  id: string;
  number: string;
  status: string;
  debtorName: string;
  debtorLanguage: string;
} | null> {
  const invoice = await prisma.invoice.findUnique({
    where: { number },
    select: { id: true, number: true, status: true, debtor: { select: { name: true, language: true } } },
  });
  return invoice
    ? {
        id: invoice.id,
        number: invoice.number,
        status: invoice.status,
        debtorName: invoice.debtor.name,
        debtorLanguage: invoice.debtor.language,
      }
    : null;
}
