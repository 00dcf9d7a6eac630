import type { IsoDate } from './iso-date.ts';

/** What the assistant proposes to do next. The policy (domain/policy) picks one per message. */
export const NEXT_STEP_ACTIONS = [
  'send_payment_link',
  'offer_payment_plan',
  'request_plan_approval',
  'handoff_to_sales',
  'request_po_number',
  'reissue_invoice',
  'check_payment',
  'request_payment_reference',
  'record_promise',
  'resend_invoice',
  'update_contact',
  'mark_undeliverable',
  'retry_after_return',
  'no_action',
  'human_review',
  'escalate',
] as const;
export type NextStepAction = (typeof NEXT_STEP_ACTIONS)[number];

export const PROPOSAL_STATUSES = ['proposed', 'approved', 'rejected', 'executed', 'expired'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** A proposal as the policy returns it, before it is stored. */
export interface NextStepProposal {
  readonly action: NextStepAction;
  /** Why, in words a finance or sales person can check. */
  readonly rationale: string;
  /** True when a person (finance or sales) must approve before anything is done. */
  readonly requiresApproval: boolean;
  /** Dunning pause to apply to the invoice(s) concerned, if any. */
  readonly pause: { readonly until: IsoDate; readonly reason: string } | null;
  /** Action-specific data: PO number, promise date, instalment schedule, return date, ... */
  readonly params: Readonly<Record<string, unknown>>;
}
