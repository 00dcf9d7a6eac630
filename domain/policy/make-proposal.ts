import type { NextStepAction, NextStepProposal } from '../model/next-step.ts';
import type { Language } from '../reasons.ts';
import type { InvoiceFacts } from './proposal-input.ts';

/** Builds a proposal; `params` always carry the invoices concerned and the language to reply in. */
export function makeProposal(
  action: NextStepAction,
  rationale: string,
  {
    requiresApproval,
    pause = null,
    params = {},
    invoices,
    replyLanguage,
  }: {
    requiresApproval: boolean;
    pause?: NextStepProposal['pause'];
    params?: Record<string, unknown>;
    invoices: readonly InvoiceFacts[];
    replyLanguage: Language;
  },
): NextStepProposal {
  return {
    action,
    rationale,
    requiresApproval,
    pause,
    params: { invoiceIds: invoices.map((invoice) => invoice.id), replyLanguage, ...params },
  };
}
