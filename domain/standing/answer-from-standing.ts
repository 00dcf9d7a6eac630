import { formatEur } from '../policy/format-eur.ts';
import type { Proposal } from '../proposals/proposal.ts';
import type { InvoiceStanding, StandingAnswer } from './invoice-standing.ts';
import { nextOpenInstalment } from './next-open-instalment.ts';

const PLAN_ACTIONS: readonly string[] = ['offer_payment_plan', 'request_plan_approval'];

/**
 * The policy proposes from the debtor's words and counts (proposeNextStep); this checks the
 * proposal against what is already on file for the invoice. Asking for a plan while the invoice is
 * in one, or while a plan request waits for finance, or disputing an invoice whose dispute is
 * open, is a question about that, not a new request: it becomes `no_action` that says which
 * record answers it, so finance and sales never get the same request twice. Anything else is
 * returned unchanged.
 */
export function answerFromStanding(proposal: Proposal, standing: InvoiceStanding): Proposal {
  const answered = (answer: StandingAnswer, why: string): Proposal => ({
    action: 'no_action',
    rationale: `${why} The debtor is answered from that record; nothing new goes to finance or sales.`,
    requiresApproval: false,
    pause: null,
    params: {
      invoiceIds: proposal.params.invoiceIds ?? [],
      replyLanguage: proposal.params.replyLanguage ?? null,
      answeredFromStanding: answer,
      insteadOf: proposal.action,
    },
  });
  if (PLAN_ACTIONS.includes(proposal.action) && standing.plan) {
    const plan = standing.plan;
    const next = nextOpenInstalment(plan.instalments);
    const paid = plan.instalments.filter((instalment) => instalment.status === 'paid').length;
    return answered(
      'plan_active',
      `The debtor asked about a payment plan; the invoice is in active plan ${plan.id} ` +
        `(${plan.instalments.length} instalments of ${formatEur(plan.totalCents)} in all, ${paid} paid` +
        `${next ? `; next ${formatEur(next.leftCents)} on ${next.dueDate}` : ''}).`,
    );
  }
  const pending = standing.pendingRequest;
  if (PLAN_ACTIONS.includes(proposal.action) && pending && PLAN_ACTIONS.includes(pending.action)) {
    return answered(
      'plan_pending',
      `The debtor asked about a payment plan; their request ${pending.proposalId} of ${pending.since} still waits for finance.`,
    );
  }
  if (proposal.action === 'handoff_to_sales' && standing.dispute) {
    return answered(
      'dispute_open',
      `The debtor disputes the invoice again; dispute ${standing.dispute.id} of ${standing.dispute.openedAt} is ${standing.dispute.status}.`,
    );
  }
  return proposal;
}
