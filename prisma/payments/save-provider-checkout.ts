import type { ProviderPayment } from '../../domain/payments/payment-provider.ts';
import type { PrismaClient } from '../generated/client.ts';

/** Remembers a payment we created at the provider, so its webhook can be checked against it. */
export async function saveProviderCheckout({
  prisma,
  provider,
  invoiceId,
  payment,
}: {
  prisma: PrismaClient;
  provider: string;
  invoiceId: string;
  payment: ProviderPayment;
}): Promise<void> {
  await prisma.providerPayment.upsert({
    where: { id: payment.id },
    create: {
      id: payment.id,
      provider,
      invoiceId,
      amountCents: payment.amountCents,
      currency: payment.currency,
      status: payment.status,
      checkoutUrl: payment.checkoutUrl,
    },
    update: { status: payment.status, checkoutUrl: payment.checkoutUrl },
  });
}
