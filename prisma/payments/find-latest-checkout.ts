import type { PrismaClient } from '../generated/client.ts';

export interface LatestCheckout {
  readonly id: string;
  readonly provider: string;
  readonly amountCents: number;
  readonly currency: string;
  readonly status: string;
  readonly checkoutUrl: string | null;
  readonly outcome: string | null;
  readonly createdAt: Date;
}

/** The most recent provider payment for an invoice (to reuse an open checkout, or to check a return). */
export async function findLatestCheckout({
  prisma,
  invoiceId,
}: {
  prisma: PrismaClient;
  invoiceId: string;
}): Promise<LatestCheckout | null> {
  return prisma.providerPayment.findFirst({
    where: { invoiceId },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      provider: true,
      amountCents: true,
      currency: true,
      status: true,
      checkoutUrl: true,
      outcome: true,
      createdAt: true,
    },
  });
}
