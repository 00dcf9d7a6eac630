import type { IsoDate } from '../../domain/model/iso-date.ts';
import type { RawSqlRunner } from '../../prisma/sql/sql-client.ts';

/**
 * What months of running the app leave on an imported ledger, the same for the same invoices:
 * disputes, payment plans with instalments (paid, partly paid, missed), promises (open, broken,
 * two on one invoice), pauses (running, lifted, ended), credited and written-off invoices, and
 * ladder states as a daily ladder run would have left them (plus a few a person must check: a
 * step that is not on the ladder, a step without a date). Each choice is a hash of the invoice
 * number, so the history is deterministic. Runs after an import, through any raw SQL client.
 */
export async function seedLedgerHistory({ db, today }: { db: RawSqlRunner; today: IsoDate }): Promise<void> {
  for (const statement of STATEMENTS) await db.$queryRawUnsafe(statement, today);
}

// 0..999 from the invoice number and a salt: a stable "random" draw per invoice and purpose.
const draw = (salt: string) => `(('x' || substr(md5(i.number || '${salt}'), 1, 6))::bit(24)::int % 1000)`;
const OVERDUE_OPEN = `i.status = 'open' AND i.open_cents > 0 AND i.due_date < $1::date`;

const STATEMENTS = [
  `UPDATE invoice i SET status = 'written_off', updated_at = now()
    WHERE ${OVERDUE_OPEN} AND i.due_date < $1::date - 90 AND ${draw('w')} < 100`,
  `UPDATE invoice i SET status = 'credited', open_cents = 0, updated_at = now()
    WHERE ${OVERDUE_OPEN} AND i.due_date < $1::date - 60 AND ${draw('c')} < 60`,
  `WITH chosen AS (
     UPDATE invoice i SET status = 'disputed', updated_at = now()
      WHERE ${OVERDUE_OPEN} AND ${draw('d')} < 25 RETURNING i.id, i.debtor_id)
   INSERT INTO dispute (id, debtor_id, invoice_id, status, summary, updated_at)
   SELECT md5(id::text || 'dispute')::uuid, debtor_id, id, 'open', 'the delivery was incomplete', now() FROM chosen`,
  `INSERT INTO payment_plan (id, debtor_id, status, total_cents, updated_at)
   SELECT md5(i.id::text || 'plan')::uuid, i.debtor_id, 'active', i.open_cents, now()
     FROM invoice i WHERE ${OVERDUE_OPEN} AND ${draw('p')} < 15`,
  `UPDATE invoice i SET status = 'planned', payment_plan_id = md5(i.id::text || 'plan')::uuid, updated_at = now()
    WHERE ${OVERDUE_OPEN} AND ${draw('p')} < 15`,
  `INSERT INTO installment (id, plan_id, sequence, due_date, amount_cents, paid_cents, status)
   SELECT md5(p.id::text || s::text)::uuid, p.id, s, $1::date + (s * 21 - 30 + ${draw('t').replaceAll('i.number', 'p.id::text')} % 9),
          p.total_cents / 3 + CASE WHEN s = 3 THEN p.total_cents % 3 ELSE 0 END,
          CASE WHEN s = 1 THEN p.total_cents / 3 WHEN s = 2 AND ${draw('t').replaceAll('i.number', 'p.id::text')} < 300 THEN p.total_cents / 7 ELSE 0 END,
          (CASE WHEN s = 1 THEN 'paid' WHEN s = 2 AND ${draw('m').replaceAll('i.number', 'p.id::text')} < 400 THEN 'missed' ELSE 'due' END)::"InstallmentStatus"
     FROM payment_plan p CROSS JOIN generate_series(1, 3) AS s`,
  `INSERT INTO payment_promise (id, debtor_id, invoice_id, promised_date, amount_cents, status, created_at)
   SELECT md5(i.id::text || 'promise' || n::text)::uuid, i.debtor_id, i.id,
          $1::date + (${draw('q')} % 40 - 10) + n * 10,
          CASE WHEN (${draw('a')} + n * 500) % 1000 < 500 THEN NULL ELSE i.open_cents / (2 + n) END,
          (CASE WHEN ${draw('b')} < 100 THEN 'broken' ELSE 'open' END)::"PromiseStatus",
          now() + n * interval '1 second'
     FROM invoice i CROSS JOIN generate_series(0, 1) AS n
    WHERE i.status IN ('open', 'disputed') AND i.open_cents > 0 AND ${draw('q')} < 30 AND (n = 0 OR ${draw('q')} < 6)`,
  `INSERT INTO dunning_pause (id, invoice_id, reason, until, created_by, lifted_at)
   SELECT md5(i.id::text || 'pause')::uuid, i.id, 'promise to pay', $1::date + (${draw('z')} % 20 - 6), 'policy',
          CASE WHEN ${draw('z')} < 8 THEN now() END
     FROM invoice i WHERE ${OVERDUE_OPEN} AND ${draw('z')} < 40`,
  // A daily ladder run: every step whose offset from the due date has passed was sent on its day.
  `INSERT INTO dunning_state (invoice_id, step, step_code, last_step_at, updated_at)
   SELECT i.id, l.k, l.code, ((i.due_date + l.off) + time '09:30') AT TIME ZONE 'Europe/Amsterdam', now()
     FROM invoice i JOIN debtor d ON d.id = i.debtor_id
     JOIN LATERAL (
       SELECT k, code, off FROM (VALUES
         ('company', 0, 'reminder_1', 3), ('company', 1, 'reminder_2', 17), ('company', 2, 'aanmaning', 31),
         ('company', 3, 'ingebrekestelling', 45), ('company', 4, 'incassobureau', 59),
         ('consumer', 0, 'reminder_1', 3), ('consumer', 1, 'reminder_2', 17), ('consumer', 2, 'aanmaning', 31),
         ('consumer', 3, 'veertiendagenbrief', 45), ('consumer', 4, 'incassobureau', 66)
       ) AS l(kind, k, code, off)
       WHERE l.kind = d.kind::text AND l.off < $1::date - i.due_date ORDER BY l.k DESC LIMIT 1) l ON true
    WHERE i.status IN ('open', 'disputed', 'planned') AND i.due_date < $1::date AND ${draw('s')} >= 40`,
  `INSERT INTO dunning_state (invoice_id, step, step_code, last_step_at, updated_at)
   SELECT i.id, 0, CASE WHEN ${draw('s')} < 10 THEN 'herinnering_oud' WHEN ${draw('s')} < 20 THEN 'reminder_1' END,
          NULL, now()
     FROM invoice i WHERE i.status = 'open' AND i.due_date < $1::date AND ${draw('s')} < 30
   ON CONFLICT (invoice_id) DO NOTHING`,
];
