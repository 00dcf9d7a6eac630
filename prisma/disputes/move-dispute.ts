import type { DisputeStatus, Prisma, PrismaClient } from '../generated/client.ts';

export type DisputeMove =
  | { readonly to: 'taken' }
  /** Rejected: the invoice stands (the console asks why; Slack's button does not). */
  | { readonly to: 'resolved_stands'; readonly note?: string }
  | { readonly to: 'credited'; readonly creditCents: number; readonly note?: string }
  /** A corrected invoice replaces the disputed one, which is closed: its dunning ends. */
  | { readonly to: 'corrected'; readonly correctedInvoiceNumber: string; readonly note?: string }
  /** To finance; dunning stays paused. The console asks why (kept as the note); Slack's button does not. */
  | { readonly to: 'escalated'; readonly note?: string }
  /** Finance hands an escalated dispute back to sales: taken again, by whoever held it. */
  | { readonly to: 'handed_back'; readonly note?: string };

export type DisputeMoveOutcome =
  | { readonly outcome: 'moved'; readonly status: DisputeStatus; readonly invoiceId: string }
  | { readonly outcome: 'unchanged'; readonly status: DisputeStatus; readonly owner: string | null }
  | { readonly outcome: 'invalid'; readonly message: string };

const FROM: Record<DisputeMove['to'], DisputeStatus[]> = {
  taken: ['open'],
  resolved_stands: ['open', 'taken'],
  credited: ['open', 'taken'],
  corrected: ['open', 'taken'],
  escalated: ['open', 'taken'],
  handed_back: ['escalated'],
};

/**
 * Moves a dispute on by a sales person's decision, once: the status change is conditional on
 * the states it may come from, so a second click changes nothing. Resolving it (invoice stands,
 * or a credit note) puts the invoice back on the ladder and lifts the dispute pause; a credit
 * note lowers what is open (fully credited: the invoice is closed); a corrected invoice closes
 * the disputed one (nothing left open, so its dunning ends; the corrected invoice is dunned on its
 * own terms once the ledger brings it). Escalating keeps dunning paused; finance then hands it
 * back to sales (taken again) or settles it (`from: ['escalated']`: the console's finance forms
 * may move only escalated disputes, never one sales holds). Slack and the console's sales view
 * both move disputes through here.
 */
export async function moveDispute({
  prisma,
  disputeId,
  actor,
  userId,
  move,
  from = FROM[move.to],
  now = new Date(),
}: {
  prisma: PrismaClient;
  disputeId: string;
  /** "slack:U123" or "console:anna@example.com" */
  actor: string;
  /** Who becomes the owner if it has none: a Slack user id, or a console user's e-mail address. */
  userId: string;
  move: DisputeMove;
  /** The states it may move from; by default the lifecycle's (FROM). */
  from?: readonly DisputeStatus[];
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
    if (move.to === 'corrected' && !/^\S.{0,79}$/.test(move.correctedInvoiceNumber.trim())) {
      return {
        outcome: 'invalid',
        message: 'Give the number of the corrected invoice (at most 80 characters).',
      };
    }
    const resolving = move.to === 'resolved_stands' || move.to === 'credited' || move.to === 'corrected';
    const note = 'note' in move && move.note?.trim() ? move.note.trim().slice(0, 1000) : null;
    // A corrected invoice takes the disputed one's place: all of what was open is credited.
    const creditCents =
      move.to === 'credited' ? move.creditCents : move.to === 'corrected' ? dispute.invoice.openCents : 0;
    const status: DisputeStatus = move.to === 'handed_back' ? 'taken' : move.to;
    const { count } = await tx.dispute.updateMany({
      where: { id: disputeId, status: { in: [...from] } },
      data: {
        status,
        owner: move.to === 'taken' || !dispute.owner ? userId : dispute.owner,
        ...(resolving ? { resolvedAt: now, resolution: move.to } : {}),
        ...(move.to === 'credited' || move.to === 'corrected' ? { creditCents } : {}),
        ...(note ? { resolutionNote: note } : {}),
        ...(move.to === 'corrected' ? { correctedInvoiceNumber: move.correctedInvoiceNumber.trim() } : {}),
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
          ...(move.to === 'credited' || move.to === 'corrected' ? { creditCents } : {}),
          ...(note ? { note } : {}),
          ...(move.to === 'corrected' ? { correctedInvoiceNumber: move.correctedInvoiceNumber.trim() } : {}),
        },
      },
    ];
    if (resolving) {
      const openCents = dispute.invoice.openCents - creditCents;
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
          type: openCents === 0 ? 'dunning.ended' : 'dunning.resumed',
          entityType: 'invoice',
          entityId: dispute.invoiceId,
          data: { disputeId, liftedPauses: lifted.count, openCents },
        });
      } else if (creditCents > 0) {
        await tx.invoice.update({ where: { id: dispute.invoiceId }, data: { openCents } });
      }
      if (creditCents > 0) {
        audit.push({
          actor,
          type: move.to === 'corrected' ? 'invoice.corrected' : 'invoice.credited',
          entityType: 'invoice',
          entityId: dispute.invoiceId,
          data: {
            disputeId,
            creditCents,
            ...(move.to === 'corrected'
              ? { correctedInvoiceNumber: move.correctedInvoiceNumber.trim() }
              : {}),
            openCentsBefore: dispute.invoice.openCents,
            openCentsAfter: openCents,
          },
        });
      }
    }
    await tx.auditEvent.createMany({ data: audit });
    return { outcome: 'moved', status, invoiceId: dispute.invoiceId };
  });
}
