import { AppError } from '../../domain/errors/app-error.ts';
import type { Database } from '../../prisma/open-database.ts';
import { claimDueNotices } from '../../prisma/outbox/claim-due-notices.ts';
import { settleNotice } from '../../prisma/outbox/settle-notice.ts';
import type { EmailDeps } from '../server/email-deps.ts';
import { notifyDebtor } from './notify-debtor.ts';

export interface NoticeReport {
  queued: number;
  skipped: number;
  retrying: number;
  /** Letters whose plan was blocked when they were to be worded: nothing went out (dead letters, with the reason). */
  notSent: { key: string; reason: string }[];
}

/**
 * Hands the notices that executed proposals owe to the debtor's channel (e-mail outbox or chat).
 * A failure (e-mail not configured, the database busy) is retried with the outbox queue's backoff
 * (prisma/outbox) until its last attempt; a debtor without any deliverable address is skipped at
 * once. Both are dead letters, kept and audited for a person. Queueing is keyed by the notice,
 * so a crash after queueing and before settling queues nothing twice.
 */
export async function deliverActionNotices({
  db,
  email,
  log,
  now = () => new Date(),
}: {
  db: Pick<Database, 'prisma'>;
  email: EmailDeps | null;
  log: (line: string) => void;
  now?: () => Date;
}): Promise<NoticeReport> {
  const report: NoticeReport = { queued: 0, skipped: 0, retrying: 0, notSent: [] };
  const due = await claimDueNotices({ prisma: db.prisma, now: now() });
  for (const notice of due) {
    try {
      const result = await notifyDebtor({
        db,
        debtorId: notice.debtorId,
        channel: notice.channel,
        template: notice.template,
        params: notice.params,
        idempotencyKey: notice.idempotencyKey,
        proposalId: notice.proposalId,
        email,
      });
      // Not sent (no address; a letter whose plan is blocked today): a dead letter with the
      // reason, for finance (`collections queues`, the console's health page); the debtor is told nothing.
      if (result.outcome === 'no_recipient' || result.outcome === 'not_sent') {
        const unsent =
          result.outcome === 'not_sent'
            ? `not sent: ${result.reason}`
            : 'the debtor has no deliverable e-mail address';
        const settled = await settleNotice({
          prisma: db.prisma,
          notice,
          result: { kind: 'skipped', reason: unsent },
          now: now(),
        });
        if (result.outcome === 'not_sent') {
          log(`notices: ${notice.template} ${notice.idempotencyKey} ${unsent}`);
          report.notSent.push({ key: notice.idempotencyKey, reason: result.reason });
        }
        if (settled === 'skipped') report.skipped += 1;
      } else {
        const settled = await settleNotice({
          prisma: db.prisma,
          notice,
          result: { kind: 'queued', messageId: result.messageId },
          now: now(),
        });
        if (settled === 'queued') report.queued += 1;
      }
    } catch (error) {
      const message = error instanceof AppError ? error.message : String(error);
      const settled = await settleNotice({
        prisma: db.prisma,
        notice,
        result: { kind: 'failed', error: message },
        now: now(),
      });
      log(
        `notices: ${notice.template} ${notice.proposalId ? `for proposal ${notice.proposalId}` : notice.idempotencyKey} ${settled === 'dead' ? 'given up after' : 'waits, attempt'} ${notice.attempts}: ${message}`,
      );
      if (settled === 'retry') report.retrying += 1;
      if (settled === 'dead') report.skipped += 1;
    }
  }
  return report;
}
