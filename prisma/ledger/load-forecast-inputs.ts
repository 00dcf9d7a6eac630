import type {
  ForecastInstalment,
  ForecastInvoice,
  ForecastPromise,
} from '../../domain/kpi/forecast-cash-flow.ts';
import type { InvoiceStatus } from '../../domain/model/invoice.ts';
import type { IsoDate } from '../../domain/model/iso-date.ts';
import type { RawSqlRunner } from '../sql/sql-client.ts';

/**
 * What forecastCashFlow reads, summed by the database where the sum places the same: open and
 * disputed invoices without an open promise, one row per status and due date (forecastCashFlow
 * places each open amount by its due date alone, so a sum lands where its parts would); the few
 * invoices with an open promise one by one, with their promises in the order they were made;
 * unpaid instalments of active plans summed per due date. Planned invoices count only through
 * their instalments, so they are not read.
 */
export async function loadForecastInputs({ db }: { db: RawSqlRunner }): Promise<{
  invoices: ForecastInvoice[];
  promises: ForecastPromise[];
  instalments: ForecastInstalment[];
}> {
  const grouped = await db.$queryRawUnsafe<{ status: InvoiceStatus; dueDate: IsoDate; cents: number }[]>(
    `SELECT i.status::text AS status, to_char(i.due_date, 'YYYY-MM-DD') AS "dueDate", sum(i.open_cents)::float8 AS cents
       FROM invoice i
      WHERE i.status IN ('open', 'disputed') AND i.open_cents > 0
        AND NOT EXISTS (SELECT 1 FROM payment_promise p WHERE p.invoice_id = i.id AND p.status = 'open')
      GROUP BY 1, 2`,
  );
  const promised = await db.$queryRawUnsafe<
    {
      invoiceId: string;
      date: IsoDate;
      amountCents: number;
      openCents: number;
      dueDate: IsoDate;
      status: InvoiceStatus;
    }[]
  >(
    `SELECT i.id::text AS "invoiceId", to_char(p.promised_date, 'YYYY-MM-DD') AS date,
            coalesce(p.amount_cents, i.open_cents) AS "amountCents", i.open_cents AS "openCents",
            to_char(i.due_date, 'YYYY-MM-DD') AS "dueDate", i.status::text AS status
       FROM payment_promise p JOIN invoice i ON i.id = p.invoice_id
      WHERE p.status = 'open' AND i.status IN ('open', 'disputed') AND i.open_cents > 0
      ORDER BY p.created_at, p.id`,
  );
  const instalments = await db.$queryRawUnsafe<{ dueDate: IsoDate; unpaidCents: number }[]>(
    `SELECT to_char(s.due_date, 'YYYY-MM-DD') AS "dueDate", sum(s.amount_cents - s.paid_cents)::float8 AS "unpaidCents"
       FROM installment s JOIN payment_plan p ON p.id = s.plan_id
      WHERE s.status IN ('due', 'missed') AND p.status = 'active' AND s.amount_cents > s.paid_cents
      GROUP BY 1`,
  );
  const invoices: ForecastInvoice[] = grouped.map((row) => ({
    id: `${row.status} due ${row.dueDate}`,
    openCents: Number(row.cents),
    dueDate: row.dueDate,
    status: row.status,
  }));
  const seen = new Set<string>();
  for (const row of promised) {
    if (seen.has(row.invoiceId)) continue;
    seen.add(row.invoiceId);
    invoices.push({ id: row.invoiceId, openCents: row.openCents, dueDate: row.dueDate, status: row.status });
  }
  return {
    invoices,
    promises: promised.map((row) => ({
      invoiceId: row.invoiceId,
      date: row.date,
      amountCents: row.amountCents,
    })),
    instalments: instalments.map((row) => ({ dueDate: row.dueDate, unpaidCents: Number(row.unpaidCents) })),
  };
}
