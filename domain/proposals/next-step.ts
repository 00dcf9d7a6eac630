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

export function isNextStepAction(value: string): value is NextStepAction {
  return (NEXT_STEP_ACTIONS as readonly string[]).includes(value);
}
