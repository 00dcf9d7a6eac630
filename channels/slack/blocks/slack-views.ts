/**
 * What the Slack renderers need, as plain data: bot/ reads it from the database, channels/slack
 * turns it into Block Kit. Money is integer cents; days are ISO dates (Europe/Amsterdam).
 */
export interface InvoiceLine {
  readonly number: string;
  readonly openCents: number;
  readonly dueDate: string;
  /** Days past the due date today; 0 or less is not yet due. */
  readonly daysOverdue: number;
}

export interface ScheduleLine {
  readonly dueDate: string;
  readonly amountCents: number;
  readonly kind: 'down_payment' | 'instalment';
}

export interface ApprovalRequestView {
  readonly proposalId: string;
  readonly debtorName: string;
  readonly debtorReference: string;
  /** Where the debtor wrote (email, chat): the answer goes back there. */
  readonly debtorChannel: string;
  readonly invoices: readonly InvoiceLine[];
  readonly totalCents: number;
  readonly reason: string | null;
  readonly confidence: number | null;
  readonly decidedBy: string;
  readonly phrases: readonly string[];
  readonly debtorWords: string;
  readonly action: string;
  readonly rationale: string;
  readonly schedule: readonly ScheduleLine[] | null;
  readonly period: 'month' | 'week' | null;
}

export interface DecisionView {
  readonly status: 'approved' | 'rejected' | 'executed' | 'expired' | 'proposed';
  readonly by: string | null;
  readonly at: Date | null;
  readonly note: string | null;
  /** Approved, but it could not be carried out (status expired): why. */
  readonly notExecutable?: string | null;
}

export interface DisputeView {
  readonly disputeId: string;
  readonly debtorName: string;
  readonly debtorReference: string;
  readonly invoice: InvoiceLine;
  readonly summary: string;
  readonly debtorWords: string;
  readonly status: 'open' | 'taken' | 'resolved_stands' | 'credited' | 'corrected' | 'escalated';
  /** Slack user id of whoever holds it, if known. */
  readonly ownerUserId: string | null;
  readonly resolution: string | null;
  readonly creditCents: number | null;
  /** Why it was rejected, or a note with the resolution (from the console). */
  readonly resolutionNote?: string | null;
  /** The invoice that replaced the disputed one. */
  readonly correctedInvoiceNumber?: string | null;
}

export interface TriageView {
  readonly messageId: string;
  readonly debtorName: string | null;
  readonly from: string | null;
  readonly subject: string | null;
  readonly debtorWords: string;
  readonly suggestedReason: string | null;
  readonly confidence: number;
  readonly phrases: readonly string[];
  readonly why: string;
  /** Set when the sender is not a contact of the matched debtor: offers "Add sender as contact". */
  readonly unverifiedSender?: string | null;
}

export interface TimelineEntry {
  readonly at: Date;
  readonly channel: string;
  readonly direction: 'inbound' | 'outbound';
  readonly subject: string | null;
  readonly text: string;
  readonly status: string;
  /** Same content as an earlier message under another id (kept, not dropped). */
  readonly possibleDuplicate?: boolean;
  /** A text too long to keep in the message row: shown cut, kept whole beside it. */
  readonly textCut?: boolean;
}

/** A payment that waits for finance (domain/payments/payment-review.ts). */
export type { PaymentReview as PaymentReviewView } from '../../../domain/payments/payment-review.ts';
