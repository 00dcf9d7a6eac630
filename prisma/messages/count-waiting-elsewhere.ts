import type { PrismaClient } from '../generated/client.ts';

/**
 * What waits for finance outside the inbox, as counts for the inbox's pointer: mail that matched no
 * debtor, payments to review (provider and bank), and disputes sales escalated.
 */
export async function countWaitingElsewhere({
  prisma,
}: {
  prisma: PrismaClient;
}): Promise<{ readonly triage: number; readonly escalated: number }> {
  const [mail, provider, bank, escalated] = await Promise.all([
    prisma.message.count({ where: { status: 'unmatched', direction: 'inbound' } }),
    prisma.providerPayment.count({ where: { outcome: 'needs_review' } }),
    prisma.bankEntry.count({ where: { outcome: 'needs_review' } }),
    prisma.dispute.count({ where: { status: 'escalated' } }),
  ]);
  return { triage: mail + provider + bank, escalated };
}
