import { buildNoticeEmailContent } from '../../channels/email/build-notice-email-content.ts';
import { letterSettingsFor } from '../../channels/email/letters/letter-settings.ts';
import { renderEmailContent } from '../../channels/email/render-email-content.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import { amsterdamDate } from '../../domain/model/iso-date.ts';
import { formatMoney, money } from '../../domain/money.ts';
import type { NoticeParams, NoticeTemplate } from '../../domain/notices/action-notice.ts';
import type { Database } from '../../prisma/open-database.ts';
import { loadNoticeRecipient } from '../../prisma/outbox/load-notice-recipient.ts';
import { queueDebtorNotification } from '../../prisma/outbox/queue-debtor-notification.ts';
import type { EmailDeps } from '../server/email-deps.ts';
import { queueEmail } from './queue-email.ts';

export type DebtorTemplate = NoticeTemplate;

/** A notice owed by no proposal (a ladder letter the run sends by itself) answers no mail. */
const NO_PROPOSAL = '00000000-0000-0000-0000-000000000000';

/** The chat channel's plan confirmation (kept for its callers); e-mail notices take NoticeParams. */
export interface PlanConfirmationParams {
  readonly planId: string;
  readonly language: string;
  readonly invoiceNumbers: readonly string[];
  readonly instalments: readonly { readonly dueDate: string; readonly amountCents: number }[];
}

export type NotifyOutcome =
  | { readonly outcome: 'queued' | 'duplicate'; readonly messageId: string }
  /** No deliverable e-mail address: a person must find one. */
  | { readonly outcome: 'no_recipient'; readonly messageId: null };

/**
 * Tells a debtor what a decision did, through the channel they used (a ladder letter is
 * bot/letters/send-ladder-letter.ts). The notice is queued, never sent
 * here: e-mail goes through the e-mail outbox (rendered, threaded as an answer to the debtor's
 * own mail, with its own retry), chat through
 * the queued outbound message rows. Both are keyed by `idempotencyKey`, so telling twice tells once.
 */
export async function notifyDebtor({
  db,
  debtorId,
  channel,
  template,
  params,
  idempotencyKey,
  invoiceId = null,
  proposalId = null,
  email = null,
  actor = 'system',
}: {
  db: Pick<Database, 'prisma'>;
  debtorId: string;
  /** The channel the debtor wrote on; anything else (slack, system) falls back to e-mail. */
  channel: string;
  template: DebtorTemplate;
  params: PlanConfirmationParams | NoticeParams;
  idempotencyKey: string;
  invoiceId?: string | null;
  /** The proposal carried out: its message is the mail to answer. */
  proposalId?: string | null;
  /** The e-mail settings; required for e-mail notices. */
  email?: EmailDeps | null;
  actor?: string;
}): Promise<NotifyOutcome> {
  const chat = channel === 'chat';
  // The chat's notice is an outbound message row, with the text the timeline shows.
  const toChat = (rendered: { subject: string; text: string }) =>
    queueDebtorNotification({
      prisma: db.prisma,
      notification: {
        debtorId,
        channel: 'chat',
        template,
        params: { ...params },
        idempotencyKey,
        invoiceId,
        ...rendered,
      },
    });
  if ('invoiceNumbers' in params) {
    if (chat) return toChat(renderPlanConfirmation(params));
    throw new AppError(
      'INPUT_INVALID',
      'An e-mail notice needs NoticeParams (invoices with amounts), not PlanConfirmationParams.',
    );
  }
  if (!chat && (!email?.email.from || !email.email.replyTokenSecret)) {
    throw new AppError(
      'CONFIG_INVALID',
      'EMAIL_FROM and EMAIL_REPLY_TOKEN_SECRET must be set to tell debtors by e-mail; the notice waits until they are. See .env.example.',
    );
  }
  // One recipient and one content for either channel: the chat stores the e-mail's text on the timeline.
  const recipient = await loadNoticeRecipient({
    prisma: db.prisma,
    debtorId,
    proposalId: proposalId ?? NO_PROPOSAL,
    to: chat ? null : (params.to ?? null),
    answer: !chat,
  });
  if (!chat && !recipient?.to) return { outcome: 'no_recipient', messageId: null };
  const content = buildNoticeEmailContent({
    template,
    params,
    debtorName: recipient?.debtorName ?? '',
    contactName: recipient?.contactName ?? null,
    companyName: email?.companyName ?? '',
    staffNotified: email?.staffChannel !== false,
    email: email?.email ?? null,
  });
  // Worded once: what the chat stores is what the mail says.
  const rendered = await renderEmailContent({
    content,
    language: params.language,
    letters: email?.letters ?? letterSettingsFor(email?.companyName ?? ''),
    today: amsterdamDate(email?.now?.() ?? new Date()),
  });
  if (chat) return toChat({ subject: rendered.subject, text: rendered.text });
  const queued = await queueEmail({
    deps: email!,
    idempotencyKey,
    template: content.template,
    rendered,
    to: recipient!.to!,
    debtorId,
    invoiceId: invoiceId ?? (params.invoices.length === 1 ? params.invoices[0]!.id : null),
    replyTo: recipient!.thread,
    actor,
  });
  return { outcome: queued.created ? 'queued' : 'duplicate', messageId: queued.messageId };
}

/** The plain text stored on the timeline; the channel renders its own message from the params. */
function renderPlanConfirmation(params: PlanConfirmationParams): { subject: string; text: string } {
  const dutch = params.language === 'nl';
  const lines = params.instalments.map(
    (line, i) => `${i + 1}. ${line.dueDate}: ${formatMoney(money(line.amountCents), dutch ? 'nl' : 'en')}`,
  );
  const invoices = params.invoiceNumbers.join(', ');
  return dutch
    ? {
        subject: `Betalingsregeling voor ${invoices}`,
        text: `Uw betalingsregeling voor ${invoices} is goedgekeurd. U betaalt:\n${lines.join('\n')}\nZolang u deze termijnen betaalt, ontvangt u geen herinneringen.`,
      }
    : {
        subject: `Payment plan for ${invoices}`,
        text: `Your payment plan for ${invoices} has been approved. You pay:\n${lines.join('\n')}\nAs long as you pay these instalments you will not receive reminders.`,
      };
}
