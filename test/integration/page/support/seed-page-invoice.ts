import type { Database } from '../../../../prisma/open-database.ts';

/** A debtor with one open invoice (and a contact), as the ledger import would leave it. */
export async function seedPageInvoice(
  db: Database,
  {
    reference = 'PAGE-1',
    name = 'Bakkerij De Zon BV',
    language = 'nl',
    number = 'INV-PAGE-1',
    cents = 121_000,
    openCents = cents,
    dueDate = '2026-10-01',
    poNumber = 'PO-7788',
    status = 'open',
  }: {
    reference?: string;
    name?: string;
    language?: string;
    number?: string;
    cents?: number;
    openCents?: number;
    dueDate?: string;
    poNumber?: string | null;
    status?: 'open' | 'paid' | 'disputed' | 'planned';
  } = {},
): Promise<{ debtorId: string; invoiceId: string }> {
  const debtor = await db.prisma.debtor.upsert({
    where: { reference },
    create: {
      reference,
      name,
      kind: 'company',
      language,
      contacts: { create: { email: `ap@${reference.toLowerCase()}.example`, isPrimary: true } },
    },
    update: {},
  });
  const invoice = await db.prisma.invoice.create({
    data: {
      number,
      debtorId: debtor.id,
      amountCents: cents,
      openCents,
      issueDate: new Date('2026-09-01T00:00:00Z'),
      dueDate: new Date(`${dueDate}T00:00:00Z`),
      poNumber,
      status,
    },
  });
  return { debtorId: debtor.id, invoiceId: invoice.id };
}
