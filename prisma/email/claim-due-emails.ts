import type { PrismaClient } from '../generated/client.ts';
import { claimDueRows } from '../outbox/claim-due-rows.ts';
import type { Claim } from '../outbox/outbox-queue.ts';
import { EMAIL_OUTBOX } from '../outbox/outbox-queues.ts';

export interface ClaimedEmail {
  readonly id: string;
  readonly messageId: string;
  readonly debtorId: string;
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
  prisma,
  now = new Date(),
  limit = 20,
}: {
  prisma: PrismaClient;
  now?: Date;
  limit?: number;
}): Promise<ClaimedEmail[]> {
  const claims = await claimDueRows({ db: prisma, queue: EMAIL_OUTBOX, now, limit });
  if (claims.length === 0) return [];
  const rows = await prisma.emailOutbox.findMany({
    where: { id: { in: claims.map((claim) => claim.key) } },
    orderBy: [{ nextAttemptAt: 'asc' }, { id: 'asc' }],
  });
  const byKey = new Map(claims.map((claim) => [claim.key, claim]));
  return rows.map((row) => {
    const claim = byKey.get(row.id)!;
    return {
      id: row.id,
      messageId: row.messageId,
      debtorId: row.debtorId,
      template: row.template,
      payload: row.payload,
      attempts: claim.attempts,
      claim,
    };
  });
}
