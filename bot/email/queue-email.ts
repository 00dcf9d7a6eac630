import { randomUUID } from 'node:crypto';
import { createReplyAddress } from '../../channels/email/create-reply-address.ts';
import type { OutboundMail } from '../../channels/email/create-smtp-sender.ts';
import { type EmailContent, type EmailLanguage, renderEmail } from '../../channels/email/render-email.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import { enqueueEmail } from '../../prisma/email/enqueue-email.ts';
import type { DunningStepSent } from '../../prisma/email/settle-email-attempt.ts';
import type { EmailDeps } from './email-deps.ts';

/** What the outbox row carries: the mail exactly as it will be sent, and what to record once it is. */
export interface QueuedEmailPayload {
  readonly mail: OutboundMail;
  readonly dunning: DunningStepSent | null;
}

/**
 * Renders an automated mail and commits it to the outbox. The Message-ID and the signed reply
 * address are fixed here, before the first send attempt, so every retry sends the same mail.
 */
export async function queueEmail({
  deps,
  idempotencyKey,
  content,
  language,
  to,
  debtorId,
  invoiceId,
  replyTo = null,
  dunning = null,
  proposalId = null,
  actor,
}: {
  deps: EmailDeps;
  idempotencyKey: string;
  content: EmailContent;
  language: EmailLanguage;
  to: string;
  debtorId: string;
  invoiceId: string | null;
  /** Set when answering: the thread, the Message-ID answered and the subject to keep. */
  replyTo?: {
    threadId: string | null;
    inReplyTo: string | null;
    references: readonly string[];
    subject: string;
  } | null;
  dunning?: DunningStepSent | null;
  proposalId?: string | null;
  actor: string;
}): Promise<{ created: boolean; messageId: string }> {
  const from = deps.email.from;
  const secret = deps.email.replyTokenSecret;
  if (!from || !secret) {
    throw new AppError(
      'CONFIG_INVALID',
      'EMAIL_FROM and EMAIL_REPLY_TOKEN_SECRET must be set to send mail. See .env.example.',
    );
  }
  const id = randomUUID();
  const messageIdHeader = `<${id}@${from.address.slice(from.address.lastIndexOf('@') + 1)}>`;
  const rendered = renderEmail(content, language);
  const subject = replyTo?.subject
    ? /^(re|aw|antw):/iu.test(replyTo.subject)
      ? replyTo.subject
      : `Re: ${replyTo.subject}`
    : rendered.subject;
  const mail: OutboundMail = {
    from,
    to,
    replyTo: createReplyAddress({ from: from.address, secret, outboundMessageId: id }),
    subject,
    text: rendered.text,
    messageId: messageIdHeader,
    inReplyTo: replyTo?.inReplyTo ?? null,
    references: replyTo ? [...replyTo.references, ...(replyTo.inReplyTo ? [replyTo.inReplyTo] : [])] : [],
  };
  const payload: QueuedEmailPayload = { mail, dunning };
  const queued = await enqueueEmail({
    prisma: deps.prisma,
    actor,
    mail: {
      idempotencyKey,
      id,
      messageIdHeader,
      debtorId,
      invoiceId,
      template: content.template,
      fromAddress: from.address,
      toAddress: to,
      subject,
      text: rendered.text,
      threadId: replyTo?.threadId ?? null,
      payload: payload as unknown as Record<string, unknown>,
      proposalId,
    },
  });
  return { created: queued.created, messageId: queued.messageId };
}
