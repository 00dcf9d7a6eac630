import { randomUUID } from 'node:crypto';
import { createReplyAddress } from '../../channels/email/create-reply-address.ts';
import type { MailAttachment, OutboundMail } from '../../channels/email/create-smtp-sender.ts';
import type { EmailTemplate } from '../../channels/email/render-email.ts';
import type { RenderedEmail } from '../../channels/email/rendered-email.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import type { EmailToQueue } from '../../prisma/outbox/enqueue-emails.ts';
import type { DunningStepSent } from '../../prisma/outbox/settle-email-attempt.ts';
import type { EmailDeps } from '../server/email-deps.ts';

/** What the outbox row carries: the mail exactly as it will be sent, and what to record once it is. */
export interface QueuedEmailPayload {
  readonly mail: OutboundMail;
  readonly dunning: DunningStepSent | null;
  /** ISO instant after which the mail is worth nothing (a sign-in link): given up, not sent late. */
  readonly notAfter?: string | undefined;
}

/** An automated mail to queue, worded already (renderEmailContent): its words are what is sent. */
export interface EmailRequest {
  readonly idempotencyKey: string;
  /** Which mail it is (the outbox row and the timeline name it). */
  readonly template: EmailTemplate;
  /** Its words, rendered once: a formal letter's PDF carries the same. */
  readonly rendered: RenderedEmail;
  readonly to: string;
  readonly debtorId: string;
  readonly invoiceId: string | null;
  /** Set when answering: the thread, the Message-ID answered and the subject to keep. */
  readonly replyTo?: {
    readonly threadId: string | null;
    readonly inReplyTo: string | null;
    readonly references: readonly string[];
    readonly subject: string;
  } | null;
  readonly dunning?: DunningStepSent | null;
  /** Files to send with it (the formal letter as PDF). */
  readonly attachments?: readonly MailAttachment[] | undefined;
}

/**
 * Makes an automated mail, worded already, into the outbox row it is committed as. The Message-ID and the
 * signed reply address are fixed here, before the first send attempt, so every retry sends the
 * same mail.
 */
export function buildQueuedEmail({
  deps,
  request: {
    idempotencyKey,
    template,
    rendered,
    to,
    debtorId,
    invoiceId,
    replyTo = null,
    dunning = null,
    attachments = undefined,
  },
}: {
  deps: Pick<EmailDeps, 'email'>;
  request: EmailRequest;
}): EmailToQueue {
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
    html: rendered.html ?? null,
    messageId: messageIdHeader,
    inReplyTo: replyTo?.inReplyTo ?? null,
    references: replyTo ? [...replyTo.references, ...(replyTo.inReplyTo ? [replyTo.inReplyTo] : [])] : [],
    // The logo file (COMPANY_LOGO_FILE) rides along inline; the HTML shows it as cid:.
    ...((attachments?.length ?? 0) + (rendered.inline?.length ?? 0) > 0
      ? { attachments: [...(attachments ?? []), ...(rendered.inline ?? [])] }
      : {}),
  };
  const payload: QueuedEmailPayload = { mail, dunning };
  return {
    idempotencyKey,
    id,
    messageIdHeader,
    debtorId,
    invoiceId,
    template,
    fromAddress: from.address,
    toAddress: to,
    subject,
    text: rendered.text,
    threadId: replyTo?.threadId ?? null,
    payload: payload as unknown as Record<string, unknown>,
  };
}
