import type { MailSender } from '../../channels/email/create-smtp-sender.ts';
import { describeError } from '../../domain/errors/describe-error.ts';
import type { Service } from '../server/service.ts';
import type { EmailDeps } from './email-deps.ts';
import { sendQueuedEmails } from './send-queued-emails.ts';

/** Sends queued mail every few seconds, so retries and deferred mail go out without new inbound mail. */
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
    running = sendQueuedEmails({ deps, sender })
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
