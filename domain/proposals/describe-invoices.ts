import { formatEur } from '../policy/format-eur.ts';
import type { InvoiceFacts } from './proposal-input.ts';

/** "invoices 2026-001, 2026-002 (EUR 1,250.00 open, oldest due 2026-10-01)" for rationales. */
export function describeInvoices(invoices: readonly InvoiceFacts[]): string {
  if (invoices.length === 0) return 'no open invoices';
  const total = invoices.reduce((sum, invoice) => sum + invoice.openCents, 0);
  const oldest = invoices.map((invoice) => invoice.dueDate).sort()[0];
  const numbers = invoices.map((invoice) => invoice.number).join(', ');
  return `${invoices.length === 1 ? 'invoice' : 'invoices'} ${numbers} (${formatEur(total)} open, ${invoices.length === 1 ? 'due' : 'oldest due'} ${oldest})`;
}
