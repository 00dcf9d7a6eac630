import type { IsoDate } from '../model/iso-date.ts';
import { countbackDso } from './countback-dso.ts';

export interface DsoTrendPoint {
  /** The day the DSO is taken on: a month's last day, the report day for the current month. */
  readonly asOf: IsoDate;
  readonly month: string;
  readonly dsoDays: number;
  readonly receivablesCents: number;
  /** True when receivables then exceeded all sales before: the DSO is at least this. */
  readonly historyExhausted: boolean;
}

export interface DsoTrend {
  readonly asOf: IsoDate;
  readonly points: readonly DsoTrendPoint[];
  readonly method: string;
}

export const DSO_TREND_METHOD =
  'Countback DSO at the last day of each month (the report day for the current month). What was open on that ' +
  'day is what is open now plus the payments recorded after it, on invoices issued by then; an invoice the ' +
  'ledger marks paid or credited without a payment recorded here counts as settled before the day.';

/**
 * The countback DSO month by month: countbackDso on each day of `receivablesAt` (monthEndsUpTo
 * gives them), with the sales of the months up to that day. The same walk as `collections report
 * dso` (whose receivables are what is open now): as of today the last point is that report's DSO.
 */
export function trendDso({
  asOf,
  salesByMonth,
  earliestIssueDate,
  receivablesAt,
}: {
  asOf: IsoDate;
  /** Sales per month ("YYYY-MM") of the invoices issued on or before asOf. */
  salesByMonth: ReadonlyMap<string, number>;
  earliestIssueDate: IsoDate | null;
  /** Open receivables on each day, oldest first. */
  receivablesAt: readonly { readonly day: IsoDate; readonly cents: number }[];
}): DsoTrend {
  return {
    asOf,
    points: receivablesAt.map(({ day, cents }) => {
      const dso = countbackDso({
        asOf: day,
        receivablesCents: cents,
        earliestIssueDate: earliestIssueDate !== null && earliestIssueDate <= day ? earliestIssueDate : null,
        salesByMonth,
      });
      return {
        asOf: day,
        month: day.slice(0, 7),
        dsoDays: dso.dsoDays,
        receivablesCents: cents,
        historyExhausted: dso.historyExhausted,
      };
    }),
    method: DSO_TREND_METHOD,
  };
}
