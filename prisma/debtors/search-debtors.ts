import type { PrismaClient } from '../generated/client.ts';
import { type DebtorMatch, findDebtors } from './find-debtors.ts';

/**
 * The console's debtor search: an e-mail address (or part of one, when the text has an @) finds
 * the debtors with such a contact; anything else is `/debtor`'s search (an exact invoice number
 * or debtor reference, else names containing the text). An empty query lists the first debtors by name.
 */
export async function searchDebtors({
  prisma,
  query,
  limit = 50,
}: {
  prisma: PrismaClient;
  query: string;
  limit?: number;
}): Promise<DebtorMatch[]> {
  const text = query.trim();
  const select = { id: true, name: true, reference: true } as const;
  if (!text) return prisma.debtor.findMany({ select, orderBy: { name: 'asc' }, take: limit });
  if (text.includes('@')) {
    const contacts = await prisma.contact.findMany({
      where: { email: { contains: text, mode: 'insensitive' } },
      select: { debtor: { select } },
      orderBy: { email: 'asc' },
      take: limit,
    });
    return [...new Map(contacts.map(({ debtor }) => [debtor.id, debtor])).values()];
  }
  return findDebtors({ prisma, query: text, limit });
}
