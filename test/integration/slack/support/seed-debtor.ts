import type { Database } from '../../../../prisma/open-database.ts';

/** A debtor with open invoices (amounts in cents, due dates as ISO days) and one e-mail contact. */
export async function seedDebtor(
  db: Database,
  {
    reference,
    name,
    accountOwner = null,
    language = 'en',
    invoices,
  }: {
    reference: string;
    name: string;
    accountOwner?: string | null;
    language?: string;
    invoices: { number: string; cents: number; dueDate: string }[];
  },
): Promise<{ debtorId: string; invoiceIds: string[] }> {
  const debtor = await db.prisma.debtor.create({
    data: {
      reference,
      name,
      kind: 'company',
      language,
      accountOwner,
      contacts: { create: { email: `ap@${reference.toLowerCase()}.example`, isPrimary: true } },
    },
  });
  const invoiceIds: string[] = [];
  for (const invoice of invoices) {
    const created = await db.prisma.invoice.create({
      data: {
        number: invoice.number,
        debtorId: debtor.id,
        amountCents: invoice.cents,
        openCents: invoice.cents,
        issueDate: new Date(`${invoice.dueDate}T00:00:00.000Z`),
        dueDate: new Date(`${invoice.dueDate}T00:00:00.000Z`),
      },
    });
    invoiceIds.push(created.id);
  }
  return { debtorId: debtor.id, invoiceIds };
}
