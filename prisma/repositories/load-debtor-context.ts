import type { DebtorFacts, DebtorHistory, InvoiceFacts } from '../../domain/policy/proposal-input.ts';
import type { PrismaClient } from '../generated/client.ts';
import { loadDebtorContexts } from './load-debtor-contexts.ts';

export interface DebtorContext {
  readonly id: string;
  readonly reference: string;
  readonly name: string;
  readonly facts: DebtorFacts;
  /** Open invoices (open, disputed, planned), oldest due date first. */
  readonly openInvoices: readonly InvoiceFacts[];
  readonly history: DebtorHistory;
}

/** Everything the next-step policy needs to know about a debtor, read in one go. */
export async function loadDebtorContext({
  prisma,
  debtorId,
}: {
  prisma: PrismaClient;
  debtorId: string;
}): Promise<DebtorContext | null> {
  const contexts = await loadDebtorContexts({ prisma, debtorIds: [debtorId] });
  return contexts.get(debtorId) ?? null;
}
