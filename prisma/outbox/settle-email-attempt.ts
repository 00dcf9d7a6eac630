import type { Prisma, PrismaClient } from '../generated/client.ts';
import type { ClaimedEmail } from './claim-due-emails.ts';
import { completeClaim } from './complete-claim.ts';
import { failClaim } from './fail-claim.ts';
import { EMAIL_OUTBOX } from './outbox-queues.ts';
import { releaseClaim } from './release-claim.ts';

export type EmailAttemptOutcome =
  | { readonly kind: 'sent'; readonly at: Date }
  /** The attempt failed; a permanent refusal (5xx) or the queue's last attempt is a dead letter. */
  | { readonly kind: 'failed'; readonly error: string; readonly permanent: boolean; readonly at: Date }
  /** Held back (per-debtor rate limit): not an attempt, so the attempt count is given back. */
  | { readonly kind: 'deferred'; readonly until: Date; readonly why: string };

/** What settling did: retry and dead come from the queue's rules, lost when the claim ran out. */
export type EmailAttemptSettled = 'sent' | 'retry' | 'dead' | 'deferred' | 'lost';

export interface DunningStepSent {
  readonly invoiceIds: readonly string[];
  readonly stepIndex: number;
  readonly stepCode: string;
  readonly costsCents: number | null;
  readonly statesCosts: boolean;
}

/**
 * Records what happened to a claimed outbox row through the queue (prisma/outbox), with the
 * message row and audit in the same transaction. A sent reminder moves its invoices' dunning
 * state there too: the ladder only advances for mail that actually left. A claim that ran out
 * (another sender took the row) records nothing.
 */
export async function settleEmailAttempt({
  prisma,
  email,
  outcome,
  dunning = null,
}: {
  prisma: PrismaClient;
  email: Pick<ClaimedEmail, 'messageId' | 'template' | 'claim'>;
  outcome: EmailAttemptOutcome;
  dunning?: DunningStepSent | null;
}): Promise<EmailAttemptSettled> {
  const { claim, messageId } = email;
  return prisma.$transaction(async (tx) => {
    const audit: Prisma.AuditEventCreateManyInput[] = [];
    let settled: EmailAttemptSettled;
    switch (outcome.kind) {
      case 'sent': {
        if (!(await completeClaim({ db: tx, queue: EMAIL_OUTBOX, claim, now: outcome.at }))) return 'lost';
        settled = 'sent';
        // updateMany: a mail to staff (a sign-in link) has no message row.
        await tx.message.updateMany({
          where: { id: messageId },
          data: { status: 'sent', sentAt: outcome.at, attempts: claim.attempts },
        });
        audit.push({
          actor: 'email',
          type: 'email.sent',
          entityType: 'message',
          entityId: messageId,
          data: { template: email.template },
        });
        for (const invoiceId of dunning?.invoiceIds ?? []) {
          const letter = dunning!.statesCosts
            ? { letterSentAt: outcome.at, letterCostsCents: dunning!.costsCents }
            : {};
          await tx.dunningState.upsert({
            where: { invoiceId },
            create: {
              invoiceId,
              step: dunning!.stepIndex,
              stepCode: dunning!.stepCode,
              lastStepAt: outcome.at,
              ...letter,
            },
            update: {
              step: dunning!.stepIndex,
              stepCode: dunning!.stepCode,
              lastStepAt: outcome.at,
              ...letter,
            },
          });
          audit.push({
            actor: 'email',
            type: 'dunning.step_sent',
            entityType: 'invoice',
            entityId: invoiceId,
            data: { stepCode: dunning!.stepCode, messageId },
          });
        }
        break;
      }
      case 'failed': {
        const failed = await failClaim({
          db: tx,
          queue: EMAIL_OUTBOX,
          claim,
          error: outcome.error,
          now: outcome.at,
          permanent: outcome.permanent,
        });
        if (failed.kind === 'lost') return 'lost';
        settled = failed.kind;
        const failureReason = outcome.error.slice(0, 2000);
        await tx.message.updateMany({
          where: { id: messageId },
          data:
            failed.kind === 'dead'
              ? { status: 'failed', attempts: claim.attempts, failureReason }
              : { attempts: claim.attempts, failureReason },
        });
        if (failed.kind === 'dead') {
          audit.push({
            actor: 'email',
            type: 'email.failed',
            entityType: 'message',
            entityId: messageId,
            data: { error: outcome.error.slice(0, 500) },
          });
        }
        break;
      }
      case 'deferred':
        if (
          !(await releaseClaim({
            db: tx,
            queue: EMAIL_OUTBOX,
            claim,
            until: outcome.until,
            why: outcome.why,
          }))
        ) {
          return 'lost';
        }
        settled = 'deferred';
        break;
    }
    if (audit.length > 0) await tx.auditEvent.createMany({ data: audit });
    return settled;
  });
}
