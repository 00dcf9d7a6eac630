import type { IsoDate } from '../../domain/model/iso-date.ts';
import type { RawSqlRunner } from '../sql/sql-client.ts';

/**
 * What the countback DSO needs of the ledger, summed by the database: the open receivables,
 * the sales per month and the first issue date of the invoices issued on or before `asOf`
 * (every status: a paid invoice is a sale too). One row per month instead of one per invoice.
 */
export async function loadDsoSales({ db, asOf }: { db: RawSqlRunner; asOf: IsoDate }): Promise<{
  receivablesCents: number;
  earliestIssueDate: IsoDate | null;
  salesByMonth: Map<string, number>;
}> {
  const rows = await db.$queryRawUnsafe<{ month: string; sales: number; open: number; earliest: string }[]>(
    `SELECT to_char(issue_date, 'YYYY-MM') AS month, sum(amount_cents)::float8 AS sales,
            sum(open_cents)::float8 AS open, to_char(min(issue_date), 'YYYY-MM-DD') AS earliest
       FROM invoice WHERE issue_date <= $1::date
      GROUP BY 1 ORDER BY 1`,
    asOf,
  );
  return {
    receivablesCents: rows.reduce((sum, row) => sum + Number(row.open), 0),
    earliestIssueDate: rows[0]?.earliest ?? null,
    salesByMonth: new Map(rows.map((row) => [row.month, Number(row.sales)])),
  };
}
