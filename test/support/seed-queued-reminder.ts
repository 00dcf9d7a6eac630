import type { Database } from '../../prisma/open-database.ts';

/**
 * What the dunning ladder leaves behind for an open invoice: a proposal for the next step waiting
 * for approval, and a first reminder queued in the e-mail outbox, not sent yet. For tests that
 * show a payment (or a ledger marking the invoice paid) cancels both.
 */
export async function seedQueuedReminder(
  { prisma }: Database,
  { debtorId, invoiceId, externalId }: { debtorId: string; invoiceId: string; externalId: string },
) {
  const proposal = await prisma.proposal.create({
    data: {
      debtorId,
      invoiceId,
      action: 'send_dunning_step',
      rationale: 'second reminder due',
      params: {},
      requiresApproval: true,
    },
  });
  const reminder = await prisma.message.create({
    data: {
      channel: 'email',
      direction: 'outbound',
      externalId,
      debtorId,
      invoiceId,
      rawText: 'reminder',
      kind: 'reminder',
      status: 'queued',
    },
  });
  const outbox = await prisma.emailOutbox.create({
    data: {
      idempotencyKey: `dunning:reminder:${invoiceId}`,
      messageId: reminder.id,
      debtorId,
      template: 'reminder',
      payload: { mail: {}, dunning: { invoiceIds: [invoiceId], stepCode: 'reminder' } },
    },
  });
  return { proposal, outbox };
}
