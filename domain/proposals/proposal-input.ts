import type { Understanding } from '../messages/understanding.ts';
import type { DebtorKind } from '../model/debtor.ts';
import type { InvoiceStatus } from '../model/invoice.ts';
import type { IsoDate } from '../model/iso-date.ts';
import type { Currency } from '../money.ts';
import type { CollectionsPolicy } from '../policy/collections-policy.ts';
import type { Language } from '../reasons.ts';

/**
 * What the policy reads of an understanding: nlp's whole `Understanding` (domain/messages) is passed
 * as it is; a person's triage or a chat dialog give only these fields.
 */
export type UnderstandingFacts = Pick<
  Understanding,
  | 'kind'
  | 'reason'
  | 'secondary'
  | 'confidence'
  | 'abstained'
  | 'askedForPerson'
  | 'asksForPerson'
  | 'entities'
  | 'language'
>;

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

/** The input of proposeNextStep. */
export interface ProposeNextStepInput {
  readonly understanding: UnderstandingFacts;
  readonly debtor: DebtorFacts;
  readonly invoices: readonly InvoiceFacts[];
  readonly history: DebtorHistory;
  /** Today in Europe/Amsterdam. */
  readonly today: IsoDate;
  readonly policy: CollectionsPolicy;
}
