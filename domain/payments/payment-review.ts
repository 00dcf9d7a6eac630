/**
 * A payment the provider reported that was not applied as it came (another currency, an invoice
 * settled or unknown, a payment we did not create, overpaid): it waits for finance. prisma/
 * reads it, channels/slack renders it.
 */
export interface PaymentReview {
  /** The provider's id (Mollie: tr_…). */
  readonly id: string;
  readonly provider: string;
  readonly amountCents: number;
  /** ISO 4217, as the provider reported it. */
  readonly currency: string;
  /** Why it was not applied as it came. */
  readonly reason: string;
  /** The invoice the payment names, when we have it. */
  readonly invoice: {
    readonly number: string;
    readonly openCents: number;
    readonly status: string;
    readonly debtorName: string;
    readonly debtorReference: string;
  } | null;
  /** What was booked: nothing, a payment kept with the debtor unapplied, or applied to the invoice. */
  readonly booked: 'nothing' | 'unapplied' | 'applied';
}

/** A bank statement entry that was not applied (no invoice found, an amount that does not fit): it waits for finance. */
export interface BankEntryReview {
  readonly id: string;
  /** YYYY-MM-DD */
  readonly bookingDate: string;
  readonly amountCents: number;
  readonly currency: string;
  readonly counterpartyName: string | null;
  readonly remittance: string;
  readonly reason: string;
  readonly sourceFile: string;
  /**
   * The provider_payment id finance's decision takes (decideBankTransferReview) when the transfer
   * booked nothing yet; null when part of it was applied (an overpayment: fixed in the ledger).
   */
  readonly transferId: string | null;
  /** Flagged as likely repeating a transfer of another statement: applied only when a person says so. */
  readonly likelyRepeat: boolean;
  /** The invoices the matcher suggested, most likely first. */
  readonly candidates: readonly {
    readonly number: string;
    readonly debtorName: string;
    readonly openCents: number;
    readonly why: string;
  }[];
}
