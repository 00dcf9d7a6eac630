import type { InvoiceStatus } from '../model/invoice.ts';

export type InvoiceSettlement =
  | {
      readonly kind: 'applied';
      readonly appliedCents: number;
      readonly openCents: number;
      readonly status: InvoiceStatus;
      /** Paid beyond the open balance: kept on the payment for a person to refund or apply. */
      readonly overpaidCents: number;
    }
  | { readonly kind: 'review'; readonly reason: string };

const SETTLED: readonly InvoiceStatus[] = ['paid', 'credited', 'written_off'];

/**
 * What a received payment does to one invoice. A payment in another currency, or for an invoice
 * that is already settled, changes nothing and goes to a person: money is never applied on a
 * guess. A partial payment lowers the open balance; the invoice is paid when nothing is left.
 */
export function settleInvoicePayment({
  invoice,
  payment,
}: {
  invoice: { readonly openCents: number; readonly currency: string; readonly status: InvoiceStatus };
  payment: { readonly amountCents: number; readonly currency: string };
}): InvoiceSettlement {
  if (!Number.isSafeInteger(payment.amountCents) || payment.amountCents <= 0) {
    return { kind: 'review', reason: `payment amount ${payment.amountCents} cents is not positive` };
  }
  if (payment.currency !== invoice.currency) {
    return {
      kind: 'review',
      reason: `payment is in ${payment.currency}, the invoice in ${invoice.currency}`,
    };
  }
  if (SETTLED.includes(invoice.status) || invoice.openCents <= 0) {
    return { kind: 'review', reason: `the invoice is already ${invoice.status} (nothing open)` };
  }
  const appliedCents = Math.min(payment.amountCents, invoice.openCents);
  const openCents = invoice.openCents - appliedCents;
  return {
    kind: 'applied',
    appliedCents,
    openCents,
    status: openCents === 0 ? 'paid' : invoice.status,
    overpaidCents: payment.amountCents - appliedCents,
  };
}
