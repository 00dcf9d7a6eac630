import type { NoticeParams, NoticeTemplate } from '../../domain/notices/action-notice.ts';
import { parseStoredNotice } from '../../domain/notices/parse-stored-notice.ts';
import { type ClaimDueOptions, claimAndLoad } from './claim-and-load.ts';
import { failClaim } from './fail-claim.ts';
import type { Claim } from './outbox-queue.ts';
import { ACTION_NOTICE } from './outbox-queues.ts';

export interface DueNotice {
  readonly id: string;
  readonly idempotencyKey: string;
  /** null: a ladder letter the run sends by itself, owed by no proposal. */
  readonly proposalId: string | null;
  readonly debtorId: string;
  readonly channel: 'email' | 'chat';
  readonly template: NoticeTemplate;
  readonly params: NoticeParams;
  /** This attempt's number (counted at claim). */
  readonly attempts: number;
  readonly claim: Claim;
}

/**
 * Claims notices waiting to be handed to their channel, with a lease through the outbox queue
 * (prisma/outbox). Handing one over is keyed by the notice's idempotency key as well, so even a
 * worker whose lease ran out queues it once.
 */
export async function claimDueNotices({
  prisma,
  now = new Date(),
  limit,
}: ClaimDueOptions): Promise<DueNotice[]> {
  const claimed = await claimAndLoad({
    prisma,
    queue: ACTION_NOTICE,
    now,
    limit,
    load: (ids) =>
      prisma.actionNotice.findMany({
        where: { id: { in: ids } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
    keyOf: (row) => row.id,
  });
  const due: DueNotice[] = [];
  for (const { row, claim } of claimed) {
    const stored = parseStoredNotice({ template: row.template, params: row.params });
    if (!stored.ok) {
      // Never rendered half-guessed: a dead letter with the reason, audited like every notice
      // given up (settleNotice), for a person (collections queues).
      const error = `DATA_INVALID: ${stored.error}`;
      await prisma.$transaction(async (tx) => {
        const failed = await failClaim({ db: tx, queue: ACTION_NOTICE, claim, error, now, permanent: true });
        if (failed.kind !== 'dead') return;
        await tx.auditEvent.create({
          data: {
            actor: 'system',
            type: 'debtor.notice_given_up',
            ...(row.proposalId
              ? { entityType: 'proposal', entityId: row.proposalId }
              : { entityType: 'debtor', entityId: row.debtorId }),
            data: {
              template: row.template,
              key: row.idempotencyKey,
              reason: error.slice(0, 500),
              attempts: claim.attempts,
            },
          },
        });
      });
      continue;
    }
    due.push({
      id: row.id,
      idempotencyKey: row.idempotencyKey,
      proposalId: row.proposalId,
      debtorId: row.debtorId,
      channel: row.channel === 'chat' ? 'chat' : 'email',
      template: stored.template,
      params: stored.params,
      attempts: claim.attempts,
      claim,
    });
  }
  return due;
}
