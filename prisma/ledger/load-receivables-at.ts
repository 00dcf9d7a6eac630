import type { IsoDate } from '../../domain/model/iso-date.ts';
import type { RawSqlRunner } from '../sql/sql-client.ts';

/**
 * What was open on each of `days` (end of day, Europe/Amsterdam), as far as the database knows:
 * the open amount now of the invoices issued by then, plus the payments recorded after that day on
 * them. Two grouped queries, however many days: the open amounts per issue day and the payments per
 * issue day and payment day, summed here (a ledger of 100,000 invoices is never read whole).
 */
export async function loadReceivablesAt({
  db,
  days,
}: {
  db: RawSqlRunner;
  /** Oldest first. */
  days: readonly IsoDate[];
}): Promise<{ day: IsoDate; cents: number }[]> {
  if (days.length === 0) return [];
  const last = days.at(-1)!;
  const open = await db.$queryRawUnsafe<{ issued: IsoDate; cents: number }[]>(
    `SELECT to_char(issue_date, 'YYYY-MM-DD') AS issued, sum(open_cents)::float8 AS cents
       FROM invoice WHERE issue_date <= $1::date GROUP BY 1`,
    last,
  );
  const paid = await db.$queryRawUnsafe<{ issued: IsoDate; paidOn: IsoDate; cents: number }[]>(
    `SELECT to_char(i.issue_date, 'YYYY-MM-DD') AS issued,
            to_char((p.received_at AT TIME ZONE 'Europe/Amsterdam')::date, 'YYYY-MM-DD') AS "paidOn",
            sum(p.amount_cents)::float8 AS cents
       FROM payment p JOIN invoice i ON i.id = p.invoice_id
      WHERE i.issue_date <= $1::date AND (p.received_at AT TIME ZONE 'Europe/Amsterdam')::date > $2::date
      GROUP BY 1, 2`,
    last,
    days[0],
  );
  return days.map((day) => ({
    day,
    cents:
      open.reduce((sum, row) => (row.issued <= day ? sum + Number(row.cents) : sum), 0) +
      paid.reduce((sum, row) => (row.issued <= day && row.paidOn > day ? sum + Number(row.cents) : sum), 0),
  }));
}
