import { type ClaimDueOptions, claimAndLoad } from './claim-and-load.ts';
import type { Claim } from './outbox-queue.ts';
import { EMAIL_OUTBOX } from './outbox-queues.ts';

export interface ClaimedEmail {
  readonly id: string;
  readonly messageId: string;
  /** null: a mail to staff (a console sign-in link). */
  readonly debtorId: string | null;
  readonly template: string;
  readonly payload: unknown;
  /** This attempt's number (counted at claim). */
  readonly attempts: number;
  readonly claim: Claim;
}

/**
 * Claims queued mail that is due through the outbox queue (prisma/outbox), so two senders (serve
 * and a dunning run) never send the same row at once. A claim expires after the queue's lease:
 * a sender that crashed mid-send leaves the row to be sent again, with the same Message-ID.
 */
export async function claimDueEmails({
  only,
  ...options
}: ClaimDueOptions & {
  /** Only these outbox rows (a mail sent as soon as it is queued: a sign-in link). */
  only?: readonly string[] | undefined;
}): Promise<ClaimedEmail[]> {
  const claimed = await claimAndLoad({
    ...options,
    ...(only ? { only: { column: 'id', values: only } } : {}),
    queue: EMAIL_OUTBOX,
    load: (ids) =>
      options.prisma.emailOutbox.findMany({
        where: { id: { in: ids } },
        orderBy: [{ nextAttemptAt: 'asc' }, { id: 'asc' }],
      }),
    keyOf: (row) => row.id,
  });
  return claimed.map(({ row, claim }) => ({
    id: row.id,
    messageId: row.messageId,
    debtorId: row.debtorId,
    template: row.template,
    payload: row.payload,
    attempts: claim.attempts,
    claim,
  }));
}
