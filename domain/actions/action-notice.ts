import type { LetterKind } from './plan-escalation.ts';

/** What the debtor is told after an approved proposal is carried out; rendered in nl or en. */
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
] as const;
export type NoticeTemplate = (typeof NOTICE_TEMPLATES)[number];

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
}

/** Notice data stored with the execution (JSON): enough to render it later without the proposal. */
export interface NoticeParams {
  readonly language: 'nl' | 'en';
  readonly invoices: readonly NoticeInvoice[];
  /** Send to this address instead of the debtor's usual one (a contact just confirmed). */
  readonly to?: string | null;
  readonly planId?: string;
  readonly instalments?: readonly { readonly dueDate: string; readonly amountCents: number }[];
  readonly dunning?: DunningLetterParams;
  readonly poNumber?: string;
  readonly email?: string;
  readonly promisedDate?: string;
  readonly amountCents?: number;
}

export interface NoticeSpec {
  /** One notice per key, however often the execution is attempted. */
  readonly key: string;
  readonly template: NoticeTemplate;
  readonly channel: 'email' | 'chat';
  readonly params: NoticeParams;
}
