import { buildQueuedEmail, type EmailRequest } from '../../bot/notices/build-queued-email.ts';
import type { EmailDeps } from '../../bot/server/email-deps.ts';
import { letterSettingsFor } from '../../channels/email/letters/letter-settings.ts';
import type { EmailContent } from '../../channels/email/render-email.ts';
import { renderEmailContent } from '../../channels/email/render-email-content.ts';
import { amsterdamDate } from '../../domain/model/iso-date.ts';
import { enqueueEmails } from '../../prisma/outbox/enqueue-emails.ts';

/**
 * Words a mail from its content (as the notices' worker does) and queues it: for tests that need
 * a mail of ours in the outbox, whatever its words.
 */
export async function queueWordedEmail({
  deps,
  content,
  language,
  actor,
  ...request
}: Omit<EmailRequest, 'template' | 'rendered'> & {
  deps: EmailDeps;
  actor: string;
  content: EmailContent;
  language: string;
}): Promise<{ created: boolean; messageId: string }> {
  const rendered = await renderEmailContent({
    content,
    language,
    letters: deps.letters ?? letterSettingsFor(deps.companyName),
    today: amsterdamDate(deps.now?.() ?? new Date()),
  });
  const [queued] = await enqueueEmails({
    prisma: deps.prisma,
    mails: [
      {
        mail: buildQueuedEmail({ deps, request: { ...request, template: content.template, rendered } }),
        actor,
      },
    ],
    now: deps.now?.() ?? new Date(),
  });
  return { created: queued!.created, messageId: queued!.messageId };
}
