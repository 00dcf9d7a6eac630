import { buildNoticeEmailContent } from '../../channels/email/build-notice-email-content.ts';
import { letterSettingsFor } from '../../channels/email/letters/letter-settings.ts';
import { renderEmailContent } from '../../channels/email/render-email-content.ts';
import { renderLetterPdf } from '../../channels/letters/render-letter-pdf.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import { chooseLetterDelivery } from '../../domain/letters/choose-letter-delivery.ts';
import { isFormalLetter } from '../../domain/letters/is-formal-letter.ts';
import { planLadderLetter } from '../../domain/letters/plan-ladder-letter.ts';
import { amsterdamDate } from '../../domain/model/iso-date.ts';
import type { DunningLetterParams, NoticeParams } from '../../domain/notices/action-notice.ts';
import { loadLadderLetterBasis } from '../../prisma/letters/load-ladder-letter-basis.ts';
import { recordLadderLetter } from '../../prisma/letters/record-ladder-letter.ts';
import type { Database } from '../../prisma/open-database.ts';
import { loadNoticeRecipient } from '../../prisma/outbox/load-notice-recipient.ts';
import { queueEmail } from '../notices/queue-email.ts';
import type { EmailDeps } from '../server/email-deps.ts';

export type LadderLetterOutcome =
  | { readonly outcome: 'queued' | 'duplicate'; readonly messageId: string }
  /** No e-mail address, but the formal letter goes by post: printed, and the ladder moves when its posting is registered. */
  | { readonly outcome: 'by_post'; readonly messageId: null }
  /** No deliverable e-mail address (and no post): a person must find one. */
  | { readonly outcome: 'no_recipient'; readonly messageId: null }
  /** The plan is blocked today (paid meanwhile, a consumer's 14-day term still runs): nothing went out. */
  | { readonly outcome: 'not_sent'; readonly reason: string };

/**
 * Sends the ladder letter a `dunning_letter` notice owes (a step the run lets go out by itself, or
 * one a person approved): planned today from the records as they are now (the step still due,
 * the WIK costs after the small-claim cap, a consumer's 14-day term counted from today, the
 * statutory interest up to today; domain/letters/plan-ladder-letter.ts), worded once, and that one
 * wording is both the e-mail and, for a formal letter, its A4 PDF (attached, and printed for post
 * with LETTERS_BY_POST), recorded in `ladder_letter` with how it went out. What the letter states
 * is what the outbox row carries for the ladder state (costs included), so said is done when it
 * leaves. A plan blocked today sends nothing and says why.
 */
export async function sendLadderLetter({
  db,
  email,
  notice,
}: {
  db: Pick<Database, 'prisma'>;
  email: EmailDeps | null;
  notice: {
    readonly debtorId: string;
    readonly proposalId: string | null;
    readonly idempotencyKey: string;
    readonly params: NoticeParams;
  };
}): Promise<LadderLetterOutcome> {
  const { debtorId, params, idempotencyKey } = notice;
  if (!email?.email.from || !email.email.replyTokenSecret) {
    throw new AppError(
      'CONFIG_INVALID',
      'EMAIL_FROM and EMAIL_REPLY_TOKEN_SECRET must be set to send ladder letters; the letter waits until they are. See .env.example.',
    );
  }
  const stepCode = params.ladderStep ?? params.dunning?.stepCode;
  if (!stepCode) return { outcome: 'not_sent', reason: 'the notice names no ladder step' };
  const today = amsterdamDate(email.now?.() ?? new Date());
  const basis = await loadLadderLetterBasis({
    prisma: db.prisma,
    debtorId,
    invoiceIds: params.invoices.map((invoice) => invoice.id),
    today,
  });
  // A formal letter starts its own thread, to the address on file.
  const recipient = await loadNoticeRecipient({
    prisma: db.prisma,
    debtorId,
    proposalId: notice.proposalId ?? '00000000-0000-0000-0000-000000000000',
    answer: false,
  });
  if (!basis || !recipient) return { outcome: 'no_recipient', messageId: null };
  const plan = planLadderLetter({
    invoices: basis.invoices,
    stepCode,
    debtorKind: basis.debtor.kind,
    today,
    policy: email.policy,
    interestTable: email.interestTable,
    statedCosts: basis.statedCosts,
  });
  if (plan.kind === 'blocked') return { outcome: 'not_sent', reason: plan.reason };
  const { letter } = plan;
  for (const line of [...plan.skipped, ...plan.notes])
    email.log(`letters: ${idempotencyKey} (${letter.step.label}): ${line}`);
  const dunning: DunningLetterParams = {
    stepCode: letter.step.code,
    stepLabel: letter.step.label,
    stepIndex: letter.stepIndex,
    letterKind: letter.letterKind,
    statesCosts: letter.step.statesCosts,
    costsCents: letter.costsCents,
    termEndsOn: letter.termEndsOn,
    interest: letter.interest
      ? {
          kind: letter.interest.kind,
          upTo: letter.interest.upTo,
          totalCents: letter.interest.totalCents,
          basisPoints: letter.interest.basisPoints,
        }
      : null,
  };
  const invoices = letter.invoices.map(({ id, number, openCents, dueDate }) => ({
    id,
    number,
    openCents,
    dueDate,
  }));
  const content = buildNoticeEmailContent({
    template: 'dunning_letter',
    params: { ...params, invoices, dunning },
    debtorName: recipient.debtorName,
    contactName: recipient.contactName,
    companyName: email.companyName,
    staffNotified: email.staffChannel !== false,
    email: email.email,
  });
  const settings = email.letters ?? letterSettingsFor(email.companyName);
  // Worded once, in the debtor's language on file where the notice's nl/en cannot say it (fr, de).
  const rendered = await renderEmailContent({
    content,
    language:
      params.language === 'en' && basis.debtor.language !== 'nl' ? basis.debtor.language : params.language,
    letters: settings,
    today,
  });
  const formal = isFormalLetter(letter.letterKind);
  const delivery = chooseLetterDelivery({
    byPost: formal && settings.byPost === true,
    hasPostalAddress: basis.address !== null,
    hasEmail: recipient.to !== null,
  });
  if (!delivery) return { outcome: 'no_recipient', messageId: null };
  const numbers = invoices.map((invoice) => invoice.number).join(', ');
  const pdf = formal
    ? await renderLetterPdf({
        identity: settings.company,
        recipient: { name: recipient.debtorName, address: basis.address },
        date: today,
        subject: rendered.subject,
        body: rendered.text,
        reference: numbers,
        payment: { amountCents: letter.principalCents, reference: numbers },
        language: params.language,
      })
    : null;
  const stem = `${letter.step.code}-${invoices.map((invoice) => invoice.number).join('-')}`;
  const queued = recipient.to
    ? await queueEmail({
        deps: email,
        idempotencyKey,
        template: content.template,
        rendered,
        to: recipient.to,
        debtorId,
        invoiceId: invoices.length === 1 ? invoices[0]!.id : null,
        replyTo: null,
        // What moves the ladder once the mail has left: the letter as planned, its costs included.
        dunning: {
          invoiceIds: invoices.map((invoice) => invoice.id),
          stepIndex: letter.stepIndex,
          stepCode: letter.step.code,
          costsCents: letter.costsCents,
          statesCosts: letter.step.statesCosts,
        },
        attachments: pdf
          ? [
              {
                filename: `${stem.replace(/[^A-Za-z0-9._-]+/gu, '_').slice(0, 100)}.pdf`,
                contentType: 'application/pdf',
                contentBase64: Buffer.from(pdf).toString('base64'),
              },
            ]
          : undefined,
        actor: notice.proposalId ? 'system' : 'dunning',
      })
    : null;
  if (pdf) {
    await recordLadderLetter({
      prisma: db.prisma,
      letter: {
        idempotencyKey,
        debtorId,
        invoiceIds: invoices.map((invoice) => invoice.id),
        stepCode: letter.step.code,
        letterKind: letter.letterKind,
        stepIndex: letter.stepIndex,
        costsCents: letter.costsCents,
        letterDate: today,
        delivery,
        pdf,
        emailMessageId: queued?.messageId ?? null,
      },
    });
  }
  if (!queued) return { outcome: 'by_post', messageId: null };
  return { outcome: queued.created ? 'queued' : 'duplicate', messageId: queued.messageId };
}
