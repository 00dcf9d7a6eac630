import type { IsoDate } from '../model/iso-date.ts';
import { normalizeReference } from './normalize-reference.ts';

export interface OpenInvoice {
  readonly id: string;
  readonly number: string;
  readonly debtorId: string;
  readonly debtorName: string;
  readonly currency: string;
  readonly dueDate: IsoDate;
  openCents: number;
}

/**
 * The open invoices a statement is matched against, indexed the ways the rules look them up:
 * by normalised number, by open amount and by debtor. `lower` keeps the index true while one
 * file is matched: two transfers for the same invoice in one statement see each other.
 */
export interface OpenInvoiceIndex {
  readonly byNumber: ReadonlyMap<string, OpenInvoice>;
  /** The lengths normalised numbers have, so free text is only cut into pieces that can match. */
  readonly numberLengths: ReadonlySet<number>;
  byAmount(cents: number): readonly OpenInvoice[];
  ofDebtor(debtorId: string): readonly OpenInvoice[];
  lower(invoiceId: string, cents: number): void;
}

export function indexOpenInvoices(invoices: readonly OpenInvoice[]): OpenInvoiceIndex {
  const byNumber = new Map<string, OpenInvoice>();
  const byId = new Map<string, OpenInvoice>();
  const byDebtor = new Map<string, OpenInvoice[]>();
  const amounts = new Map<number, Set<OpenInvoice>>();
  const numberLengths = new Set<number>();
  const addAmount = (invoice: OpenInvoice) => {
    const set = amounts.get(invoice.openCents);
    if (set) set.add(invoice);
    else amounts.set(invoice.openCents, new Set([invoice]));
  };
  for (const source of invoices) {
    const invoice = { ...source };
    const key = normalizeReference(invoice.number);
    if (key.length === 0) continue;
    byNumber.set(key, invoice);
    numberLengths.add(key.length);
    byId.set(invoice.id, invoice);
    const list = byDebtor.get(invoice.debtorId);
    if (list) list.push(invoice);
    else byDebtor.set(invoice.debtorId, [invoice]);
    addAmount(invoice);
  }
  return {
    byNumber,
    numberLengths,
    byAmount: (cents) => [...(amounts.get(cents) ?? [])],
    ofDebtor: (debtorId) => (byDebtor.get(debtorId) ?? []).filter((i) => i.openCents > 0),
    lower(invoiceId, cents) {
      const invoice = byId.get(invoiceId);
      if (!invoice) return;
      amounts.get(invoice.openCents)?.delete(invoice);
      invoice.openCents = Math.max(0, invoice.openCents - cents);
      if (invoice.openCents > 0) addAmount(invoice);
    },
  };
}
