import type { InvoiceStatus } from '../model/invoice.ts';
import type { IsoDate } from '../model/iso-date.ts';
import type { Currency } from '../money.ts';

/** What the ladder needs to know about an invoice. */
export interface DunningInvoice {
  readonly id: string;
  readonly number: string;
  readonly openCents: number;
  readonly currency: Currency;
  readonly dueDate: IsoDate;
  readonly status: InvoiceStatus;
}

/** Where an invoice stands on the ladder: the last step sent and when (absent: none yet). */
export interface DunningState {
  readonly invoiceId: string;
  readonly lastStepCode: string | null;
  readonly lastStepSentOn: IsoDate | null;
}

/** A pause holds dunning through `until` (inclusive). invoiceId null pauses all the debtor's invoices. */
export interface DunningPause {
  readonly invoiceId: string | null;
  readonly until: IsoDate;
  readonly reason: string;
}
