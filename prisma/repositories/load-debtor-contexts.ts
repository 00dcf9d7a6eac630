import type { DebtorKind } from '../../domain/model/debtor.ts';
import type { InvoiceStatus } from '../../domain/model/invoice.ts';
import { LANGUAGES, type Language } from '../../domain/reasons.ts';
import type { PrismaClient } from '../generated/client.ts';
import type { DebtorContext } from './load-debtor-context.ts';
import { toIsoDate } from './to-iso-date.ts';

const OPEN: InvoiceStatus[] = ['open', 'disputed', 'planned'];

interface HistoryRow {
  debtor_id: string;
  broken: number;
  kept: number;
  active_plans: number;
  breached_plans: number;
  open_disputes: number;
  reminders: number;
}

/**
 * The next-step policy's view of many debtors in two queries, however many there are: debtors
 * with their open invoices, and one row of history counts per debtor. Debtors that do not exist
 * are absent from the map.
 */
export async function loadDebtorContexts({
  prisma,
  debtorIds,
}: {
  prisma: PrismaClient;
  debtorIds: readonly string[];
}): Promise<Map<string, DebtorContext>> {
  const ids = [...new Set(debtorIds)];
  if (ids.length === 0) return new Map();
  const [debtors, history] = await Promise.all([
    prisma.debtor.findMany({
      where: { id: { in: ids } },
      include: {
        invoices: {
          where: { status: { in: OPEN } },
          include: { dunning: true },
          orderBy: [{ dueDate: 'asc' }, { number: 'asc' }],
        },
      },
    }),
    prisma.$queryRawUnsafe(
      `SELECT d.id::text AS debtor_id,
         (SELECT count(*)::int FROM payment_promise p WHERE p.debtor_id = d.id AND p.status = 'broken') AS broken,
         (SELECT count(*)::int FROM payment_promise p WHERE p.debtor_id = d.id AND p.status = 'kept') AS kept,
         (SELECT count(*)::int FROM payment_plan p WHERE p.debtor_id = d.id AND p.status = 'active') AS active_plans,
         (SELECT count(*)::int FROM payment_plan p WHERE p.debtor_id = d.id AND p.status = 'breached') AS breached_plans,
         (SELECT count(*)::int FROM dispute s WHERE s.debtor_id = d.id AND s.status IN ('open', 'taken')) AS open_disputes,
         (SELECT count(*)::int FROM dunning_state s JOIN invoice i ON i.id = s.invoice_id
            WHERE i.debtor_id = d.id AND s.step >= 0) AS reminders
       FROM debtor d WHERE d.id = ANY($1::uuid[])`,
      ids,
    ) as Promise<HistoryRow[]>,
  ]);
  const counts = new Map(history.map((row) => [row.debtor_id, row]));
  const contexts = new Map<string, DebtorContext>();
  for (const debtor of debtors) {
    const row = counts.get(debtor.id);
    contexts.set(debtor.id, {
      id: debtor.id,
      reference: debtor.reference,
      name: debtor.name,
      facts: {
        kind: debtor.kind as DebtorKind,
        accountOwner: debtor.accountOwner,
        language: (LANGUAGES as readonly string[]).includes(debtor.language)
          ? (debtor.language as Language)
          : 'other',
      },
      openInvoices: debtor.invoices.map((invoice) => ({
        id: invoice.id,
        number: invoice.number,
        openCents: invoice.openCents,
        currency: 'EUR',
        dueDate: toIsoDate(invoice.dueDate),
        status: invoice.status as InvoiceStatus,
        dunningStepCode: invoice.dunning?.stepCode ?? null,
        poNumber: invoice.poNumber,
      })),
      history: {
        brokenPromises: row?.broken ?? 0,
        keptPromises: row?.kept ?? 0,
        activePlan: (row?.active_plans ?? 0) > 0,
        breachedPlans: row?.breached_plans ?? 0,
        openDisputes: row?.open_disputes ?? 0,
        remindersSent: row?.reminders ?? 0,
      },
    });
  }
  return contexts;
}
