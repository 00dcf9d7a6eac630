import type { PrismaClient } from '../generated/client.ts';

export interface DebtorMatch {
  readonly id: string;
  readonly name: string;
  readonly reference: string;
}

/** A person's search for debtors, a page at a time. */
export interface DebtorQuery {
  readonly prisma: PrismaClient;
  readonly query: string;
  readonly limit?: number;
  /** Skip that many of the matches (ordered by name, then id): the console's next page. */
  readonly offset?: number;
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
}: DebtorQuery): Promise<DebtorMatch[]> {
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
