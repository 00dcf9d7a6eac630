/** How a column's values are typed: what the page formats, the CSV writes and Excel stores. */
export type ReportColumnType =
  /** Text (debtor names are data: escaped on the page, guarded in a CSV). */
  | 'text'
  /** Integer cents: euros with two decimals; a euro number in Excel. */
  | 'eur'
  /** A day, YYYY-MM-DD: a date in Excel. */
  | 'date'
  /** A count. */
  | 'int'
  /** Days with one decimal. */
  | 'days'
  /** A share 0..1, or null when there is none: a percentage. */
  | 'percent';

export type ReportCell = string | number | null;

/** One table of a report, typed per column, as the page, the CSV and the .xlsx show it. */
export interface ReportTable {
  /** The download's name: aging-debtors, dso-trend, … */
  readonly id: string;
  readonly title: string;
  readonly columns: readonly { readonly header: string; readonly type: ReportColumnType }[];
  readonly rows: readonly (readonly ReportCell[])[];
  readonly totals: readonly ReportCell[] | null;
}
