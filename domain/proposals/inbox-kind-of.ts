/** How the console's inbox groups proposals for its kind filter. */
export const INBOX_KINDS = ['ladder', 'plan', 'dispute', 'review', 'other'] as const;
export type InboxKind = (typeof INBOX_KINDS)[number];

/** A ladder step's letter is an escalation with the step's code; other escalations (a broken promise) are "other". */
export function inboxKindOf({ action, stepCode }: { action: string; stepCode: string | null }): InboxKind {
  if (action === 'escalate' && stepCode) return 'ladder';
  if (action === 'request_plan_approval' || action === 'offer_payment_plan') return 'plan';
  if (action === 'handoff_to_sales') return 'dispute';
  if (action === 'human_review') return 'review';
  return 'other';
}
