import { randomUUID } from 'node:crypto';
import { addDays, amsterdamDate } from '../../domain/model/iso-date.ts';
import type { Database } from '../../prisma/open-database.ts';

/**
 * `count` company debtors, each with one contact and one invoice 20 days past due at `today`, so
 * each gets exactly one first reminder from the ladder that day. Inserted in bulk: a ladder run
 * over a few thousand of them takes long enough to be interrupted.
 */
export async function seedOverdueLedger(db: Database, { count, today }: { count: number; today: Date }) {
  const day = amsterdamDate(today);
  const debtors = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    reference: `D-${String(i).padStart(6, '0')}`,
    name: `Debtor ${i} B.V.`,
    kind: 'company' as const,
    language: i % 2 === 0 ? 'nl' : 'en',
  }));
  for (let start = 0; start < count; start += 1_000) {
    const chunk = debtors.slice(start, start + 1_000);
    await db.prisma.debtor.createMany({ data: chunk });
    await db.prisma.contact.createMany({
      data: chunk.map((debtor) => ({
        debtorId: debtor.id,
        email: `ap+${debtor.reference}@debtor.example`,
        isPrimary: true,
      })),
    });
    await db.prisma.invoice.createMany({
      data: chunk.map((debtor) => ({
        debtorId: debtor.id,
        number: `INV-${debtor.reference}`,
        amountCents: 10_000,
        openCents: 10_000,
        issueDate: new Date(`${addDays(day, -50)}T00:00:00Z`),
        dueDate: new Date(`${addDays(day, -20)}T00:00:00Z`),
      })),
    });
  }
  return debtors.map((debtor) => debtor.id);
}
