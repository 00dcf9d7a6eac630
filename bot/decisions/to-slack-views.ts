import type {
  ApprovalRequestView,
  DisputeView,
  InvoiceLine,
  TriageView,
} from '../../channels/slack/blocks/slack-views.ts';
import { daysBetween } from '../../domain/model/iso-date.ts';
import type { DisputeForSlack } from '../../prisma/disputes/load-dispute-for-slack.ts';
import type { MessageForTriage } from '../../prisma/messages/load-message-for-triage.ts';
import type { ProposalForSlack } from '../../prisma/proposals/load-proposal-for-slack.ts';

/** Database records to the plain views the Block Kit renderers take. */
export function toApprovalView(proposal: ProposalForSlack, today: string): ApprovalRequestView {
  const invoices = proposal.invoices.map((invoice) => toInvoiceLine(invoice, today));
  return {
    proposalId: proposal.id,
    debtorName: proposal.debtor.name,
    debtorReference: proposal.debtor.reference,
    debtorChannel: proposal.message?.channel ?? 'unknown',
    invoices,
    totalCents: invoices.reduce((sum, invoice) => sum + invoice.openCents, 0),
    reason: proposal.classification?.reason ?? null,
    confidence: proposal.classification?.confidence ?? null,
    decidedBy: proposal.classification?.decidedBy ?? 'classifier',
    phrases: proposal.classification?.phrases ?? [],
    debtorWords: proposal.message?.text ?? '',
    action: proposal.action,
    rationale: proposal.rationale,
    schedule:
      proposal.schedule?.instalments.map((i) => ({
        dueDate: i.dueDate,
        amountCents: i.amountCents,
        kind: i.kind,
      })) ?? null,
    period: proposal.schedule?.period ?? null,
  };
}

export function toDisputeView(dispute: DisputeForSlack, today: string): DisputeView {
  return {
    disputeId: dispute.id,
    debtorName: dispute.debtor.name,
    debtorReference: dispute.debtor.reference,
    invoice: toInvoiceLine(dispute.invoice, today),
    summary: dispute.summary,
    debtorWords: dispute.debtorWords,
    status: dispute.status,
    ownerUserId: dispute.owner,
    resolution: dispute.resolution,
    creditCents: dispute.creditCents,
    resolutionNote: dispute.resolutionNote,
    correctedInvoiceNumber: dispute.correctedInvoiceNumber,
  };
}

function toInvoiceLine(
  invoice: { number: string; openCents: number; dueDate: string },
  today: string,
): InvoiceLine {
  return {
    number: invoice.number,
    openCents: invoice.openCents,
    dueDate: invoice.dueDate,
    daysOverdue: daysBetween(invoice.dueDate, today),
  };
}

/** What Slack's triage message shows of a message the assistant could not place. */
export function toTriageView(message: MessageForTriage): TriageView {
  return {
    messageId: message.id,
    debtorName: message.debtorName,
    from: message.from,
    subject: message.subject,
    debtorWords: message.text,
    suggestedReason: message.reason,
    confidence: message.confidence,
    phrases: message.phrases,
    why: message.why,
    unverifiedSender: message.unverifiedSender,
  };
}
