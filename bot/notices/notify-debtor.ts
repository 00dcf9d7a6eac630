import { buildNoticeEmailContent } from '../../channels/email/build-notice-email-content.ts';
import { letterSettingsFor } from '../../channels/email/letters/letter-settings.ts';
import { renderEmailContent } from '../../channels/email/render-email-content.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import { chooseLetterDelivery } from '../../domain/letters/choose-letter-delivery.ts';
import { isFormalLetter } from '../../domain/letters/is-formal-letter.ts';
import { planLadderLetter } from '../../domain/letters/plan-ladder-letter.ts';
import { amsterdamDate } from '../../domain/model/iso-date.ts';
import { formatMoney, money } from '../../domain/money.ts';
import type { NoticeParams, NoticeTemplate } from '../../domain/notices/action-notice.ts';
import { withDebtorLock } from '../../prisma/dunning/with-debtor-lock.ts';
import { loadLadderLetterBasis } from '../../prisma/letters/load-ladder-letter-basis.ts';
import { recordLadderLetter } from '../../prisma/letters/record-ladder-letter.ts';
import type { Database } from '../../prisma/open-database.ts';
import { enqueueEmails } from '../../prisma/outbox/enqueue-emails.ts';
import { loadNoticeRecipient } from '../../prisma/outbox/load-notice-recipient.ts';
import { queueDebtorNotification } from '../../prisma/outbox/queue-debtor-notification.ts';
import { drawLadderLetterPdf } from '../letters/draw-ladder-letter-pdf.ts';
import type { EmailDeps } from '../server/email-deps.ts';
import { buildQueuedEmail } from './build-queued-email.ts';

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
  /** No deliverable e-mail address (and no post for a formal letter): a person must find one. */
  | { readonly outcome: 'no_recipient'; readonly messageId: null }
  /** No e-mail address, but the formal letter goes by post: printed, and the ladder moves when its posting is registered. */
  | { readonly outcome: 'by_post'; readonly messageId: null }
  /** A ladder letter whose plan is blocked today (paid meanwhile, a consumer's 14-day term still runs): nothing went out. */
  | { readonly outcome: 'not_sent'; readonly reason: string; readonly messageId: null };

/**
 * Tells a debtor what a decision owes them, through the channel they used, in one pass: who it
 * goes to, what it says (a ladder letter planned here, today), its words rendered once, and that
 * one wording queued (and, for a formal letter, the same words as its A4 PDF, attached, printed
 * for post with LETTERS_BY_POST and recorded in `ladder_letter`). A ladder letter
 * (`dunning_letter`, owed by an approved escalation or by the run for a step that goes out by
 * itself) is planned from the records as they are now (domain/letters/plan-ladder-letter.ts): the
 * step still due, the WIK costs after the small-claim cap, a consumer's 14-day term counted from
 * today, the statutory interest up to today; what it states is what the outbox row carries to
 * move the ladder when it leaves, so said is done. Nothing is sent here: e-mail goes through the
 * e-mail outbox (threaded as an answer to the debtor's own mail, except a formal letter), chat
 * through the queued outbound message rows; both keyed by `idempotencyKey`, so telling twice tells once.
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
  // A ladder letter is a letter: by e-mail (and post), whatever channel the debtor wrote on.
  const chat = channel === 'chat' && template !== 'dunning_letter';
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
  const today = amsterdamDate(email?.now?.() ?? new Date());
  const settings = email?.letters ?? letterSettingsFor(email?.companyName ?? '');
  // One recipient and one content for either channel: the chat stores the e-mail's text on the timeline.
  const recipient = await loadNoticeRecipient({
    prisma: db.prisma,
    debtorId,
    proposalId: proposalId ?? NO_PROPOSAL,
    to: chat ? null : (params.to ?? null),
    // A ladder letter is formal: its own thread, to the address on file.
    answer: !chat && template !== 'dunning_letter',
  });
  // Planned and queued as one step per debtor: a letter worded at the same moment elsewhere (the
  // notices worker and a `dunning run`) waits, and then counts this one's costs against the cap.
  const tell = async (prisma: Database['prisma']): Promise<NotifyOutcome> => {
    // A ladder letter is planned now, from the records as they are today.
    const basis =
      template === 'dunning_letter'
        ? await loadLadderLetterBasis({
            prisma: prisma,
            debtorId,
            invoiceIds: params.invoices.map((invoice) => invoice.id),
            today,
          })
        : null;
    const plan = basis
      ? planLadderLetter({
          invoices: basis.invoices,
          stepCode: params.ladderStep ?? params.dunning?.stepCode ?? '',
          debtorKind: basis.debtor.kind,
          today,
          policy: email!.policy,
          interestTable: email!.interestTable,
          statedCosts: basis.statedCosts,
        })
      : null;
    if (plan?.kind === 'blocked') return { outcome: 'not_sent', reason: plan.reason, messageId: null };
    const letter = plan?.letter ?? null;
    for (const line of plan ? [...plan.skipped, ...plan.notes] : [])
      email!.log(`letters: ${idempotencyKey} (${letter!.step.label}): ${line}`);
    // What the letter tells: its invoices still due for the step, with its costs, term and interest.
    const told: NoticeParams = letter
      ? {
          ...params,
          invoices: letter.invoices.map(({ id, number, openCents, dueDate }) => ({
            id,
            number,
            openCents,
            dueDate,
          })),
          dunning: letter.dunning,
        }
      : params;
    const formal = letter !== null && isFormalLetter(letter.letterKind);
    const delivery = chat
      ? null
      : chooseLetterDelivery({
          byPost: formal && settings.byPost === true,
          hasPostalAddress: basis?.address != null,
          hasEmail: recipient?.to != null,
        });
    if (!chat && (!recipient || !delivery)) return { outcome: 'no_recipient', messageId: null };
    const content = buildNoticeEmailContent({
      template,
      params: told,
      debtorName: recipient?.debtorName ?? '',
      contactName: recipient?.contactName ?? null,
      companyName: email?.companyName ?? '',
      staffNotified: email?.staffChannel !== false,
      email: email?.email ?? null,
    });
    // Mail that starts its own thread goes in the language its contact prefers (kept in the console).
    const preferred = chat ? null : (recipient?.contactLanguage ?? null);
    const language = preferred ?? params.language;
    // Worded once: what the chat stores, the mail and the letter's PDF say the same.
    const rendered = await renderEmailContent({
      content,
      // Else a letter in the debtor's language on file where the notice's nl/en cannot say it (fr, de).
      language:
        !preferred && basis && language === 'en' && basis.debtor.language !== 'nl'
          ? basis.debtor.language
          : language,
      letters: settings,
      today,
    });
    if (chat) return toChat({ subject: rendered.subject, text: rendered.text });
    // The PDF is drawn from the same rendering: its paper wording (how to reach us by post) where it has one.
    const pdf = formal
      ? await drawLadderLetterPdf({
          identity: settings.company,
          debtorName: recipient!.debtorName,
          address: basis?.address ?? null,
          today,
          rendered,
          invoices: told.invoices,
          language,
        })
      : null;
    const stem = `${letter?.step.code}-${told.invoices.map((invoice) => invoice.number).join('-')}`;
    const [queued] = recipient!.to
      ? await enqueueEmails({
          prisma: prisma,
          mails: [
            {
              mail: buildQueuedEmail({
                deps: email!,
                request: {
                  idempotencyKey,
                  template: content.template,
                  rendered,
                  to: recipient!.to,
                  debtorId,
                  invoiceId: invoiceId ?? (told.invoices.length === 1 ? told.invoices[0]!.id : null),
                  replyTo: recipient!.thread,
                  // What moves the ladder once the mail has left: the letter as planned, its costs included.
                  dunning: letter
                    ? {
                        invoiceIds: told.invoices.map((invoice) => invoice.id),
                        stepIndex: letter.stepIndex,
                        stepCode: letter.step.code,
                        costsCents: letter.costsCents,
                        statesCosts: letter.step.statesCosts,
                      }
                    : null,
                  attachments: pdf
                    ? [
                        {
                          filename: `${stem.replace(/[^A-Za-z0-9._-]+/gu, '_').slice(0, 100)}.pdf`,
                          contentType: 'application/pdf',
                          contentBase64: Buffer.from(pdf).toString('base64'),
                        },
                      ]
                    : undefined,
                },
              }),
              actor,
            },
          ],
          now: email!.now?.() ?? new Date(),
        })
      : [];
    if (pdf) {
      await recordLadderLetter({
        prisma: prisma,
        letter: {
          idempotencyKey,
          debtorId,
          invoiceIds: told.invoices.map((invoice) => invoice.id),
          stepCode: letter!.step.code,
          letterKind: letter!.letterKind,
          stepIndex: letter!.stepIndex,
          costsCents: letter!.costsCents,
          letterDate: today,
          delivery: delivery!,
          pdf,
          emailMessageId: queued?.messageId ?? null,
        },
      });
    }
    if (!queued) return { outcome: 'by_post', messageId: null };
    return { outcome: queued.created ? 'queued' : 'duplicate', messageId: queued.messageId };
  };
  return template === 'dunning_letter'
    ? withDebtorLock({ prisma: db.prisma, debtorId, work: tell })
    : tell(db.prisma);
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
