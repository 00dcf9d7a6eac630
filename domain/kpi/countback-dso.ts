import { addDays, daysBetween, type IsoDate } from '../model/iso-date.ts';

export interface DsoMonth {
  readonly month: string;
  readonly from: IsoDate;
  readonly through: IsoDate;
  readonly days: number;
  readonly salesCents: number;
  /** Days this month contributed to the DSO (all of them, or a share of the last month reached). */
  readonly countedDays: number;
}

export interface DsoResult {
  readonly asOf: IsoDate;
  readonly dsoDays: number;
  readonly receivablesCents: number;
  readonly months: readonly DsoMonth[];
  /** True when receivables exceed all sales in the history given: the DSO is a lower bound. */
  readonly historyExhausted: boolean;
  readonly method: string;
}

export const DSO_METHOD =
  'Countback: start from the open receivables at the report date and walk back month by month (the current ' +
  "month up to the report date), subtracting each month's invoiced sales; every month fully absorbed adds its " +
  "days, the month where receivables run out adds days x (receivables left / that month's sales).";

/**
 * The countback walk itself, on what it needs of a ledger: the open receivables and the sales per
 * calendar month ("YYYY-MM") of the invoices issued on or before `asOf`, and the first issue date
 * among them (null: none). computeDso sums these from invoices; a large ledger's sums come from
 * the database (prisma/ledger/load-dso-sales.ts), so the result is the same either way.
 */
export function countbackDso({
  asOf,
  receivablesCents,
  earliestIssueDate,
  salesByMonth,
  maxMonths = 24,
}: {
  asOf: IsoDate;
  receivablesCents: number;
  earliestIssueDate: IsoDate | null;
  salesByMonth: ReadonlyMap<string, number>;
  maxMonths?: number;
}): DsoResult {
  const earliest = earliestIssueDate ?? asOf;
  const months: DsoMonth[] = [];
  let remaining = receivablesCents;
  let dso = 0;
  let through = asOf;
  while (remaining > 0 && months.length < maxMonths && through >= earliest) {
    const from = `${through.slice(0, 7)}-01`;
    const days = daysBetween(from, through) + 1;
    const salesCents = salesByMonth.get(from.slice(0, 7)) ?? 0;
    const countedDays = salesCents >= remaining ? (days * remaining) / salesCents : days;
    remaining = Math.max(0, remaining - salesCents);
    dso += countedDays;
    months.push({
      month: from.slice(0, 7),
      from,
      through,
      days,
      salesCents,
      countedDays: Math.round(countedDays * 10) / 10,
    });
    through = addDays(from, -1);
  }
  return {
    asOf,
    dsoDays: Math.round(dso * 10) / 10,
    receivablesCents,
    months,
    historyExhausted: remaining > 0,
    method: DSO_METHOD,
  };
}
