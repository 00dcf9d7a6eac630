import type { Proposal } from './proposal.ts';

/**
 * The payment reference a debtor gave in the chat, kept on the proposal the policy made from their
 * answer, so the person who looks for the payment has it. Only the proposals an "already paid"
 * answer can lead to carry one.
 */
export function addPaymentReference(proposal: Proposal, reference: string): Proposal {
  switch (proposal.action) {
    case 'check_payment':
      return { ...proposal, params: { ...proposal.params, reference } };
    case 'request_payment_reference':
      return { ...proposal, params: { ...proposal.params, reference } };
    case 'human_review':
      return { ...proposal, params: { ...proposal.params, reference } };
    default:
      return proposal;
  }
}
