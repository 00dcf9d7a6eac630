import { AGING_BUCKETS, type AgingCell } from '../../domain/kpi/summarize-aging.ts';
import type { IsoDate } from '../../domain/model/iso-date.ts';
import type { RawSqlRunner } from '../sql/sql-client.ts';

// The buckets of domain/kpi (days past the due date, at most maxDays each), as one CASE; keys and
// limits come from code, never from input.
const BUCKET_OF = `CASE ${AGING_BUCKETS.filter((bucket) => Number.isFinite(bucket.maxDays))
  .map((bucket) => `WHEN $1::date - i.due_date <= ${bucket.maxDays} THEN '${bucket.key}'`)
  .join(' ')} ELSE '${AGING_BUCKETS.at(-1)!.key}' END`;

/**
 * The aging analysis summed by the database: open amount and number of invoices per debtor name
 * and bucket, for the invoices that are open, disputed or planned with money open. One row per
 * debtor and bucket instead of one per invoice; summarizeAging makes the report of them.
 */
export async function loadAgingCells({
  db,
  asOf,
}: {
  db: RawSqlRunner;
  asOf: IsoDate;
}): Promise<AgingCell[]> {
  const rows = await db.$queryRawUnsafe<
    { debtor: string; bucket: AgingCell['bucket']; cents: number; count: number }[]
  >(
    `SELECT d.name AS debtor, ${BUCKET_OF} AS bucket, sum(i.open_cents)::float8 AS cents, count(*)::int AS count
       FROM invoice i JOIN debtor d ON d.id = i.debtor_id
      WHERE i.status IN ('open', 'disputed', 'planned') AND i.open_cents > 0
      GROUP BY d.name, 2`,
    asOf,
  );
  return rows.map((row) => ({ ...row, cents: Number(row.cents), count: Number(row.count) }));
}
