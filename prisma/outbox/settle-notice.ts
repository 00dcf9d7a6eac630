import type { PrismaClient } from '../generated/client.ts';
import type { DueNotice } from './claim-due-notices.ts';
import { completeClaim } from './complete-claim.ts';
import { failClaim } from './fail-claim.ts';
import { ACTION_NOTICE } from './outbox-queues.ts';

export type NoticeResult =
  /** messageId null: the letter went by post (prisma/letters), there is no message row. */
  | { readonly kind: 'queued'; readonly messageId: string | null }
  /** Nobody to send it to (no deliverable contact): a person must act, retrying cannot help. */
  | { readonly kind: 'skipped'; readonly reason: string }
  | { readonly kind: 'failed'; readonly error: string };

/** What settling did: retry and dead by the queue's rules, lost when the claim ran out. */
export type NoticeSettled = 'queued' | 'skipped' | 'retry' | 'dead' | 'lost';

/**
 * Records what handing a claimed notice to its channel did, through the outbox queue
 * (prisma/outbox). A skipped notice, and one the queue gave up on, is a dead letter (status
 * skipped) and audited for a person.
 */
export async function settleNotice({
  prisma,
  notice,
  result,
  now = new Date(),
}: {
  prisma: PrismaClient;
  notice: Pick<DueNotice, 'id' | 'claim' | 'proposalId' | 'debtorId' | 'template' | 'idempotencyKey'>;
  result: NoticeResult;
  now?: Date;
}): Promise<NoticeSettled> {
  return prisma.$transaction(async (tx) => {
    const { claim } = notice;
    if (result.kind === 'queued') {
      if (!(await completeClaim({ db: tx, queue: ACTION_NOTICE, claim, now }))) return 'lost';
      await tx.actionNotice.update({ where: { id: notice.id }, data: { messageId: result.messageId } });
      return 'queued';
    }
    const skipped = result.kind === 'skipped';
    const failed = await failClaim({
      db: tx,
      queue: ACTION_NOTICE,
      claim,
      error: skipped ? result.reason : result.error,
      now,
      permanent: skipped,
    });
    if (failed.kind !== 'dead') return failed.kind;
    await tx.auditEvent.create({
      data: {
        actor: 'system',
        type: skipped ? 'debtor.notice_skipped' : 'debtor.notice_given_up',
        // A ladder letter the run owed by itself has no proposal: the debtor's timeline holds it.
        ...(notice.proposalId
          ? { entityType: 'proposal', entityId: notice.proposalId }
          : { entityType: 'debtor', entityId: notice.debtorId }),
        data: {
          template: notice.template,
          key: notice.idempotencyKey,
          reason: skipped ? result.reason : result.error.slice(0, 500),
          attempts: claim.attempts,
        },
      },
    });
    return skipped ? 'skipped' : 'dead';
  });
}
