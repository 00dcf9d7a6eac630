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
  const report: NoticeReport = { queued: 0, skipped: 0, retrying: 0 };
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
      if (result.outcome === 'no_recipient') {
        const settled = await settleNotice({
          prisma: db.prisma,
          notice,
          result: { kind: 'skipped', reason: 'the debtor has no deliverable e-mail address' },
          now: now(),
        });
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
        `notices: ${notice.template} for proposal ${notice.proposalId} ${settled === 'dead' ? 'given up after' : 'waits, attempt'} ${notice.attempts}: ${message}`,
      );
      if (settled === 'retry') report.retrying += 1;
      if (settled === 'dead') report.skipped += 1;
    }
  }
  return report;
}
