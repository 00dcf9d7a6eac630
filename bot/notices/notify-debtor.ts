import { buildNoticeEmailContent } from '../../channels/email/build-notice-email-content.ts';
import { letterSettingsFor } from '../../channels/email/letters/letter-settings.ts';
import { renderEmailContent } from '../../channels/email/render-email-content.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import { isFormalLetter } from '../../domain/letters/is-formal-letter.ts';
import { amsterdamDate } from '../../domain/model/iso-date.ts';
import { formatMoney, money } from '../../domain/money.ts';
import type { NoticeParams, NoticeTemplate } from '../../domain/notices/action-notice.ts';
import { recordLadderLetter } from '../../prisma/letters/record-ladder-letter.ts';
import type { Database } from '../../prisma/open-database.ts';
import { loadNoticeRecipient } from '../../prisma/outbox/load-notice-recipient.ts';
import { queueDebtorNotification } from '../../prisma/outbox/queue-debtor-notification.ts';
import { prepareLadderLetter } from '../letters/prepare-ladder-letter.ts';
import type { EmailDeps } from '../server/email-deps.ts';
import { queueEmail } from './queue-email.ts';

export type DebtorTemplate = NoticeTemplate;

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
  | { readonly outcome: 'no_recipient'; readonly messageId: null }
  /** No e-mail address, but the formal letter goes by post: printed, and the ladder moves when its posting is registered. */
  | { readonly outcome: 'by_post'; readonly messageId: null };

/**
 * Tells a debtor something through the channel they used. The notice is queued, never sent
 * here: e-mail goes through the e-mail outbox (rendered, threaded as an answer to the debtor's
 * own mail, with its own retry; a ladder letter moves DunningState when it leaves), chat through
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
    proposalId: proposalId ?? '00000000-0000-0000-0000-000000000000',
    to: chat ? null : (params.to ?? null),
    // A ladder letter is formal: its own thread, to the address on file. The chat answers in the chat.
    answer: !chat && template !== 'dunning_letter',
  });
  if (!chat && !recipient) return { outcome: 'no_recipient', messageId: null };
  const content = buildNoticeEmailContent({
    template,
    params,
    debtorName: recipient?.debtorName ?? '',
    contactName: recipient?.contactName ?? null,
    companyName: email?.companyName ?? '',
    staffNotified: email?.staffChannel !== false,
    email: email?.email ?? null,
  });
  const words = (language: string) =>
    renderEmailContent({
      content,
      language,
      letters: email?.letters ?? letterSettingsFor(email?.companyName ?? ''),
      today: amsterdamDate(email?.now?.() ?? new Date()),
    });
  if (chat) {
    const { subject, text } = await words(params.language);
    return toChat({ subject, text });
  }
  // An e-mail (or a formal letter by post) from here: its settings and the debtor were checked above.
  const letter =
    template === 'dunning_letter' && params.dunning && isFormalLetter(params.dunning.letterKind)
      ? await prepareLadderLetter({
          prisma: db.prisma,
          debtorId,
          debtorName: recipient!.debtorName,
          companyName: email!.companyName,
          settings: email!.letters ?? null,
          hasEmail: recipient!.to !== null,
          rendered: await words(params.language),
          params: { ...params, dunning: params.dunning },
          idempotencyKey,
          today: amsterdamDate(email!.now?.() ?? new Date()),
        })
      : null;
  if (!recipient!.to) {
    // No e-mail address: a formal letter still goes by post (LETTERS_BY_POST, a postal address).
    if (letter?.record.delivery !== 'post') return { outcome: 'no_recipient', messageId: null };
    await recordLadderLetter({ prisma: db.prisma, letter: { ...letter.record, emailMessageId: null } });
    return { outcome: 'by_post', messageId: null };
  }
  const queued = await queueEmail({
    deps: email!,
    idempotencyKey,
    content,
    language: params.language,
    attachments: letter ? [letter.attachment] : undefined,
    to: recipient!.to,
    debtorId,
    invoiceId: invoiceId ?? (params.invoices.length === 1 ? params.invoices[0]!.id : null),
    replyTo: recipient!.thread,
    dunning: params.dunning
      ? {
          invoiceIds: params.invoices.map((invoice) => invoice.id),
          stepIndex: params.dunning.stepIndex,
          stepCode: params.dunning.stepCode,
          costsCents: params.dunning.costsCents,
          statesCosts: params.dunning.statesCosts,
        }
      : null,
    actor,
  });
  if (letter)
    await recordLadderLetter({
      prisma: db.prisma,
      letter: { ...letter.record, emailMessageId: queued.messageId },
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
