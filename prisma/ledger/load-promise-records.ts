import type { PromiseRecord } from '../../domain/kpi/compute-promise-kept-rate.ts';
import type { IsoDate } from '../../domain/model/iso-date.ts';
import type { RawSqlRunner } from '../sql/sql-client.ts';

/**
 * The payment promises made on or before `asOf` whose promised date is on or after `from`, as
 * computePromiseKeptRate reads them: a promise is kept when its invoice was paid in full (the
 * payment's day, Europe/Amsterdam, from resolved_at); paid after `asOf` is not paid yet then.
 */
export async function loadPromiseRecords({
  db,
  from,
  asOf,
}: {
  db: RawSqlRunner;
  from: IsoDate;
  asOf: IsoDate;
}): Promise<PromiseRecord[]> {
  const rows = await db.$queryRawUnsafe<{ promisedDate: IsoDate; paidOn: IsoDate | null }[]>(
    `SELECT to_char(promised_date, 'YYYY-MM-DD') AS "promisedDate",
            CASE WHEN status = 'kept' AND resolved_at IS NOT NULL
                  AND (resolved_at AT TIME ZONE 'Europe/Amsterdam')::date <= $2::date
                 THEN to_char((resolved_at AT TIME ZONE 'Europe/Amsterdam')::date, 'YYYY-MM-DD') END AS "paidOn"
       FROM payment_promise
      WHERE promised_date >= $1::date
        AND (created_at AT TIME ZONE 'Europe/Amsterdam')::date <= $2::date
      ORDER BY promised_date, id`,
    from,
    asOf,
  );
  return rows;
}
