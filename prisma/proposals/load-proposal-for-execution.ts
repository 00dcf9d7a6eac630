import { z } from 'zod';
import type { LadderInvoice } from '../../domain/dunning/group-by-next-step.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import type { DebtorKind } from '../../domain/model/debtor.ts';
import type { IsoDate } from '../../domain/model/iso-date.ts';
import { parseProposedStep } from '../../domain/proposals/parse-proposed-step.ts';
import type { ProposedStep } from '../../domain/proposals/proposal.ts';
import { loadLadderInvoices } from '../dunning/load-ladder-invoices.ts';
import type { PrismaClient } from '../generated/client.ts';
import { toIsoDate } from '../sql/to-iso-date.ts';

export interface ProposalForExecution {
  readonly id: string;
  /** Its action and parsed params; the DATA_INVALID error when the row does not parse, for the executor to record. */
  readonly step: ProposedStep | AppError;
  readonly status: string;
  readonly requiresApproval: boolean;
  readonly decidedBy: string | null;
  readonly debtor: { readonly id: string; readonly kind: DebtorKind; readonly language: string };
  readonly invoices: readonly LadderInvoice[];
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
  const step = readStep(proposal);
  const invoices = await loadLadderInvoices({
    prisma,
    debtorId: proposal.debtorId,
    invoiceIds: step instanceof AppError ? [] : step.params.invoiceIds,
  });
  const approved = await prisma.auditEvent.findFirst({
    where: { entityType: 'proposal', entityId: proposalId, type: 'proposal.approved' },
    orderBy: { id: 'desc' },
  });
  const input = approved ? ZApprovalData.safeParse(approved.data).data?.input : undefined;
  // On the proposal's invoices: that is what is indexed.
  const pause = await prisma.dunningPause.findFirst({
    where: {
      invoiceId: { in: invoices.map((invoice) => invoice.id) },
      createdBy: `proposal:${proposalId}`,
      liftedAt: null,
    },
    orderBy: { until: 'desc' },
    select: { until: true },
  });
  return {
    id: proposal.id,
    step,
    status: proposal.status,
    requiresApproval: proposal.requiresApproval,
    decidedBy: proposal.decidedBy,
    debtor: {
      id: proposal.debtor.id,
      kind: proposal.debtor.kind as DebtorKind,
      language: proposal.debtor.language,
    },
    invoices,
    message: proposal.message
      ? {
          id: proposal.message.id,
          channel: proposal.message.channel,
          fromAddress: proposal.message.fromAddress,
          text: proposal.message.cleanedText ?? proposal.message.rawText,
        }
      : null,
    contacts: proposal.debtor.contacts.map((contact) => contact.email),
    approverInput: input?.contactEmail ? { contactEmail: input.contactEmail } : {},
    pausedUntil: pause ? toIsoDate(pause.until) : null,
  };
}

/** What a `proposal.approved` audit event may carry for the executor: the address the approver confirmed. */
const ZApprovalData = z.object({ input: z.object({ contactEmail: z.string().optional() }).optional() });

function readStep(row: { id: string; action: string; params: unknown }): ProposedStep | AppError {
  try {
    return parseProposedStep(row);
  } catch (error) {
    if (error instanceof AppError && error.code === 'DATA_INVALID') return error;
    throw error;
  }
}
