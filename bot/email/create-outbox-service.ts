import type { MailSender } from '../../channels/email/create-smtp-sender.ts';
import { describeError } from '../../domain/errors/describe-error.ts';
import { deliverActionNotices } from '../actions/deliver-action-notices.ts';
import type { Service } from '../server/service.ts';
import type { EmailDeps } from './email-deps.ts';
import { sendQueuedEmails } from './send-queued-emails.ts';

/**
 * Sends queued mail every few seconds, so retries and deferred mail go out without new inbound
 * mail. First it hands due notices of carried-out proposals to the outbox (a plan confirmation
 * whose first attempt waited), so they do not depend on Slack's worker running too.
 */
export function createOutboxService({
  deps,
  sender,
  intervalMs = 5_000,
}: {
  deps: EmailDeps;
  sender: MailSender;
  intervalMs?: number;
}): Service {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    const now = () => deps.now?.() ?? new Date();
    running = deliverActionNotices({ db: { prisma: deps.prisma }, email: deps, log: deps.log, now })
      .then(() => sendQueuedEmails({ deps, sender }))
      .catch((error: unknown) => deps.log(`email outbox: ${describeError(error)}`))
      .finally(() => {
        running = null;
      });
  };
  return {
    name: 'email outbox',
    async start() {
      timer = setInterval(tick, intervalMs);
      tick();
    },
    async stop() {
      if (timer) clearInterval(timer);
      await running;
      sender.close();
    },
  };
}
