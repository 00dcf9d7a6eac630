import { addDays, amsterdamDate } from '../../../../domain/model/iso-date.ts';
import type { Database } from '../../../../prisma/open-database.ts';
import { proposeDunningEscalation } from '../../../../prisma/proposals/propose-dunning-escalation.ts';
import { seedDebtor } from '../../slack/support/seed-debtor.ts';

/** One open ladder-step proposal (a second reminder waiting for approval) for a new debtor. */
export async function seedEscalation(db: Database, reference: string): Promise<string> {
  const { debtorId, invoiceIds } = await seedDebtor(db, {
    reference,
    name: `${reference} BV`,
    invoices: [
      { number: `INV-${reference}`, cents: 42_000, dueDate: addDays(amsterdamDate(new Date()), -40) },
    ],
  });
  const { proposalId } = await proposeDunningEscalation({
    prisma: db.prisma,
    debtorId,
    invoiceIds,
    stepCode: 'reminder_2',
    rationale: `Tweede herinnering is due for INV-${reference}.`,
    params: { stepLabel: 'Tweede herinnering', principalCents: 42_000 },
  });
  return proposalId;
}
