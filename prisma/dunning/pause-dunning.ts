import type { IsoDate } from '../../domain/model/iso-date.ts';
import type { PrismaClient } from '../generated/client.ts';

/**
 * Pauses the ladder for a debtor's open invoices until a day (inclusive, Europe/Amsterdam): one
 * dunning_pause row per invoice, the same rows a proposal's pause makes and the ladder already
 * reads (load-dunning-candidates), with a `dunning.paused` audit event each, in one transaction.
 * Invoices that are paid, credited, written off or in a plan are left alone. Returns the invoices
 * paused (none when nothing is open).
 */
export async function pauseDunning({
  prisma,
  debtorId,
  until,
  reason,
  actor,
}: {
  prisma: PrismaClient;
  debtorId: string;
  until: IsoDate;
  reason: string;
  /** Who paused: `console:<e-mail>`. */
  actor: string;
}): Promise<{ invoiceIds: string[] }> {
  return prisma.$transaction(async (tx) => {
    const invoices = await tx.invoice.findMany({
      where: { debtorId, status: { in: ['open', 'disputed'] }, openCents: { gt: 0 } },
      select: { id: true },
      orderBy: { dueDate: 'asc' },
    });
    const invoiceIds = invoices.map((invoice) => invoice.id);
    if (invoiceIds.length === 0) return { invoiceIds };
    const untilDate = new Date(`${until}T00:00:00.000Z`);
    await tx.dunningPause.createMany({
      data: invoiceIds.map((invoiceId) => ({ invoiceId, reason, until: untilDate, createdBy: actor })),
    });
    await tx.auditEvent.createMany({
      data: invoiceIds.map((invoiceId) => ({
        actor,
        type: 'dunning.paused',
        entityType: 'invoice',
        entityId: invoiceId,
        data: { until, reason, debtorId },
      })),
    });
    return { invoiceIds };
  });
}
