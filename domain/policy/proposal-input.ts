import type { DebtorKind } from '../model/debtor.ts';
import type { InvoiceStatus } from '../model/invoice.ts';
import type { IsoDate } from '../model/iso-date.ts';
import type { Currency } from '../money.ts';
import type { Language, MessageKind, ReasonCode } from '../reasons.ts';
import type { CollectionsPolicy } from './collections-policy.ts';

/**
 * The input of proposeNextStep. The understanding mirrors nlp/understanding.ts structurally
 * (domain/ may not import nlp/), so an nlp `Understanding` can be passed as it is.
 */
export interface ProposalEntities {
  readonly amounts: readonly { readonly cents: number; readonly currency: 'EUR'; readonly text: string }[];
  readonly dates: readonly { readonly date: IsoDate; readonly text: string }[];
  readonly invoiceNumbers: readonly string[];
  readonly poNumbers: readonly string[];
  readonly ibans: readonly string[];
  readonly instalments: readonly {
    readonly count: number | null;
    readonly amountCents: number | null;
    readonly period: 'week' | 'month' | null;
    readonly text: string;
  }[];
}

export interface UnderstandingFacts {
  readonly kind: MessageKind;
  readonly reason: ReasonCode | null;
  readonly secondary: readonly ReasonCode[];
  readonly confidence: number;
  readonly abstained: boolean;
  /** The debtor explicitly asked for a person (a channel sets it, not the classifier). */
  readonly askedForPerson?: boolean;
  /** The debtor's words ask for a person ("can someone call me"): nlp's intent cue, same effect. */
  readonly asksForPerson?: boolean;
  readonly entities: ProposalEntities;
  readonly language: Language;
}

export interface DebtorFacts {
  readonly kind: DebtorKind;
  /** Sales account owner (Slack user id or e-mail) who receives disputes. */
  readonly accountOwner: string | null;
  readonly language: Language;
}

/** An open invoice the message is about (the caller passes the debtor's open invoices). */
export interface InvoiceFacts {
  readonly id: string;
  readonly number: string;
  readonly openCents: number;
  readonly currency: Currency;
  readonly dueDate: IsoDate;
  readonly status: InvoiceStatus;
  /** Code of the last ladder step sent, null when none yet. */
  readonly dunningStepCode: string | null;
  readonly poNumber: string | null;
}

export interface DebtorHistory {
  readonly brokenPromises: number;
  readonly keptPromises: number;
  readonly activePlan: boolean;
  readonly breachedPlans: number;
  readonly openDisputes: number;
  readonly remindersSent: number;
}

export interface ProposeNextStepInput {
  readonly understanding: UnderstandingFacts;
  readonly debtor: DebtorFacts;
  readonly invoices: readonly InvoiceFacts[];
  readonly history: DebtorHistory;
  /** Today in Europe/Amsterdam. */
  readonly today: IsoDate;
  readonly policy: CollectionsPolicy;
}
