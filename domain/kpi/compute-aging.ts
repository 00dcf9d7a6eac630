import { daysBetween, type IsoDate } from '../model/iso-date.ts';
import { AGING_BUCKETS, type AgingCell, type AgingResult, summarizeAging } from './summarize-aging.ts';

export interface AgingInvoice {
  readonly debtor: string;
  readonly openCents: number;
  readonly dueDate: IsoDate;
}

/** Days overdue at `asOf` (0 or less is not due) put each open amount into one bucket. */
export function computeAging({
  invoices,
  asOf,
}: {
  invoices: readonly AgingInvoice[];
  asOf: IsoDate;
}): AgingResult {
  const cells: AgingCell[] = [];
  for (const invoice of invoices) {
    if (invoice.openCents <= 0) continue;
    const overdue = daysBetween(invoice.dueDate, asOf);
    const bucket = AGING_BUCKETS.find((b) => overdue <= b.maxDays)?.key ?? 'd90_plus';
    cells.push({ debtor: invoice.debtor, bucket, cents: invoice.openCents, count: 1 });
  }
  return summarizeAging({ cells, asOf });
}
