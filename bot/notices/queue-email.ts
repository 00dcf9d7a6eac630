import { enqueueEmails } from '../../prisma/outbox/enqueue-emails.ts';
import type { EmailDeps } from '../server/email-deps.ts';
import { buildQueuedEmail, type EmailRequest } from './build-queued-email.ts';

export type { QueuedEmailPayload } from './build-queued-email.ts';

/**
 * Commits an automated mail, worded already, to the outbox. The Message-ID and the signed reply
 * address are fixed here, before the first send attempt, so every retry sends the same mail.
 */
export async function queueEmail({
  deps,
  actor,
  ...request
}: EmailRequest & { deps: EmailDeps; actor: string }): Promise<{ created: boolean; messageId: string }> {
  const [queued] = await enqueueEmails({
    prisma: deps.prisma,
    mails: [{ mail: buildQueuedEmail({ deps, request }), actor }],
    now: deps.now?.() ?? new Date(),
  });
  return { created: queued!.created, messageId: queued!.messageId };
}
