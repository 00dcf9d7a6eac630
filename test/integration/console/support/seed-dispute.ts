import { addDays, amsterdamDate } from '../../../../domain/model/iso-date.ts';
import type { Database } from '../../../../prisma/open-database.ts';
import { receiveEmail } from '../../slack/support/receive-email.ts';
import { seedDebtor } from '../../slack/support/seed-debtor.ts';

export const DISPUTE_WORDS =
  'Hello,\n\nWe will not pay this invoice. Only 8 of the 10 pallets were delivered and two arrived damaged.\n' +
  'Please send a corrected invoice.\n\nRegards,\nJames';

/**
 * A debtor (with this account owner) whose dispute mail went through the pipeline: a hand-off to
 * sales is proposed, not yet opened as a dispute (Slack's dispatch or the console opens it).
 */
export async function seedDisputeHandoff(
  db: Database,
  {
    reference,
    accountOwner,
    cents = 240_000,
  }: { reference: string; accountOwner: string | null; cents?: number },
): Promise<{ debtorId: string; invoiceId: string; handoffId: string }> {
  const { debtorId, invoiceIds } = await seedDebtor(db, {
    reference,
    name: `${reference} BV`,
    accountOwner,
    invoices: [{ number: `INV-${reference}`, cents, dueDate: addDays(amsterdamDate(new Date()), -10) }],
  });
  const received = await receiveEmail(db, {
    debtorId,
    invoiceId: invoiceIds[0]!,
    from: `james@${reference.toLowerCase()}.example`,
    text: DISPUTE_WORDS,
  });
  if (received.proposal?.action !== 'handoff_to_sales') {
    throw new Error(`the dispute mail proposed ${received.proposal?.action ?? 'nothing'}`);
  }
  const { id: handoffId } = await db.prisma.proposal.findFirstOrThrow({
    where: { debtorId, action: 'handoff_to_sales' },
  });
  return { debtorId, invoiceId: invoiceIds[0]!, handoffId };
}
