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
  /**
   * The bank's own id of the transaction, the same in every statement that reports it (intraday,
   * day-end, a re-export): CAMT AcctSvcrRef (transaction level, else entry level), MT940 the
   * :61: reference after "//". Null where the bank gives none.
   */
  readonly bankReference: string | null;
  /** The payer's end-to-end id (CAMT Refs/EndToEndId, MT940 /EREF/); null for none or NOTPROVIDED. */
  readonly endToEndId: string | null;
  readonly bookingDate: IsoDate;
  /** CAMT ValDt, MT940 the :61: value date; null where the file gives none. */
  readonly valueDate: IsoDate | null;
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
