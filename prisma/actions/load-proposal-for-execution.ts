import type { EscalationInvoice } from '../../domain/actions/plan-escalation.ts';
import type { DebtorKind } from '../../domain/model/debtor.ts';
import type { InvoiceStatus } from '../../domain/model/invoice.ts';
import { amsterdamDate, type IsoDate } from '../../domain/model/iso-date.ts';
import type { PrismaClient } from '../generated/client.ts';
import { toIsoDate } from '../repositories/to-iso-date.ts';

export interface ProposalForExecution {
  readonly id: string;
  readonly action: string;
  readonly status: string;
  readonly requiresApproval: boolean;
  readonly params: Readonly<Record<string, unknown>>;
  readonly decidedBy: string | null;
  readonly debtor: { readonly id: string; readonly kind: DebtorKind; readonly language: string };
  readonly invoices: readonly EscalationInvoice[];
  readonly message: {
    readonly id: string;
    readonly channel: string;
    readonly fromAddress: string | null;
    readonly text: string;
  } | null;
  readonly contacts: readonly string[];
  /** What the approver entered with the approval (a confirmed contact address), kept in the audit event. */
  readonly approverInput: { readonly contactEmail?: string };
  /** The latest pause this proposal set that still holds: what an acknowledgement may name. */
  readonly pausedUntil: IsoDate | null;
}

/** A decided proposal (or one the policy approves itself) with what its executor needs: the invoices as they are now and their ladder state. */
export async function loadProposalForExecution({
  prisma,
  proposalId,
}: {
  prisma: PrismaClient;
  proposalId: string;
}): Promise<ProposalForExecution | null> {
  const proposal = await prisma.proposal.findUnique({
    where: { id: proposalId },
    include: { debtor: { include: { contacts: true } }, message: true },
  });
  if (!proposal) return null;
  const params = (proposal.params ?? {}) as Record<string, unknown>;
  const invoiceIds = Array.isArray(params.invoiceIds)
    ? params.invoiceIds.filter((id): id is string => typeof id === 'string')
    : [];
  const invoices = await prisma.invoice.findMany({
    where: { id: { in: invoiceIds }, debtorId: proposal.debtorId },
    include: { dunning: true },
    orderBy: [{ dueDate: 'asc' }, { number: 'asc' }],
  });
  const approved = await prisma.auditEvent.findFirst({
    where: { entityType: 'proposal', entityId: proposalId, type: 'proposal.approved' },
    orderBy: { id: 'desc' },
  });
  const input = ((approved?.data ?? {}) as { input?: { contactEmail?: unknown } }).input;
  // On the proposal's invoices: that is what is indexed.
  const pause = await prisma.dunningPause.findFirst({
    where: { invoiceId: { in: invoiceIds }, createdBy: `proposal:${proposalId}`, liftedAt: null },
    orderBy: { until: 'desc' },
    select: { until: true },
  });
  return {
    id: proposal.id,
    action: proposal.action,
    status: proposal.status,
    requiresApproval: proposal.requiresApproval,
    params,
    decidedBy: proposal.decidedBy,
    debtor: {
      id: proposal.debtor.id,
      kind: proposal.debtor.kind as DebtorKind,
      language: proposal.debtor.language,
    },
    invoices: invoices.map((invoice) => ({
      id: invoice.id,
      number: invoice.number,
      openCents: invoice.openCents,
      dueDate: toIsoDate(invoice.dueDate),
      status: invoice.status as InvoiceStatus,
      lastStepCode: invoice.dunning?.stepCode ?? null,
      lastStepSentOn: invoice.dunning?.lastStepAt ? amsterdamDate(invoice.dunning.lastStepAt) : null,
    })),
    message: proposal.message
      ? {
          id: proposal.message.id,
          channel: proposal.message.channel,
          fromAddress: proposal.message.fromAddress,
          text: proposal.message.cleanedText ?? proposal.message.rawText,
        }
      : null,
    contacts: proposal.debtor.contacts.map((contact) => contact.email),
    approverInput: typeof input?.contactEmail === 'string' ? { contactEmail: input.contactEmail } : {},
    pausedUntil: pause ? toIsoDate(pause.until) : null,
  };
}
