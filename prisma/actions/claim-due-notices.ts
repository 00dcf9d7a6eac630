import type { NoticeParams, NoticeTemplate } from '../../domain/actions/action-notice.ts';
import type { PrismaClient } from '../generated/client.ts';

export interface DueNotice {
  readonly id: string;
  readonly idempotencyKey: string;
  readonly proposalId: string;
  readonly debtorId: string;
  readonly channel: 'email' | 'chat';
  readonly template: NoticeTemplate;
  readonly params: NoticeParams;
  readonly attempts: number;
}

/**
 * Notices waiting to be handed to their channel. No lease: handing one over is keyed by the
 * notice's idempotency key, so two workers taking the same row queue it once.
 */
export async function claimDueNotices({
  prisma,
  now = new Date(),
  limit = 20,
  proposalId,
}: {
  prisma: PrismaClient;
  now?: Date;
  limit?: number;
  /** Only this proposal's notices (right after a click), regardless of backoff. */
  proposalId?: string;
}): Promise<DueNotice[]> {
  const rows = await prisma.actionNotice.findMany({
    where: proposalId
      ? { proposalId, status: 'pending' }
      : { status: 'pending', nextAttemptAt: { lte: now } },
    orderBy: { createdAt: 'asc' },
    take: limit,
  });
  return rows.map((row) => ({
    id: row.id,
    idempotencyKey: row.idempotencyKey,
    proposalId: row.proposalId,
    debtorId: row.debtorId,
    channel: row.channel === 'chat' ? 'chat' : 'email',
    template: row.template as NoticeTemplate,
    params: row.params as unknown as NoticeParams,
    attempts: row.attempts,
  }));
}
