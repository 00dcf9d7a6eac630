import type { PrismaClient } from '../generated/client.ts';

export interface RejectedChatPlan {
  readonly proposalId: string;
  readonly debtorId: string;
  readonly invoiceId: string | null;
  readonly language: string;
}

/**
 * Plan requests a debtor made in the chat that finance rejected and the debtor has not been told
 * about yet (no notice keyed "plan-rejected:<proposal id>"). An approval tells the debtor through
 * the Slack executor's confirmation; a rejection has no notice of its own there, so the chat
 * tells it.
 */
export async function findRejectedChatPlans({
  prisma,
  limit = 50,
}: {
  prisma: PrismaClient;
  limit?: number;
}): Promise<RejectedChatPlan[]> {
  return prisma.$queryRaw<RejectedChatPlan[]>`
    SELECT p.id::text AS "proposalId", p.debtor_id::text AS "debtorId", p.invoice_id::text AS "invoiceId",
      d.language AS language
    FROM proposal p
    JOIN message m ON m.id = p.message_id AND m.channel = 'chat'
    JOIN debtor d ON d.id = p.debtor_id
    WHERE p.status = 'rejected' AND p.action = 'request_plan_approval'
      AND NOT EXISTS (
        SELECT 1 FROM message n WHERE n.channel = 'chat' AND n.external_id = 'outbound:plan-rejected:' || p.id::text)
    ORDER BY p.decided_at
    LIMIT ${limit}`;
}
