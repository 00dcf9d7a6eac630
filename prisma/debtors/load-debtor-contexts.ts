import type { DebtorContext } from '../../domain/debtors/debtor-context.ts';
import type { DebtorKind } from '../../domain/model/debtor.ts';
import type { InvoiceStatus } from '../../domain/model/invoice.ts';
import { LANGUAGES, type Language } from '../../domain/reasons.ts';
import type { RawSqlRunner } from '../sql/sql-client.ts';

interface DebtorRow {
  id: string;
  reference: string;
  name: string;
  kind: string;
  account_owner: string | null;
  language: string;
  broken: number;
  kept: number;
  active_plans: number;
  breached_plans: number;
  open_disputes: number;
  reminders: number;
}

interface InvoiceRow {
  id: string;
  debtor_id: string;
  number: string;
  open_cents: number;
  due_date: string;
  status: string;
  po_number: string | null;
  step_code: string | null;
}

/**
 * The next-step policy's view of many debtors in two queries, however many there are: each
 * debtor with its history counts, and the open invoices with their ladder step. Raw SQL because
 * Prisma's include costs ~0.7 ms per debtor in its query engine (measured for issue 5). Debtors
 * that do not exist are absent from the map.
 */
export async function loadDebtorContexts({
  prisma,
  debtorIds,
}: {
  prisma: RawSqlRunner;
  debtorIds: readonly string[];
}): Promise<Map<string, DebtorContext>> {
  const ids = [...new Set(debtorIds)];
  if (ids.length === 0) return new Map();
  const [debtors, invoices] = await Promise.all([
    prisma.$queryRawUnsafe(
      // One grouped scan per table, not one sub-select per debtor and count.
      `WITH promises AS (
         SELECT debtor_id, count(*) FILTER (WHERE status = 'broken')::int AS broken,
           count(*) FILTER (WHERE status = 'kept')::int AS kept
         FROM payment_promise WHERE debtor_id = ANY($1::uuid[]) GROUP BY debtor_id),
       plans AS (
         SELECT debtor_id, count(*) FILTER (WHERE status = 'active')::int AS active_plans,
           count(*) FILTER (WHERE status = 'breached')::int AS breached_plans
         FROM payment_plan WHERE debtor_id = ANY($1::uuid[]) GROUP BY debtor_id),
       disputes AS (
         SELECT debtor_id, count(*)::int AS open_disputes
         FROM dispute WHERE debtor_id = ANY($1::uuid[]) AND status IN ('open', 'taken') GROUP BY debtor_id),
       reminders AS (
         SELECT i.debtor_id, count(*)::int AS reminders
         FROM dunning_state s JOIN invoice i ON i.id = s.invoice_id
         WHERE i.debtor_id = ANY($1::uuid[]) AND s.step >= 0 GROUP BY i.debtor_id)
       SELECT d.id::text AS id, d.reference, d.name, d.kind::text AS kind, d.account_owner, d.language,
         coalesce(p.broken, 0) AS broken, coalesce(p.kept, 0) AS kept,
         coalesce(l.active_plans, 0) AS active_plans, coalesce(l.breached_plans, 0) AS breached_plans,
         coalesce(s.open_disputes, 0) AS open_disputes, coalesce(r.reminders, 0) AS reminders
       FROM debtor d
       LEFT JOIN promises p ON p.debtor_id = d.id
       LEFT JOIN plans l ON l.debtor_id = d.id
       LEFT JOIN disputes s ON s.debtor_id = d.id
       LEFT JOIN reminders r ON r.debtor_id = d.id
       WHERE d.id = ANY($1::uuid[])`,
      ids,
    ) as Promise<DebtorRow[]>,
    prisma.$queryRawUnsafe(
      `SELECT i.id::text AS id, i.debtor_id::text AS debtor_id, i.number, i.open_cents,
         to_char(i.due_date, 'YYYY-MM-DD') AS due_date, i.status::text AS status, i.po_number, s.step_code
       FROM invoice i LEFT JOIN dunning_state s ON s.invoice_id = i.id
       WHERE i.debtor_id = ANY($1::uuid[]) AND i.status IN ('open', 'disputed', 'planned')
       ORDER BY i.due_date, i.number`,
      ids,
    ) as Promise<InvoiceRow[]>,
  ]);
  const open = new Map<string, InvoiceRow[]>();
  for (const invoice of invoices)
    open.set(invoice.debtor_id, [...(open.get(invoice.debtor_id) ?? []), invoice]);
  const contexts = new Map<string, DebtorContext>();
  for (const row of debtors) {
    contexts.set(row.id, {
      id: row.id,
      reference: row.reference,
      name: row.name,
      facts: {
        kind: row.kind as DebtorKind,
        accountOwner: row.account_owner,
        language: (LANGUAGES as readonly string[]).includes(row.language)
          ? (row.language as Language)
          : 'other',
      },
      openInvoices: (open.get(row.id) ?? []).map((invoice) => ({
        id: invoice.id,
        number: invoice.number,
        openCents: invoice.open_cents,
        currency: 'EUR',
        dueDate: invoice.due_date,
        status: invoice.status as InvoiceStatus,
        dunningStepCode: invoice.step_code,
        poNumber: invoice.po_number,
      })),
      history: {
        brokenPromises: row.broken,
        keptPromises: row.kept,
        activePlan: row.active_plans > 0,
        breachedPlans: row.breached_plans,
        openDisputes: row.open_disputes,
        remindersSent: row.reminders,
      },
    });
  }
  return contexts;
}
