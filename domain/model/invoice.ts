import type { Money } from '../money.ts';
import type { IsoDate } from './iso-date.ts';

export const INVOICE_STATUSES = ['open', 'disputed', 'planned', 'paid', 'credited', 'written_off'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export interface Invoice {
  readonly id: string;
  readonly number: string;
  readonly debtorId: string;
  /** Invoice total including VAT. */
  readonly amount: Money;
  /** What is still to be paid. */
  readonly open: Money;
  readonly issueDate: IsoDate;
  readonly dueDate: IsoDate;
  readonly poNumber: string | null;
  readonly status: InvoiceStatus;
}
