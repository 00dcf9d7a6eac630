/** The action, callback and block ids our Block Kit uses; handlers match on exactly these. */
export const ACTION = {
  approve: 'proposal_approve',
  reject: 'proposal_reject',
  change: 'proposal_change',
  disputeTake: 'dispute_take',
  disputeStands: 'dispute_stands',
  disputeCredit: 'dispute_credit',
  disputeEscalate: 'dispute_escalate',
  triageReason: 'triage_reason',
  triageDebtor: 'triage_debtor',
  triageAddContact: 'triage_add_contact',
  paymentApply: 'payment_apply',
} as const;

export const VIEW = {
  planChange: 'plan_change',
  disputeCredit: 'dispute_credit_amount',
  contactConfirm: 'contact_confirm',
  paymentApply: 'payment_apply_invoice',
} as const;

export const BLOCK = {
  triage: 'triage',
  planCount: 'plan_count',
  planPeriod: 'plan_period',
  planStart: 'plan_start',
  planDown: 'plan_down',
  creditAmount: 'credit_amount',
  contactEmail: 'contact_email',
  paymentInvoice: 'payment_invoice',
  paymentAnyway: 'payment_anyway',
} as const;
