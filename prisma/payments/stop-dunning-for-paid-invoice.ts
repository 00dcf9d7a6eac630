import type { Prisma } from '../generated/client.ts';
import { moveProposals } from '../proposals/move-proposals.ts';

type Tx = Prisma.TransactionClient;

/**
 * What an invoice that nothing is open on any more ends, inside the caller's transaction,
 * whoever found out (a provider payment, a ledger import): pauses are lifted, open promises
 * kept, reminders still queued for it cancelled (their timeline line says why), open proposals
 * about it expired. Returns the audit events to write with the caller's own.
 */
export async function stopDunningForPaidInvoice({
  tx,
  invoice,
  actor,
  paymentId = null,
  now,
}: {
  tx: Tx;
  invoice: { readonly id: string; readonly number: string };
  /** provider:mollie, cli, … */
  actor: string;
  paymentId?: string | null;
  now: Date;
}): Promise<Prisma.AuditEventCreateManyInput[]> {
  const lifted = await tx.dunningPause.updateMany({
    where: { invoiceId: invoice.id, liftedAt: null },
    data: { liftedAt: now },
  });
  const kept = await tx.paymentPromise.updateMany({
    where: { invoiceId: invoice.id, status: 'open' },
    data: { status: 'kept', resolvedAt: now },
  });
  const reminders = await tx.emailOutbox.findMany({
    where: {
      status: 'pending',
      template: 'reminder',
      payload: { path: ['dunning', 'invoiceIds'], array_contains: [invoice.id] },
    },
    select: { id: true, messageId: true },
  });
  for (const reminder of reminders) {
    await tx.emailOutbox.update({
      where: { id: reminder.id },
      data: { status: 'cancelled', lastError: `not sent: invoice ${invoice.number} was paid` },
    });
    await tx.message.update({
      where: { id: reminder.messageId },
      data: { status: 'failed', failureReason: `not sent: invoice ${invoice.number} was paid` },
    });
  }
  const expired = await moveProposals({
    tx,
    which: { invoiceId: invoice.id },
    from: 'proposed',
    to: 'expired',
    by: actor,
    at: now,
  });
  return [
    {
      actor,
      type: 'invoice.paid',
      entityType: 'invoice',
      entityId: invoice.id,
      data: { ...(paymentId ? { paymentId } : {}), number: invoice.number },
    },
    {
      actor,
      type: 'dunning.stopped',
      entityType: 'invoice',
      entityId: invoice.id,
      data: {
        reason: 'paid',
        pausesLifted: lifted.count,
        promisesKept: kept.count,
        remindersCancelled: reminders.map((r) => r.id),
        proposalsExpired: expired.length,
      },
    },
  ];
}
