import type { PrismaClient } from '../generated/client.ts';

export interface DebtorMatch {
  readonly id: string;
  readonly name: string;
  readonly reference: string;
}

/**
 * Debtors for a person's query: an exact invoice number or debtor reference first (ignoring
 * case), else names containing the text. Used by `/debtor` and the triage debtor picker.
 */
export async function findDebtors({
  prisma,
  query,
  limit = 10,
  offset = 0,
}: {
  prisma: PrismaClient;
  query: string;
  limit?: number;
  /** Names containing the text, from this one on (by name): the console's next page. */
  offset?: number;
}): Promise<DebtorMatch[]> {
  const text = query.trim();
  if (!text) return [];
  const select = { id: true, name: true, reference: true } as const;
  const byInvoice = await prisma.invoice.findFirst({
    where: { number: { equals: text, mode: 'insensitive' } },
    select: { debtor: { select } },
  });
  if (byInvoice) return offset === 0 ? [byInvoice.debtor] : [];
  const byReference = await prisma.debtor.findFirst({
    where: { reference: { equals: text, mode: 'insensitive' } },
    select,
  });
  if (byReference) return offset === 0 ? [byReference] : [];
  return prisma.debtor.findMany({
    where: { name: { contains: text, mode: 'insensitive' } },
    select,
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    skip: offset,
    take: limit,
  });
}
