import type { Language } from '../reasons.ts';
import type { NextStepAction } from './next-step.ts';
import type { ProposalOf } from './proposal.ts';
import type { InvoiceFacts } from './proposal-input.ts';
import type { ActionParams } from './proposal-params.ts';

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
