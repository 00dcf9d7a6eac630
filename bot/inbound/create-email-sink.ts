import type { MailSender } from '../../channels/email/create-smtp-sender.ts';
import type { EmailIngestSink, FetchedMail } from '../../channels/email/imap-ingester.ts';
import { loadEmailCheckpoint } from '../../prisma/messages/load-email-checkpoint.ts';
import { saveEmailCheckpoint } from '../../prisma/messages/save-email-checkpoint.ts';
import { claimDueEmailRetries } from '../../prisma/outbox/claim-due-email-retries.ts';
import { resolveEmailRetry } from '../../prisma/outbox/resolve-email-retry.ts';
import { deliverActionNotices } from '../notices/deliver-action-notices.ts';
import { sendQueuedEmails } from '../notices/send-queued-emails.ts';
import type { EmailDeps } from '../server/email-deps.ts';
import type { PreparePool } from './create-prepare-pool.ts';
import { type PreparedEmail, type PrepareEmail, prepareInboundEmail } from './prepare-inbound-email.ts';
import { receiveEmails } from './receive-emails.ts';

/**
 * Connects the IMAP ingester to the database and the pipeline: every chunk (a single mail, a
 * retry: a chunk of one) is stored and then followed up (receiveEmails). After every sync, failed mail
 * that is due is retried from its stored source, and the answers owed (action notices) are
 * queued and sent right away so a debtor's reply is answered within seconds.
 */
export function createEmailSink({
  deps,
  sender,
  pool = null,
}: {
  deps: EmailDeps;
  sender: MailSender | null;
  /** Worker threads that parse and understand; without, that runs on this thread. */
  pool?: PreparePool | null;
}): EmailIngestSink {
  // Chunks told about by prefetch, already being prepared (by the pool) while the previous
  // chunk is stored. Keyed by the very objects ingestBatch gets next.
  const early = new WeakMap<FetchedMail, Promise<PreparedEmail>>();
  const understand = deps.understand === undefined;
  const prepare: PrepareEmail = (input) => {
    const started = early.get(input.mail);
    if (started) return started;
    return pool
      ? pool.prepare(input)
      : prepareInboundEmail({ raw: input.mail.raw, now: input.now, understand: input.understand });
  };
  return {
    prefetch(mails) {
      if (!pool) return;
      const now = deps.now?.() ?? new Date();
      for (const mail of mails) {
        const started = pool.prepare({ mail, now, understand });
        // Settled by ingestBatch; a chunk never ingested (the sync failed) must not crash the process.
        started.catch(() => undefined);
        early.set(mail, started);
      }
    },
    loadCheckpoint: (mailbox) => loadEmailCheckpoint({ prisma: deps.prisma, mailbox }),
    saveCheckpoint: (mailbox, checkpoint) =>
      saveEmailCheckpoint({ prisma: deps.prisma, mailbox, ...checkpoint }),
    ingest: async (mail) => (await receiveEmails({ deps, mails: [mail], prepare }))[0]!.status,
    ingestBatch: async (mails) =>
      (await receiveEmails({ deps, mails, prepare })).map((received) => received.status),
    async afterSync() {
      for (const retry of await claimDueEmailRetries({
        prisma: deps.prisma,
        now: deps.now?.() ?? new Date(),
      })) {
        // Through the pool like any mail: a retry must not pay a worst case on the main thread.
        const [result] = await receiveEmails({ deps, mails: [retry], prepare });
        if (result && result.status !== 'failed' && result.messageId) {
          await resolveEmailRetry({
            prisma: deps.prisma,
            failedMessageId: retry.messageId,
            storedMessageId: result.messageId,
          });
          deps.log(`email: retried ${retry.mailbox} uid ${retry.uid}: ${result.status}`);
        }
      }
      // The answers the follow-ups owe (action notices) go to the outbox and out at once.
      await deliverActionNotices({
        db: { prisma: deps.prisma },
        email: deps,
        log: deps.log,
        now: () => deps.now?.() ?? new Date(),
      });
      if (sender) await sendQueuedEmails({ deps, sender });
    },
  };
}
