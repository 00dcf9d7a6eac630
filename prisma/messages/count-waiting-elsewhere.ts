import type { PrismaClient } from '../generated/client.ts';

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
    // A bank transfer is a provider payment of provider `bank` too: counted once, as its entry.
    prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM provider_payment p
      WHERE p.outcome = 'needs_review'
        AND NOT (p.provider = 'bank' AND EXISTS (
          SELECT 1 FROM bank_entry b
          WHERE b.outcome = 'needs_review' AND b.account || ':' || b.statement_id || ':' || b.entry_ref = p.id))`.then(
      (rows) => rows[0]?.n ?? 0,
    ),
    prisma.bankEntry.count({ where: { outcome: 'needs_review' } }),
    prisma.dispute.count({ where: { status: 'escalated' } }),
  ]);
  return { triage: mail + provider + bank, escalated };
}
