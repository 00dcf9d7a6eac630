import type { PaymentReview } from '../../domain/payments/payment-review.ts';
import type { PrismaClient } from '../generated/client.ts';

/** A provider payment that waits for a person, with the invoice and debtor it names. */
export async function loadPaymentForReview({
  prisma,
  providerPaymentId,
}: {
  prisma: PrismaClient;
  providerPaymentId: string;
}): Promise<PaymentReview | null> {
  const payment = await prisma.providerPayment.findUnique({ where: { id: providerPaymentId } });
  if (payment?.outcome !== 'needs_review') return null;
  const invoice = payment.invoiceId
    ? await prisma.invoice.findUnique({
        where: { id: payment.invoiceId },
        select: {
          number: true,
          openCents: true,
          status: true,
          debtor: { select: { name: true, reference: true } },
        },
      })
    : null;
  const booked = payment.paymentId
    ? await prisma.payment.findUnique({ where: { id: payment.paymentId }, select: { invoiceId: true } })
    : null;
  return {
    id: payment.id,
    provider: payment.provider,
    amountCents: payment.amountCents,
    currency: payment.currency,
    reason: payment.reviewReason ?? 'no reason was stored',
    invoice: invoice
      ? {
          number: invoice.number,
          openCents: invoice.openCents,
          status: invoice.status,
          debtorName: invoice.debtor.name,
          debtorReference: invoice.debtor.reference,
        }
      : null,
    booked: !booked ? 'nothing' : booked.invoiceId ? 'applied' : 'unapplied',
  };
}
