import type { IsoDate } from '../model/iso-date.ts';
import { countbackDso, type DsoResult } from './countback-dso.ts';

export interface DsoInvoice {
  readonly issueDate: IsoDate;
  /** Invoice total (sales). */
  readonly amountCents: number;
  /** Still open at `asOf`. */
  readonly openCents: number;
}

/**
 * DSO by the countback method. Unlike the average method (receivables / sales x days), it is not
 * distorted by a seasonal peak in the period: it says how many days of the most recent sales are
 * still unpaid. Invoices issued after `asOf` are ignored.
 */
export function computeDso({
  invoices,
  asOf,
  maxMonths = 24,
}: {
  invoices: readonly DsoInvoice[];
  asOf: IsoDate;
  maxMonths?: number;
}): DsoResult {
  const issued = invoices.filter((invoice) => invoice.issueDate <= asOf);
  const salesByMonth = new Map<string, number>();
  for (const invoice of issued) {
    const month = invoice.issueDate.slice(0, 7);
    salesByMonth.set(month, (salesByMonth.get(month) ?? 0) + invoice.amountCents);
  }
  return countbackDso({
    asOf,
    maxMonths,
    receivablesCents: issued.reduce((sum, invoice) => sum + invoice.openCents, 0),
    earliestIssueDate: issued.map((invoice) => invoice.issueDate).sort()[0] ?? null,
    salesByMonth,
  });
}
