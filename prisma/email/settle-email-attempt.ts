import type { Prisma, PrismaClient } from '../generated/client.ts';

export type EmailAttemptOutcome =
  | { readonly kind: 'sent'; readonly at: Date }
  | { readonly kind: 'retry'; readonly error: string; readonly nextAttemptAt: Date }
  | { readonly kind: 'failed'; readonly error: string }
  /** Held back (per-debtor rate limit): not an attempt, so the attempt count is given back. */
  | { readonly kind: 'deferred'; readonly until: Date; readonly why: string };

export interface DunningStepSent {
  readonly invoiceIds: readonly string[];
  readonly stepIndex: number;
  readonly stepCode: string;
  readonly costsCents: number | null;
  readonly statesCosts: boolean;
}

/**
 * Records what happened to a claimed outbox row. A sent reminder moves its invoices' dunning
 * state in the same transaction: the ladder only advances for mail that actually left.
 */
export async function settleEmailAttempt({
  prisma,
  outboxId,
  outcome,
  dunning = null,
}: {
  prisma: PrismaClient;
  outboxId: string;
  outcome: EmailAttemptOutcome;
  dunning?: DunningStepSent | null;
}): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const row = await tx.emailOutbox.findUniqueOrThrow({ where: { id: outboxId } });
    const audit: Prisma.AuditEventCreateManyInput[] = [];
    switch (outcome.kind) {
      case 'sent':
        await tx.emailOutbox.update({
          where: { id: outboxId },
          data: { status: 'sent', sentAt: outcome.at, lockedUntil: null, lastError: null },
        });
        await tx.message.update({
          where: { id: row.messageId },
          data: { status: 'sent', sentAt: outcome.at, attempts: row.attempts },
        });
        audit.push({
          actor: 'email',
          type: 'email.sent',
          entityType: 'message',
          entityId: row.messageId,
          data: { template: row.template },
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
            data: { stepCode: dunning!.stepCode, messageId: row.messageId },
          });
        }
        break;
      case 'retry':
        await tx.emailOutbox.update({
          where: { id: outboxId },
          data: {
            nextAttemptAt: outcome.nextAttemptAt,
            lockedUntil: null,
            lastError: outcome.error.slice(0, 2000),
          },
        });
        await tx.message.update({
          where: { id: row.messageId },
          data: { attempts: row.attempts, failureReason: outcome.error.slice(0, 2000) },
        });
        break;
      case 'failed':
        await tx.emailOutbox.update({
          where: { id: outboxId },
          data: { status: 'failed', lockedUntil: null, lastError: outcome.error.slice(0, 2000) },
        });
        await tx.message.update({
          where: { id: row.messageId },
          data: { status: 'failed', attempts: row.attempts, failureReason: outcome.error.slice(0, 2000) },
        });
        audit.push({
          actor: 'email',
          type: 'email.failed',
          entityType: 'message',
          entityId: row.messageId,
          data: { error: outcome.error.slice(0, 500) },
        });
        break;
      case 'deferred':
        await tx.emailOutbox.update({
          where: { id: outboxId },
          data: {
            nextAttemptAt: outcome.until,
            lockedUntil: null,
            attempts: { decrement: 1 },
            lastError: outcome.why,
          },
        });
        break;
    }
    if (audit.length > 0) await tx.auditEvent.createMany({ data: audit });
  });
}
