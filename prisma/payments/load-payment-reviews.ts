import { z } from 'zod';
import type { BankEntryReview, PaymentReview } from '../../domain/payments/payment-review.ts';
import type { PrismaClient } from '../generated/client.ts';
import { toIsoDate } from '../sql/to-iso-date.ts';
import { loadPaymentsForReview } from './load-payments-for-review.ts';

/** bank_entry.candidates as the matcher stored them (domain/bank/match-bank-payment.ts's Candidate). */
const ZCandidates = z.array(
  z.object({ number: z.string(), debtorName: z.string(), openCents: z.number().int(), why: z.string() }),
);

/**
 * Everything about money that waits for finance, newest first, at most `limit` of each: payments
 * a provider reported that were not applied as they came (what Slack's finance channel is told
 * of) and bank statement entries that matched no invoice or did not fit one. A bank transfer is
 * listed once, as its statement entry (PROVIDER_PAYMENTS_TO_REVIEW, which the inbox's count reads
 * too). Three queries, however many rows.
 */
export async function loadPaymentReviews({
  prisma,
  limit = 100,
}: {
  prisma: PrismaClient;
  limit?: number;
}): Promise<{ readonly provider: readonly PaymentReview[]; readonly bank: readonly BankEntryReview[] }> {
  const provider = await loadPaymentsForReview({ prisma, which: { waiting: true, limit } });
  const entries = await prisma.bankEntry.findMany({
    where: { outcome: 'needs_review' },
    orderBy: [{ bookingDate: 'desc' }, { id: 'asc' }],
    take: limit,
  });
  // The transfers that booked nothing: the ones a person places (decideBankTransferReview).
  const idOf = (entry: (typeof entries)[number]) => `${entry.account}:${entry.statementId}:${entry.entryRef}`;
  const placeable = new Set(
    (
      await prisma.providerPayment.findMany({
        where: { id: { in: entries.map(idOf) }, provider: 'bank', outcome: 'needs_review', paymentId: null },
        select: { id: true },
      })
    ).map((row) => row.id),
  );
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
      transferId: placeable.has(idOf(entry)) ? idOf(entry) : null,
      likelyRepeat: entry.duplicateOf !== null,
      candidates: ZCandidates.safeParse(entry.candidates).data ?? [],
    })),
  };
}
