import type { PrismaClient } from '../generated/client.ts';
import { PROVIDER_PAYMENTS_TO_REVIEW } from '../payments/provider-payments-to-review.ts';

/**
 * What waits for finance outside the inbox, as counts for the inbox's pointer: mail that matched no
 * debtor, payments to review (provider and bank, a bank transfer once), and disputes sales
 * escalated: what the triage page lists.
 */
export async function countWaitingElsewhere({
  prisma,
}: {
  prisma: PrismaClient;
}): Promise<{ readonly triage: number; readonly escalated: number }> {
  const [mail, provider, bank, escalated] = await Promise.all([
    prisma.message.count({ where: { status: 'unmatched', direction: 'inbound' } }),
    // The triage page's list reads the same condition: a bank transfer counted once, as its entry.
    prisma
      .$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM provider_payment p WHERE ${PROVIDER_PAYMENTS_TO_REVIEW}`,
      )
      .then((rows) => rows[0]?.n ?? 0),
    prisma.bankEntry.count({ where: { outcome: 'needs_review' } }),
    prisma.dispute.count({ where: { status: 'escalated' } }),
  ]);
  return { triage: mail + provider + bank, escalated };
}
