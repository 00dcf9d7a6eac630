import type { MailSender } from '../../channels/email/create-smtp-sender.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import { claimDueEmails } from '../../prisma/outbox/claim-due-emails.ts';
import { countEmailsToDebtor } from '../../prisma/outbox/count-emails-to-debtor.ts';
import { settleEmailAttempt } from '../../prisma/outbox/settle-email-attempt.ts';
import type { EmailDeps } from '../server/email-deps.ts';
import { parseQueuedEmailPayload } from './parse-queued-email-payload.ts';

const DAY_MS = 24 * 60 * 60_000;

export interface SendReport {
  sent: number;
  deferred: number;
  retrying: number;
  failed: number;
}

/**
 * Sends what the outbox holds and is due. At most `maxPerDebtorPerDay` automated mails reach a
 * debtor in any 24 hours; more wait (deferred, not dropped). A temporary SMTP failure is retried
 * with the outbox queue's backoff; a permanent refusal (5xx) or its last attempt marks the mail
 * failed for a person (a dead letter, prisma/outbox/outbox-queues.ts).
 */
export async function sendQueuedEmails({
  deps,
  sender,
  only,
}: {
  deps: Pick<EmailDeps, 'prisma' | 'email' | 'log' | 'now'>;
  sender: Pick<MailSender, 'send'>;
  /** Only these outbox rows, now: a sign-in link is sent as it is asked for (later attempts are the worker's). */
  only?: readonly string[] | undefined;
}): Promise<SendReport> {
  const report: SendReport = { sent: 0, deferred: 0, retrying: 0, failed: 0 };
  const now = () => deps.now?.() ?? new Date();
  for (;;) {
    const batch = await claimDueEmails({ prisma: deps.prisma, now: now(), only });
    if (batch.length === 0) return report;
    for (const row of batch) {
      const read = parseQueuedEmailPayload(row.payload);
      if (!read.ok) {
        // Never sent half-guessed: a dead letter with the reason, for a person (collections queues).
        await settleEmailAttempt({
          prisma: deps.prisma,
          email: row,
          outcome: { kind: 'failed', error: read.error, permanent: true, at: now() },
        });
        report.failed += 1;
        deps.log(`email: outbox row ${row.id} not sent: ${read.error}`);
        continue;
      }
      const { payload } = read;
      if (payload.notAfter && now() > new Date(payload.notAfter)) {
        await settleEmailAttempt({
          prisma: deps.prisma,
          email: row,
          outcome: {
            kind: 'failed',
            error: `not sent before it expired at ${payload.notAfter}; a new one must be asked for`,
            permanent: true,
            at: now(),
          },
        });
        report.failed += 1;
        deps.log(`email: outbox row ${row.id} (${row.template}) given up: expired before it could be sent`);
        continue;
      }
      // A mail to staff (no debtor) is not a debtor's automated mail: no per-debtor limit.
      const recent = row.debtorId
        ? await countEmailsToDebtor({
            prisma: deps.prisma,
            debtorId: row.debtorId,
            since: new Date(now().getTime() - DAY_MS),
          })
        : { count: 0, oldestSentAt: null };
      if (recent.count >= deps.email.maxPerDebtorPerDay) {
        const until = new Date((recent.oldestSentAt ?? now()).getTime() + DAY_MS);
        await settleEmailAttempt({
          prisma: deps.prisma,
          email: row,
          outcome: { kind: 'deferred', until, why: `rate limit: ${recent.count} mails in 24 h` },
        });
        report.deferred += 1;
        continue;
      }
      try {
        await sender.send(payload.mail);
      } catch (error) {
        const appError =
          error instanceof AppError ? error : new AppError('CHANNEL_UNAVAILABLE', String(error));
        const permanent = (appError.details as { permanent?: boolean } | undefined)?.permanent === true;
        const settled = await settleEmailAttempt({
          prisma: deps.prisma,
          email: row,
          outcome: { kind: 'failed', error: appError.message, permanent, at: now() },
        });
        if (settled === 'dead') report.failed += 1;
        if (settled === 'retry') report.retrying += 1;
        deps.log(
          `email: sending ${payload.mail.messageId} to ${payload.mail.to} failed: ${appError.message}`,
        );
        continue;
      }
      const settled = await settleEmailAttempt({
        prisma: deps.prisma,
        email: row,
        outcome: { kind: 'sent', at: now() },
        dunning: payload.dunning,
      });
      if (settled === 'sent') report.sent += 1;
    }
  }
}
