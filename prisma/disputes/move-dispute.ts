import type { DisputeStatus, Prisma, PrismaClient } from '../generated/client.ts';

export type DisputeMove =
  | { readonly to: 'taken' }
  | { readonly to: 'resolved_stands' }
  | { readonly to: 'credited'; readonly creditCents: number }
  | { readonly to: 'escalated' };

export type DisputeMoveOutcome =
  | { readonly outcome: 'moved'; readonly status: DisputeStatus; readonly invoiceId: string }
  | { readonly outcome: 'unchanged'; readonly status: DisputeStatus; readonly owner: string | null }
  | { readonly outcome: 'invalid'; readonly message: string };

const FROM: Record<DisputeMove['to'], DisputeStatus[]> = {
  taken: ['open'],
  resolved_stands: ['open', 'taken'],
  credited: ['open', 'taken'],
  escalated: ['open', 'taken'],
};

/**
 * Moves a dispute on by a sales person's decision, once: the status change is conditional on
 * the states it may come from, so a second click changes nothing. Resolving it (invoice stands,
 * or a credit note) puts the invoice back on the ladder and lifts the dispute pause; a credit
 * note lowers what is open (fully credited: the invoice is closed). Escalating keeps dunning
 * paused.
 */
export async function moveDispute({
  prisma,
  disputeId,
  actor,
  userId,
  move,
  now = new Date(),
}: {
  prisma: PrismaClient;
  disputeId: string;
  /** "slack:U123" */
  actor: string;
  userId: string;
  move: DisputeMove;
  now?: Date;
}): Promise<DisputeMoveOutcome> {
  return prisma.$transaction(async (tx) => {
    const dispute = await tx.dispute.findUniqueOrThrow({
      where: { id: disputeId },
      include: { invoice: true },
    });
    if (
      move.to === 'credited' &&
      (!Number.isSafeInteger(move.creditCents) ||
        move.creditCents <= 0 ||
        move.creditCents > dispute.invoice.openCents)
    ) {
      return {
        outcome: 'invalid',
        message: `A credit note must be more than 0 and at most the ${(dispute.invoice.openCents / 100).toFixed(2)} open.`,
      };
    }
    const resolving = move.to === 'resolved_stands' || move.to === 'credited';
    const { count } = await tx.dispute.updateMany({
      where: { id: disputeId, status: { in: FROM[move.to] } },
      data: {
        status: move.to,
        owner: move.to === 'taken' || !dispute.owner ? userId : dispute.owner,
        ...(resolving ? { resolvedAt: now, resolution: move.to } : {}),
        ...(move.to === 'credited' ? { creditCents: move.creditCents } : {}),
      },
    });
    if (count === 0) return { outcome: 'unchanged', status: dispute.status, owner: dispute.owner };
    const audit: Prisma.AuditEventCreateManyInput[] = [
      {
        actor,
        type: `dispute.${move.to}`,
        entityType: 'dispute',
        entityId: disputeId,
        data: {
          invoiceId: dispute.invoiceId,
          ...(move.to === 'credited' ? { creditCents: move.creditCents } : {}),
        },
      },
    ];
    if (resolving) {
      const openCents = dispute.invoice.openCents - (move.to === 'credited' ? move.creditCents : 0);
      const stillDisputed = await tx.dispute.count({
        where: {
          invoiceId: dispute.invoiceId,
          id: { not: disputeId },
          status: { in: ['open', 'taken', 'escalated'] },
        },
      });
      if (stillDisputed === 0) {
        await tx.invoice.update({
          where: { id: dispute.invoiceId },
          data: {
            openCents,
            ...(dispute.invoice.status === 'disputed' || openCents === 0
              ? { status: openCents === 0 ? 'credited' : 'open' }
              : {}),
          },
        });
        const lifted = await tx.dunningPause.updateMany({
          where: { invoiceId: dispute.invoiceId, liftedAt: null, reason: { startsWith: 'dispute' } },
          data: { liftedAt: now },
        });
        audit.push({
          actor,
          type: 'dunning.resumed',
          entityType: 'invoice',
          entityId: dispute.invoiceId,
          data: { disputeId, liftedPauses: lifted.count, openCents },
        });
      } else if (move.to === 'credited') {
        await tx.invoice.update({ where: { id: dispute.invoiceId }, data: { openCents } });
      }
      if (move.to === 'credited') {
        audit.push({
          actor,
          type: 'invoice.credited',
          entityType: 'invoice',
          entityId: dispute.invoiceId,
          data: {
            disputeId,
            creditCents: move.creditCents,
            openCentsBefore: dispute.invoice.openCents,
            openCentsAfter: openCents,
          },
        });
      }
    }
    await tx.auditEvent.createMany({ data: audit });
    return { outcome: 'moved', status: move.to, invoiceId: dispute.invoiceId };
  });
}
