import type { DebtorKind } from '../../domain/model/debtor.ts';
import type { InvoiceStatus } from '../../domain/model/invoice.ts';
import type { DebtorFacts, DebtorHistory, InvoiceFacts } from '../../domain/policy/proposal-input.ts';
import { LANGUAGES, type Language } from '../../domain/reasons.ts';
import type { PrismaClient } from '../generated/client.ts';
import { toIsoDate } from './to-iso-date.ts';

export interface DebtorContext {
  readonly id: string;
  readonly reference: string;
  readonly name: string;
  readonly facts: DebtorFacts;
  /** Open invoices (open, disputed, planned), oldest due date first. */
  readonly openInvoices: readonly InvoiceFacts[];
  readonly history: DebtorHistory;
}

const OPEN: InvoiceStatus[] = ['open', 'disputed', 'planned'];

/** Everything the next-step policy needs to know about a debtor, read in one go. */
export async function loadDebtorContext({
  prisma,
  debtorId,
}: {
  prisma: PrismaClient;
  debtorId: string;
}): Promise<DebtorContext | null> {
  const debtor = await prisma.debtor.findUnique({
    where: { id: debtorId },
    include: {
      invoices: {
        where: { status: { in: OPEN } },
        include: { dunning: true },
        orderBy: [{ dueDate: 'asc' }, { number: 'asc' }],
      },
    },
  });
  if (!debtor) return null;
  const [brokenPromises, keptPromises, activePlans, breachedPlans, openDisputes, remindersSent] =
    await Promise.all([
      prisma.paymentPromise.count({ where: { debtorId, status: 'broken' } }),
      prisma.paymentPromise.count({ where: { debtorId, status: 'kept' } }),
      prisma.paymentPlan.count({ where: { debtorId, status: 'active' } }),
      prisma.paymentPlan.count({ where: { debtorId, status: 'breached' } }),
      prisma.dispute.count({ where: { debtorId, status: { in: ['open', 'taken'] } } }),
      prisma.dunningState.count({ where: { invoice: { debtorId }, step: { gte: 0 } } }),
    ]);
  return {
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
      brokenPromises,
      keptPromises,
      activePlan: activePlans > 0,
      breachedPlans,
      openDisputes,
      remindersSent,
    },
  };
}
