import type { IsoDate } from '../model/iso-date.ts';

/**
 * A bank statement as a parser read it (CAMT.053 or MT940), before anything is matched. One
 * statement belongs to one account; its entries are identified by the account, the statement id
 * and the entry reference, so importing the same statement twice finds every entry already there.
 */
export interface BankStatement {
  readonly format: 'camt053' | 'mt940';
  /** The account the statement is for: an IBAN (spaces removed, upper case) where the bank gives one. */
  readonly account: string;
  readonly statementId: string;
  readonly entries: readonly BankEntry[];
}

export interface BankEntry {
  /** Where the entry is in the file, for messages: an XPath (CAMT) or a line (MT940). */
  readonly location: string;
  /** The bank's reference for the entry, unique within the statement. */
  readonly reference: string;
  readonly bookingDate: IsoDate;
  /** Which way the money moved in this entry: a reversed incoming transfer (CAMT DBIT with RvslInd, MT940 RC) is a debit. */
  readonly direction: 'credit' | 'debit';
  /** CAMT RvslInd, MT940 RC/RD: the bank undid an earlier entry. */
  readonly reversal: boolean;
  /** A SEPA return or refund reason (CAMT RtrInf, MT940 /RTRN/), or null. */
  readonly returnCode: string | null;
  /** Always positive; the direction says which way the money went. */
  readonly amountCents: number;
  /** ISO 4217. */
  readonly currency: string;
  readonly counterpartyIban: string | null;
  readonly counterpartyName: string | null;
  /** A creditor reference (CAMT Strd/CdtrRefInf/Ref, MT940 /REMI/STRD/). */
  readonly structuredReference: string | null;
  /** The free remittance text (CAMT Ustrd, MT940 :86:). */
  readonly remittance: string;
}
