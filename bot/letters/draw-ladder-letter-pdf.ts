import type { LetterAddress } from '../../channels/letters/render-letter-pdf.ts';
import { renderLetterPdf } from '../../channels/letters/render-letter-pdf.ts';
import type { CompanyIdentity } from '../../domain/letters/company-identity.ts';
import type { IsoDate } from '../../domain/model/iso-date.ts';

/**
 * A formal ladder letter as its A4 PDF: its words worded for paper (`paperText`: how to reach us by
 * post, phone and e-mail instead of "reply to this e-mail"; the mail's text where there is none)
 * under the letterhead, the debtor's address in the envelope window, what to pay and the reference. The
 * letter sent (prepareLadderLetter) and the console's preview draw it here, the same way.
 */
export async function drawLadderLetterPdf({
  identity,
  debtorName,
  address,
  today,
  rendered,
  invoices,
  language,
}: {
  identity: CompanyIdentity;
  debtorName: string;
  address: LetterAddress | null;
  today: IsoDate;
  rendered: { readonly subject: string; readonly text: string; readonly paperText?: string | null };
  invoices: readonly { readonly number: string; readonly openCents: number }[];
  /** nl, en, fr or de; any other gets English labels. */
  language: string;
}): Promise<Uint8Array> {
  const numbers = invoices.map((invoice) => invoice.number).join(', ');
  return renderLetterPdf({
    identity,
    recipient: { name: debtorName, address },
    date: today,
    subject: rendered.subject,
    body: rendered.paperText ?? rendered.text,
    reference: numbers,
    payment: {
      amountCents: invoices.reduce((sum, invoice) => sum + invoice.openCents, 0),
      reference: numbers,
    },
    language,
  });
}
