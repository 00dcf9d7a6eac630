import type { IsoDate } from '../model/iso-date.ts';

/**
 * The ledger port: what an accounting package (Exact Online, Moneybird) or a CSV export tells us
 * about debtors, invoices, credit notes and payments booked, in our own words. An adapter reads
 * its package's API and hands back pages of changes; the sync writes each page in one
 * transaction and keeps the page's cursor, so a sync that stops half way resumes where it was.
 *
 * Amounts are in cents (the invoice's currency); days are ISO dates; every id is the package's
 * own, stable across syncs (debtors by reference, invoices by number, the rest by external id).
 */
export type LedgerSourceName = 'exact-online' | 'moneybird' | 'csv';

export interface LedgerContact {
  readonly name: string | null;
  readonly email: string;
  /** The package's invoicing or primary contact: the one reminders go to. */
  readonly isPrimary: boolean;
}

export interface LedgerAddress {
  readonly street: string;
  readonly postalCode: string;
  readonly city: string;
  /** ISO 3166 alpha-2, "NL" where the package gives none. */
  readonly country: string;
}

export interface LedgerDebtor {
  /** The debtor number in the package (Exact's account code, Moneybird's customer id): our `debtor.reference`. */
  readonly reference: string;
  readonly name: string;
  readonly kind: 'company' | 'consumer';
  /** "nl", "en", "de", "fr"; "nl" where the package gives none. */
  readonly language: string;
  readonly contacts: readonly LedgerContact[];
  readonly address: LedgerAddress | null;
}

/** One sales invoice as the package states it now. */
export interface LedgerInvoice {
  readonly number: string;
  readonly debtorReference: string;
  readonly currency: string;
  /** Total including VAT. */
  readonly amountCents: number;
  /** Still to be paid according to the package (after payments and credit notes booked there). */
  readonly openCents: number;
  readonly issueDate: IsoDate;
  readonly dueDate: IsoDate;
  readonly poNumber: string | null;
  /** `paid` ends dunning exactly as a payment does; `open` with openCents > 0 keeps it going. */
  readonly state: 'open' | 'paid';
}

/** A credit note booked against an invoice: it lowers that invoice's open amount. */
export interface LedgerCreditNote {
  readonly externalId: string;
  readonly debtorReference: string;
  /** The invoice it credits; null when the package does not link it (then it is reported, not applied). */
  readonly invoiceNumber: string | null;
  /** Positive: how much it takes off. */
  readonly amountCents: number;
  readonly date: IsoDate;
}

/** A payment booked in the package (by the bookkeeper or its bank feed). */
export interface LedgerPayment {
  readonly externalId: string;
  readonly debtorReference: string;
  readonly invoiceNumber: string;
  readonly amountCents: number;
  readonly date: IsoDate;
}

/**
 * What the package says is still open on an invoice it did not change: Exact's receivables list
 * after the bookkeeper matched a bank payment or a credit note to the invoice there (the invoice
 * itself, and so its row version, stays as it was). Lower than here lowers the open amount; 0
 * settles the invoice as a payment does. Never raises it (a later fact recorded here wins).
 */
export interface LedgerOpenAmount {
  readonly number: string;
  readonly openCents: number;
}

/** One page of changes since the last cursor; the sync writes it in one transaction. */
export interface LedgerPage {
  readonly debtors: readonly LedgerDebtor[];
  readonly invoices: readonly LedgerInvoice[];
  readonly creditNotes: readonly LedgerCreditNote[];
  readonly payments: readonly LedgerPayment[];
  /** Invoices deleted (or voided) in the package since the cursor, by number. */
  readonly deletedInvoiceNumbers: readonly string[];
  /** Open amounts the package lowered without changing the invoice (only Exact Online reports them). */
  readonly openAmounts?: readonly LedgerOpenAmount[];
  /**
   * Where to resume after this page is written (opaque to everything but its adapter; kept by the
   * sync in the same transaction as the page). The last page's cursor is the next sync's start.
   */
  readonly cursor: string;
}

export interface LedgerSource {
  readonly name: LedgerSourceName;
  /**
   * The changes since `cursor` (everything when it is null), page by page. An adapter retries
   * what its API says is worth retrying (a 429 after its retry-after, a page that failed once,
   * a token that expired mid-sync) and throws an AppError for the rest, naming what to do.
   */
  readChanges(input: {
    readonly cursor: string | null;
    readonly signal?: AbortSignal;
  }): AsyncIterable<LedgerPage>;
}
