import type { NoticeSpec } from '../../domain/notices/action-notice.ts';
import type { PrismaClient } from '../generated/client.ts';
import { writeActionNotices } from './write-action-notices.ts';

/**
 * Tells the debtor that a proposal the policy decided is in hand, without carrying it out (a
 * dispute waits for sales, whom the Slack dispatch hands it to): its notices are written while the
 * proposal is still open and needs no person's approval; its status is not touched. A replay
 * writes nothing again (the notices are keyed).
 */
export async function acknowledgeProposal({
  prisma,
  proposalId,
  notices,
  toldInChat = false,
  now = new Date(),
}: {
  prisma: PrismaClient;
  proposalId: string;
  notices: readonly NoticeSpec[];
  /** Decided in an open chat dialog, which tells the debtor itself (see writeActionNotices). */
  toldInChat?: boolean;
  now?: Date;
}): Promise<{ readonly acknowledged: true } | { readonly acknowledged: false; readonly status: string }> {
  return prisma.$transaction(async (tx) => {
    const proposal = await tx.proposal.findUnique({
      where: { id: proposalId },
      select: { debtorId: true, status: true, requiresApproval: true },
    });
    if (proposal?.status !== 'proposed' || proposal.requiresApproval) {
      return { acknowledged: false, status: proposal?.status ?? 'missing' };
    }
    await writeActionNotices(tx, { proposalId, debtorId: proposal.debtorId, notices, toldInChat, now });
    return { acknowledged: true };
  });
}
