import type { NextStepAction } from '../proposals/next-step.ts';
import type { ProposalOf } from '../proposals/proposal.ts';
import type { ActionParams } from '../proposals/proposal-params.ts';
import type { Language } from '../reasons.ts';
import type { InvoiceFacts } from './proposal-input.ts';

/** Builds a proposal; `params` always carry the invoices concerned and the language to reply in. */
export function makeProposal<A extends NextStepAction>(
  action: A,
  rationale: string,
  {
    requiresApproval,
    pause = null,
    params,
    invoices,
    replyLanguage,
  }: {
    requiresApproval: boolean;
    pause?: ProposalOf<A>['pause'];
    params: ActionParams<A>;
    invoices: readonly InvoiceFacts[];
    replyLanguage: Language;
  },
): ProposalOf<A> {
  return {
    action,
    rationale,
    requiresApproval,
    pause,
    params: { invoiceIds: invoices.map((invoice) => invoice.id), replyLanguage, ...params },
  };
}
