import type { DebtorFacts, DebtorHistory, InvoiceFacts } from '../proposals/proposal-input.ts';

/**
 * Everything the next-step policy needs to know about a debtor, read in one go
 * (prisma/debtors/load-debtor-contexts.ts reads it; the pipeline, triage and the chat use it).
 */
export interface DebtorContext {
  readonly id: string;
  readonly reference: string;
  readonly name: string;
  readonly facts: DebtorFacts;
  /** Open invoices (open, disputed, planned), oldest due date first. */
  readonly openInvoices: readonly InvoiceFacts[];
  readonly history: DebtorHistory;
}
