import type { InstalmentSchedule } from '../../domain/plans/build-instalment-schedule.ts';
import { parseProposedStep } from '../../domain/proposals/parse-proposed-step.ts';
import type { PrismaClient } from '../generated/client.ts';
import { parseClassificationPhrases } from '../json/classification-json.ts';
import { toIsoDate } from '../sql/to-iso-date.ts';

export interface ProposalForSlack {
  readonly id: string;
  readonly action: string;
  readonly rationale: string;
  readonly status: string;
  readonly decidedBy: string | null;
  readonly decidedAt: Date | null;
  readonly requiresApproval: boolean;
  readonly schedule: InstalmentSchedule | null;
  readonly debtor: {
    readonly id: string;
    readonly name: string;
    readonly reference: string;
    readonly accountOwner: string | null;
    readonly language: string;
  };
  /** The plan carried out for this proposal, once approved. */
  readonly plan: {
    readonly id: string;
    readonly instalments: readonly { readonly dueDate: string; readonly amountCents: number }[];
  } | null;
  readonly invoices: readonly {
    readonly id: string;
    readonly number: string;
    readonly openCents: number;
    readonly dueDate: string;
  }[];
  readonly message: { readonly id: string; readonly channel: string; readonly text: string } | null;
  readonly classification: {
    readonly reason: string | null;
    readonly confidence: number;
    readonly phrases: readonly string[];
    readonly decidedBy: string;
  } | null;
}

/** A proposal with everything a person needs to decide on it in Slack. */
export async function loadProposalForSlack({
  prisma,
  proposalId,
}: {
  prisma: PrismaClient;
  proposalId: string;
}): Promise<ProposalForSlack | null> {
  const proposal = await prisma.proposal.findUnique({
    where: { id: proposalId },
    include: {
      debtor: true,
      message: true,
      classification: true,
      paymentPlan: { include: { installments: { orderBy: { sequence: 'asc' } } } },
    },
  });
  if (!proposal) return null;
  const step = parseProposedStep(proposal);
  const invoices = await prisma.invoice.findMany({
    where: { id: { in: [...step.params.invoiceIds] } },
    orderBy: [{ dueDate: 'asc' }, { number: 'asc' }],
  });
  return {
    id: proposal.id,
    action: proposal.action,
    rationale: proposal.rationale,
    status: proposal.status,
    decidedBy: proposal.decidedBy,
    decidedAt: proposal.decidedAt,
    requiresApproval: proposal.requiresApproval,
    schedule: 'schedule' in step.params ? step.params.schedule : null,
    debtor: {
      id: proposal.debtor.id,
      name: proposal.debtor.name,
      reference: proposal.debtor.reference,
      accountOwner: proposal.debtor.accountOwner,
      language: proposal.debtor.language,
    },
    plan: proposal.paymentPlan
      ? {
          id: proposal.paymentPlan.id,
          instalments: proposal.paymentPlan.installments.map((i) => ({
            dueDate: toIsoDate(i.dueDate),
            amountCents: i.amountCents,
          })),
        }
      : null,
    invoices: invoices.map((invoice) => ({
      id: invoice.id,
      number: invoice.number,
      openCents: invoice.openCents,
      dueDate: toIsoDate(invoice.dueDate),
    })),
    message: proposal.message
      ? {
          id: proposal.message.id,
          channel: proposal.message.channel,
          text: proposal.message.cleanedText ?? proposal.message.rawText,
        }
      : null,
    classification: proposal.classification
      ? {
          reason: proposal.classification.reason,
          confidence: proposal.classification.confidence,
          phrases: parseClassificationPhrases(proposal.classification),
          decidedBy: proposal.classification.decidedBy,
        }
      : null,
  };
}
