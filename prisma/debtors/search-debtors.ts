import { type DebtorMatch, type DebtorQuery, findDebtors } from './find-debtors.ts';

/**
 * The console's debtor search: an e-mail address (or part of one, when the text has an @) finds
 * the debtors with such a contact; anything else is `/debtor`'s search (an exact invoice number
 * or debtor reference, else names containing the text). An empty query lists the debtors by name.
 * Page by page: `offset` skips that many (ordered by name, then id, so pages neither repeat nor skip).
 */
export async function searchDebtors({
  prisma,
  query,
  limit = 50,
  offset = 0,
}: DebtorQuery): Promise<DebtorMatch[]> {
  const text = query.trim();
  const select = { id: true, name: true, reference: true } as const;
  const page = { orderBy: [{ name: 'asc' as const }, { id: 'asc' as const }], skip: offset, take: limit };
  if (!text) return prisma.debtor.findMany({ select, ...page });
  if (text.includes('@')) {
    return prisma.debtor.findMany({
      where: { contacts: { some: { email: { contains: text, mode: 'insensitive' } } } },
      select,
      ...page,
    });
  }
  return findDebtors({ prisma, query: text, limit, offset });
}
