import type { MailAttachment } from '../../channels/email/create-smtp-sender.ts';
import { type LetterSettings, letterSettingsFor } from '../../channels/email/letters/letter-settings.ts';
import type { RenderedEmail } from '../../channels/email/rendered-email.ts';
import { chooseLetterDelivery } from '../../domain/letters/choose-letter-delivery.ts';
import type { CompanyIdentity } from '../../domain/letters/company-identity.ts';
import type { IsoDate } from '../../domain/model/iso-date.ts';
import type { NoticeParams } from '../../domain/notices/action-notice.ts';
import { loadDebtorAddress } from '../../prisma/letters/load-debtor-address.ts';
import type { LadderLetterRecord } from '../../prisma/letters/record-ladder-letter.ts';
import type { Database } from '../../prisma/open-database.ts';
import { drawLadderLetterPdf } from './draw-ladder-letter-pdf.ts';

/**
 * A formal ladder letter on paper: the words of its e-mail worded for paper, as an A4 PDF
 * with the letterhead and the debtor's address in the envelope window; attached to the e-mail and
 * recorded with how it goes out (e-mail, or e-mail and post: LETTERS_BY_POST; only post when the
 * debtor has no e-mail address). null: it cannot go out at all.
 */
export async function prepareLadderLetter({
  prisma,
  debtorId,
  debtorName,
  companyName,
  settings,
  hasEmail,
  rendered,
  params,
  idempotencyKey,
  today,
}: {
  prisma: Database['prisma'];
  debtorId: string;
  debtorName: string;
  companyName: string;
  settings: LetterSettings | null;
  /** false: the debtor has no deliverable e-mail address, so the letter can only go by post. */
  hasEmail: boolean;
  rendered: RenderedEmail;
  params: NoticeParams & { readonly dunning: NonNullable<NoticeParams['dunning']> };
  idempotencyKey: string;
  today: IsoDate;
}): Promise<{ attachment: MailAttachment; record: Omit<LadderLetterRecord, 'emailMessageId'> } | null> {
  const identity: CompanyIdentity = (settings ?? letterSettingsFor(companyName)).company;
  const address = await loadDebtorAddress({ prisma, debtorId });
  const delivery = chooseLetterDelivery({
    byPost: settings?.byPost ?? false,
    hasPostalAddress: address !== null,
    hasEmail,
  });
  if (!delivery) return null;
  const pdf = await drawLadderLetterPdf({
    identity,
    debtorName,
    address,
    today,
    rendered,
    invoices: params.invoices,
    language: params.language,
  });
  const stem = `${params.dunning.stepCode}-${params.invoices.map((invoice) => invoice.number).join('-')}`;
  return {
    attachment: {
      filename: `${stem.replace(/[^A-Za-z0-9._-]+/gu, '_').slice(0, 100)}.pdf`,
      contentType: 'application/pdf',
      contentBase64: Buffer.from(pdf).toString('base64'),
    },
    record: {
      idempotencyKey,
      debtorId,
      invoiceIds: params.invoices.map((invoice) => invoice.id),
      stepCode: params.dunning.stepCode,
      letterKind: params.dunning.letterKind,
      stepIndex: params.dunning.stepIndex,
      costsCents: params.dunning.costsCents,
      letterDate: today,
      delivery,
      pdf,
    },
  };
}
