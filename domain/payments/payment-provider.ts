/**
 * The port to a payment provider (Mollie in production, a loopback server in tests). The page
 * asks it for a checkout; the webhook asks it what happened. A provider's word is the only
 * thing that ever marks money as received: a webhook body is never trusted beyond the id.
 */
export type ProviderPaymentStatus =
  | 'open'
  | 'pending'
  | 'authorized'
  | 'paid'
  | 'failed'
  | 'canceled'
  | 'expired';

export type ProviderMethod = 'ideal' | 'creditcard' | 'bancontact' | 'banktransfer';

export interface CreateProviderPayment {
  readonly amountCents: number;
  readonly currency: string;
  readonly description: string;
  /** Where the debtor returns after the checkout (paid or not). */
  readonly redirectUrl: string;
  /** Where the provider reports status changes; null when no public URL is known. */
  readonly webhookUrl: string | null;
  /** Offered first; the provider may still show others. */
  readonly methods: readonly ProviderMethod[];
  readonly locale: 'nl' | 'en';
  readonly metadata: { readonly invoiceId: string };
}

export interface ProviderPayment {
  readonly id: string;
  readonly status: ProviderPaymentStatus;
  readonly amountCents: number;
  readonly currency: string;
  readonly method: string | null;
  readonly paidAt: Date | null;
  /** Only while the payment can still be paid. */
  readonly checkoutUrl: string | null;
  /** What we sent at creation; null when the payment was not created by us. */
  readonly metadata: { readonly invoiceId: string | null };
}

export interface PaymentProvider {
  readonly name: string;
  createPayment(request: CreateProviderPayment): Promise<ProviderPayment>;
  /** null when the provider does not know the id. */
  getPayment(id: string): Promise<ProviderPayment | null>;
}
