import type { ProviderPayment } from '../../domain/payments/payment-provider.ts';

/** The columns of a provider_payment row that say what the provider reported. */
export function describeProviderPayment(provider: string, payment: ProviderPayment) {
  return {
    provider,
    amountCents: payment.amountCents,
    currency: payment.currency,
    status: payment.status,
    checkoutUrl: payment.checkoutUrl,
  };
}
