import type { Database } from '../../prisma/open-database.ts';

/** A debtor with one open invoice for the chat tests (cents; due date as an ISO day). */
export async function seedChatDebtor(
  db: Database,
  {
    reference,
    name,
    language = 'nl',
    invoiceNumber,
    cents,
    dueDate,
    accountOwner = null,
  }: {
    reference: string;
    name: string;
    language?: string;
    invoiceNumber: string;
    cents: number;
    dueDate: string;
    accountOwner?: string | null;
  },
): Promise<{ debtorId: string; invoiceId: string }> {
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
  const invoice = await db.prisma.invoice.create({
    data: {
      number: invoiceNumber,
      debtorId: debtor.id,
      amountCents: cents,
      openCents: cents,
      issueDate: new Date(`${dueDate}T00:00:00.000Z`),
      dueDate: new Date(`${dueDate}T00:00:00.000Z`),
    },
  });
  return { debtorId: debtor.id, invoiceId: invoice.id };
}
