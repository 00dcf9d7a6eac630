import type { MailSender } from '../../channels/email/create-smtp-sender.ts';
import type { EmailDeps } from '../server/email-deps.ts';
import type { Service } from '../server/service.ts';
import { createWorkerLoop } from './create-worker-loop.ts';
import { deliverActionNotices } from './deliver-action-notices.ts';
import { sendQueuedEmails } from './send-queued-emails.ts';

/** How often the e-mail outbox worker looks for mail to send (`collections schedule` shows it). */
export const EMAIL_OUTBOX_INTERVAL_MS = 5_000;

/**
 * Sends queued mail every few seconds, so retries and deferred mail go out without new inbound
 * mail. First it hands due notices of carried-out proposals to the outbox (a plan confirmation
 * whose first attempt waited), so they do not depend on Slack's worker running too.
 */
export function createOutboxService({
  deps,
  sender,
  intervalMs = EMAIL_OUTBOX_INTERVAL_MS,
}: {
  deps: EmailDeps;
  sender: MailSender;
  intervalMs?: number;
}): Service {
  return createWorkerLoop({
    name: 'email outbox',
    intervalMs,
    log: deps.log,
    round: async () => {
      const now = () => deps.now?.() ?? new Date();
      await deliverActionNotices({ db: { prisma: deps.prisma }, email: deps, log: deps.log, now });
      await sendQueuedEmails({ deps, sender });
    },
    onStop: () => sender.close(),
  });
}
