import type { BankEntryReview, PaymentReview } from '../../domain/payments/payment-review.ts';
import type { PrismaClient } from '../generated/client.ts';
import { toIsoDate } from '../sql/to-iso-date.ts';
import { loadPaymentForReview } from './load-payment-for-review.ts';

/**
 * Everything about money that waits for finance, newest first, at most `limit` of each: payments
 * a provider reported that were not applied as they came (what Slack's finance channel is told
 * of) and bank statement entries that matched no invoice or did not fit one.
 */
export async function loadPaymentReviews({
  prisma,
  limit = 100,
}: {
  prisma: PrismaClient;
  limit?: number;
}): Promise<{ readonly provider: readonly PaymentReview[]; readonly bank: readonly BankEntryReview[] }> {
  const ids = await prisma.providerPayment.findMany({
    where: { outcome: 'needs_review' },
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
    take: limit,
    select: { id: true },
  });
  const provider: PaymentReview[] = [];
  for (const { id } of ids) {
    const review = await loadPaymentForReview({ prisma, providerPaymentId: id });
    if (review) provider.push(review);
  }
  const entries = await prisma.bankEntry.findMany({
    where: { outcome: 'needs_review' },
    orderBy: [{ bookingDate: 'desc' }, { id: 'asc' }],
    take: limit,
  });
  return {
    provider,
    bank: entries.map((entry) => ({
      id: entry.id,
      bookingDate: toIsoDate(entry.bookingDate),
      amountCents: entry.amountCents,
      currency: entry.currency,
      counterpartyName: entry.counterpartyName,
      remittance: entry.remittance,
      reason: entry.reviewReason ?? 'no reason was stored',
      sourceFile: entry.sourceFile,
    })),
  };
}
