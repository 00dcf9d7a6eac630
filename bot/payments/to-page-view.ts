import type { PaymentPageView } from '../../channels/web/render-payment-page.ts';
import type { InvoiceStanding } from '../../domain/standing/invoice-standing.ts';
import type { PaymentPageInvoice } from '../../prisma/payments/load-payment-page-invoice.ts';
import type { PageDeps } from './page-deps.ts';

/** The stored invoice, and what is on file for it (plan, dispute, pending request), as the page and the PDF show it. */
export function toPageView(
  deps: PageDeps,
  invoice: PaymentPageInvoice,
  standing: InvoiceStanding,
): PaymentPageView {
  return {
    companyName: deps.companyName,
    debtorName: invoice.debtor.name,
    invoiceNumber: invoice.number,
    poNumber: invoice.poNumber,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    amountCents: invoice.amountCents,
    openCents: invoice.openCents,
    currency: invoice.currency,
    status: invoice.status,
    contactEmail: deps.config.contactEmail,
    iban: deps.config.iban,
    standing,
  };
}
