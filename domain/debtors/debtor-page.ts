import type { ContactDetails, ContactFieldChange } from './contact-details.ts';

/** One line of the debtor's timeline, whatever its channel. */
export type DebtorPageEvent =
  | {
      readonly kind: 'message';
      readonly at: Date;
      readonly messageId: string;
      readonly channel: string;
      readonly direction: 'inbound' | 'outbound';
      readonly subject: string | null;
      readonly text: string;
      readonly status: string;
      /** The template of a letter or notice (reminder_2, ...). */
      readonly template: string | null;
    }
  | {
      readonly kind: 'payment';
      readonly at: Date;
      readonly amountCents: number;
      readonly source: string;
      readonly invoiceNumber: string | null;
      /** The packages that booked this same payment too (shown once: mergeBookedPayments). */
      readonly alsoBookedIn: readonly string[];
    }
  | {
      readonly kind: 'pause';
      readonly at: Date;
      readonly until: string;
      readonly reason: string;
      readonly createdBy: string;
      readonly invoiceNumber: string;
      readonly liftedAt: Date | null;
    }
  | {
      readonly kind: 'audit';
      readonly at: Date;
      readonly actor: string;
      readonly type: string;
      readonly entityType: string;
      /** A contact's fields before and after (contact.added, .changed, .deactivated, .reactivated); empty for other events. */
      readonly changes: readonly ContactFieldChange[];
    };

export interface DebtorPage {
  readonly debtor: {
    readonly id: string;
    readonly name: string;
    readonly reference: string;
    readonly kind: string;
    readonly language: string;
    readonly accountOwner: string | null;
  };
  /** Active contacts first, then deactivated ones (kept for the history). */
  readonly contacts: readonly (ContactDetails & {
    readonly id: string;
    readonly isPrimary: boolean;
    readonly undeliverable: boolean;
    readonly active: boolean;
  })[];
  readonly openInvoices: readonly {
    readonly number: string;
    readonly amountCents: number;
    readonly openCents: number;
    readonly dueDate: string;
    readonly status: string;
    readonly stepCode: string | null;
    /** The last day of a pause that holds today or later; null when none. */
    readonly pausedUntil: string | null;
  }[];
  readonly openCents: number;
  readonly plans: readonly {
    readonly status: string;
    readonly totalCents: number;
    readonly approvedBy: string | null;
    readonly instalments: readonly {
      readonly sequence: number;
      readonly dueDate: string;
      readonly amountCents: number;
      readonly paidCents: number;
      readonly status: string;
    }[];
  }[];
  readonly promises: readonly {
    readonly promisedDate: string;
    readonly amountCents: number | null;
    readonly status: string;
    readonly invoiceNumber: string | null;
  }[];
  readonly disputes: readonly {
    readonly invoiceNumber: string;
    readonly status: string;
    readonly summary: string;
    readonly owner: string | null;
    readonly resolution: string | null;
  }[];
  /** Every channel in one list, newest first. */
  readonly timeline: readonly DebtorPageEvent[];
}
