import type { Database } from '../../prisma/open-database.ts';

/** What the database says about an invoice: open amount and the payments on it, smallest first. */
export async function readInvoiceStanding(
  db: Database,
  number: string,
): Promise<{ openCents: number; payments: number[] }> {
  const invoice = await db.prisma.invoice.findUniqueOrThrow({ where: { number } });
  const payments = await db.prisma.payment.findMany({
    where: { invoiceId: invoice.id },
    select: { amountCents: true },
  });
  return {
    openCents: invoice.openCents,
    payments: payments.map((p) => p.amountCents).sort((a, b) => a - b),
  };
}
