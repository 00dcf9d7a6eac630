import type { DisputedDebtor } from '../../domain/disputes/sales-dispute.ts';
import type { DisputeStatus, PrismaClient } from '../generated/client.ts';
import { toIsoDate } from '../sql/to-iso-date.ts';

export interface DisputeForSlack {
  readonly id: string;
  readonly status: DisputeStatus;
  readonly summary: string;
  readonly owner: string | null;
  readonly resolution: string | null;
  readonly creditCents: number | null;
  readonly resolutionNote: string | null;
  readonly correctedInvoiceNumber: string | null;
  readonly updatedAt: Date;
  readonly debtor: DisputedDebtor;
  readonly invoice: {
    readonly id: string;
    readonly number: string;
    readonly openCents: number;
    readonly dueDate: string;
  };
  readonly debtorWords: string;
}

export async function loadDisputeForSlack({
  prisma,
  disputeId,
}: {
  prisma: PrismaClient;
  disputeId: string;
}): Promise<DisputeForSlack | null> {
  const dispute = await prisma.dispute.findUnique({
    where: { id: disputeId },
    include: { debtor: true, invoice: true },
  });
  if (!dispute) return null;
  const message = dispute.messageId
    ? await prisma.message.findUnique({
        where: { id: dispute.messageId },
        select: { cleanedText: true, rawText: true },
      })
    : null;
  return {
    id: dispute.id,
    status: dispute.status,
    summary: dispute.summary,
    owner: dispute.owner,
    resolution: dispute.resolution,
    creditCents: dispute.creditCents,
    resolutionNote: dispute.resolutionNote,
    correctedInvoiceNumber: dispute.correctedInvoiceNumber,
    updatedAt: dispute.updatedAt,
    debtor: {
      id: dispute.debtor.id,
      name: dispute.debtor.name,
      reference: dispute.debtor.reference,
      accountOwner: dispute.debtor.accountOwner,
    },
    invoice: {
      id: dispute.invoice.id,
      number: dispute.invoice.number,
      openCents: dispute.invoice.openCents,
      dueDate: toIsoDate(dispute.invoice.dueDate),
    },
    debtorWords: message ? (message.cleanedText ?? message.rawText) : '',
  };
}
