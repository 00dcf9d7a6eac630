import type { NextStepAction } from '../../domain/proposals/next-step.ts';
import type { Proposal, ProposedStep } from '../../domain/proposals/proposal.ts';

const SCHEDULE = {
  totalCents: 1_000,
  downPaymentCents: 0,
  count: 2,
  period: 'month',
  instalments: [
    { index: 0, kind: 'instalment', dueDate: '2026-12-01', amountCents: 500 },
    { index: 1, kind: 'instalment', dueDate: '2027-01-01', amountCents: 500 },
  ],
} as const;

/** The least an action's params may hold (the fields its schema requires), on the invoices given. */
export function fakeProposedStep(
  action: NextStepAction,
  invoiceIds: readonly string[] = ['i1'],
): ProposedStep {
  const base = { invoiceIds, replyLanguage: 'nl' as const };
  switch (action) {
    case 'send_payment_link':
      return { action, params: { ...base, amountCents: 1_000 } };
    case 'offer_payment_plan':
      return {
        action,
        params: { ...base, schedule: SCHEDULE, evaluation: { kind: 'auto_approve', reasons: [] } },
      };
    case 'request_plan_approval':
      return {
        action,
        params: {
          ...base,
          schedule: SCHEDULE,
          evaluation: { kind: 'needs_approval', reasons: [] },
          counterOffer: null,
        },
      };
    case 'handoff_to_sales':
      return { action, params: { ...base, accountOwner: null } };
    case 'reissue_invoice':
      return { action, params: { ...base, poNumber: 'PO-1' } };
    case 'check_payment':
      return { action, params: { ...base, paidOn: '2026-11-01', amountCents: null, iban: null } };
    case 'record_promise':
      return {
        action,
        params: {
          ...base,
          promisedDate: '2026-12-01',
          amountCents: 1_000,
          partial: false,
          followUpOn: '2026-12-05',
        },
      };
    case 'update_contact':
      return { action, params: { ...base, followUpAction: 'resend_invoice' } };
    case 'retry_after_return':
      return { action, params: { ...base, returnDate: '2026-12-01' } };
    case 'request_po_number':
    case 'request_payment_reference':
    case 'resend_invoice':
    case 'mark_undeliverable':
    case 'no_action':
    case 'human_review':
    case 'escalate':
      return { action, params: base };
  }
}

/** A proposal of the action with the least valid params, as the policy might return it. */
export function fakeProposal(
  action: NextStepAction,
  {
    requiresApproval = false,
    invoiceIds = ['i1'],
  }: { requiresApproval?: boolean; invoiceIds?: readonly string[] } = {},
): Proposal {
  return {
    ...fakeProposedStep(action, invoiceIds),
    rationale: 'from the policy',
    requiresApproval,
    pause: null,
  };
}

export const FAKE_SCHEDULE = SCHEDULE;
