/**
 * What the debtor is told of a decided proposal, whatever decided it: what a carried-out proposal
 * did, or that a proposal the policy leaves to a person is in hand (a dispute waits for sales).
 * Planned by domain/proposals/plan-proposal-execution.ts; each channel renders it in the notice's language.
 */
export const NOTICE_TEMPLATES = [
  'payment_plan_confirmation',
  'dunning_letter',
  'invoice_reissued',
  'contact_updated',
  'promise_confirmation',
  'payment_link',
  'po_request',
  'payment_reference_request',
  'invoice_copy',
  'dispute_acknowledgement',
  /** A payment the debtor reported arrived: the amount received and the invoices it paid. */
  'payment_received',
] as const;
export type NoticeTemplate = (typeof NOTICE_TEMPLATES)[number];

/**
 * Which letter of the ladder a dunning notice is (the 14-day letter is the consumer's legal one;
 * a reminder is the first letter on the debtor's ladder, worded as the run's own reminder).
 */
export const LETTER_KINDS = [
  'reminder',
  'notice',
  'default_notice',
  'fourteen_day_letter',
  'handover',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export interface NoticeInvoice {
  readonly id: string;
  readonly number: string;
  readonly openCents: number;
  readonly dueDate: string;
}

/** The letter's ladder data; the e-mail sender moves DunningState with it once the mail has left. */
export interface DunningLetterParams {
  readonly stepCode: string;
  readonly stepLabel: string;
  readonly stepIndex: number;
  readonly letterKind: LetterKind;
  readonly statesCosts: boolean;
  readonly costsCents: number | null;
  readonly termEndsOn: string | null;
  /** The statutory interest the letter demands up to its date (notice of default); absent: none. */
  readonly interest?: LetterInterestLine | null;
}

/** Statutory interest a letter states (domain/law/compute-letter-interest.ts): up to the letter date. */
export interface LetterInterestLine {
  readonly kind: 'consumer' | 'commercial';
  /** Interest counted up to (not including) this day: the letter date. */
  readonly upTo: string;
  readonly totalCents: number;
  /** The yearly rate in force on the letter date, in basis points (1015 = 10.15%). */
  readonly basisPoints: number;
}

/** The languages a notice is written in (the shipped templates'); any other debtor reads English. */
export const NOTICE_LANGUAGES = ['nl', 'en', 'fr', 'de'] as const;
export type NoticeLanguage = (typeof NOTICE_LANGUAGES)[number];

/** Notice data stored with the execution (JSON): enough to render it later without the proposal. */
export interface NoticeParams {
  readonly language: NoticeLanguage;
  readonly invoices: readonly NoticeInvoice[];
  /** Send to this address instead of the debtor's usual one (a contact just confirmed). */
  readonly to?: string | null;
  readonly planId?: string;
  readonly instalments?: readonly { readonly dueDate: string; readonly amountCents: number }[];
  /**
   * A ladder letter owes this step (dunning_letter): what the letter states (costs, term,
   * interest) is planned when it is sent, from the records as they are then, into `dunning`.
   */
  readonly ladderStep?: string;
  /** The ladder letter as planned when it is sent (stored only by notices owed before that). */
  readonly dunning?: DunningLetterParams;
  readonly poNumber?: string;
  readonly email?: string;
  readonly promisedDate?: string;
  /** A promise's amount; for payment_received the amount received for the invoices. */
  readonly amountCents?: number;
  /** The pause the proposal stored, read back from the database (a dispute acknowledgement names it). */
  readonly pausedUntil?: string | null;
}

export interface NoticeSpec {
  /** One notice per key, however often the execution is attempted. */
  readonly key: string;
  readonly template: NoticeTemplate;
  readonly channel: 'email' | 'chat';
  readonly params: NoticeParams;
}
