import type { MailSender } from '../../channels/email/create-smtp-sender.ts';
import type { EmailIngestSink } from '../../channels/email/imap-ingester.ts';
import { listDueEmailRetries } from '../../prisma/email/list-due-email-retries.ts';
import { loadEmailCheckpoint } from '../../prisma/email/load-email-checkpoint.ts';
import { resolveEmailRetry } from '../../prisma/email/resolve-email-retry.ts';
import { saveEmailCheckpoint } from '../../prisma/email/save-email-checkpoint.ts';
import type { EmailDeps } from './email-deps.ts';
import { ingestEmail } from './ingest-email.ts';
import { ingestEmails } from './ingest-emails.ts';
import { sendQueuedEmails } from './send-queued-emails.ts';

/**
 * Connects the IMAP ingester to the database and the pipeline. After every sync, failed mail
 * that is due is retried from its stored source, and queued answers are sent right away so a
 * debtor's reply is answered within seconds.
 */
export function createEmailSink({
  deps,
  sender,
}: {
  deps: EmailDeps;
  sender: MailSender | null;
}): EmailIngestSink {
  return {
    loadCheckpoint: (mailbox) => loadEmailCheckpoint({ prisma: deps.prisma, mailbox }),
    saveCheckpoint: (mailbox, checkpoint) =>
      saveEmailCheckpoint({ prisma: deps.prisma, mailbox, ...checkpoint }),
    ingest: async (mail) => (await ingestEmail({ deps, mail })).status,
    ingestBatch: (mails) => ingestEmails({ deps, mails }),
    async afterSync() {
      for (const retry of await listDueEmailRetries({
        prisma: deps.prisma,
        now: deps.now?.() ?? new Date(),
      })) {
        const result = await ingestEmail({ deps, mail: retry });
        if (result.status !== 'failed') {
          await resolveEmailRetry({
            prisma: deps.prisma,
            failedMessageId: retry.messageId,
            storedMessageId: result.messageId,
          });
          deps.log(`email: retried ${retry.mailbox} uid ${retry.uid}: ${result.status}`);
        }
      }
      if (sender) await sendQueuedEmails({ deps, sender });
    },
  };
}
