import type { IsoDate } from '../model/iso-date.ts';
import type { NextStepAction } from '../proposals/next-step.ts';

/** One instalment of a plan as it stands: what was due, what came in. */
export interface InstalmentStanding {
  readonly sequence: number;
  readonly dueDate: IsoDate;
  readonly amountCents: number;
  readonly paidCents: number;
  readonly status: 'due' | 'paid' | 'missed';
}

/**
 * Where an invoice stands right now, as the chat and the payment page must tell it: the active
 * plan it is in (with every instalment), an open dispute about it, and a request of the debtor
 * that waits for a person. Whatever the assistant says about the invoice is read from this, so
 * it never says something the database does not hold.
 */
export interface InvoiceStanding {
  readonly plan: {
    readonly id: string;
    readonly totalCents: number;
    readonly currency: string;
    /** When the plan was agreed (an instant); null if it was created without an approval time. */
    readonly agreedAt: string | null;
    readonly instalments: readonly InstalmentStanding[];
  } | null;
  readonly dispute: {
    readonly id: string;
    readonly status: 'open' | 'taken';
    /** When the dispute was opened (an instant). */
    readonly openedAt: string;
  } | null;
  /** The oldest request waiting for finance's approval (never a dispute or a triage). */
  readonly pendingRequest: {
    readonly proposalId: string;
    readonly action: NextStepAction;
    /** When the request was made (an instant). */
    readonly since: string;
    /** The plan finance is asked to approve, when it is a plan. */
    readonly instalments: readonly { readonly dueDate: IsoDate; readonly amountCents: number }[] | null;
  } | null;
}

export const NO_STANDING: InvoiceStanding = { plan: null, dispute: null, pendingRequest: null };

/** What the policy's proposal would have asked for, answered from the standing instead. */
export type StandingAnswer = 'plan_active' | 'plan_pending' | 'dispute_open';
