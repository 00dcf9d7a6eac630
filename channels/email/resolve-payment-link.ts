import { createPaymentLink } from '../web/create-payment-link.ts';
import type { EmailConfig } from './read-email-config.ts';

/**
 * The payment link a mail to the debtor carries. Our own payment page (a signed link per
 * invoice) when it is set up and the mail is about one invoice; otherwise the
 * EMAIL_PAYMENT_LINK_URL template with the invoice numbers; null when neither fits.
 */
export function resolvePaymentLink({
  email,
  invoices,
  now = new Date(),
}: {
  email: Pick<EmailConfig, 'paymentLinkUrl' | 'paymentPage'>;
  invoices: readonly { readonly id: string; readonly number: string }[];
  now?: Date;
}): string | null {
  const [only] = invoices;
  if (email.paymentPage && only && invoices.length === 1) {
    return createPaymentLink({
      publicBaseUrl: email.paymentPage.publicBaseUrl,
      secret: email.paymentPage.linkSecret,
      ttlDays: email.paymentPage.linkTtlDays,
      invoiceId: only.id,
      now,
    }).url;
  }
  if (!email.paymentLinkUrl || invoices.length === 0) return null;
  const numbers = invoices.map((invoice) => invoice.number).join(',');
  return email.paymentLinkUrl.replace('{invoice}', encodeURIComponent(numbers));
}
