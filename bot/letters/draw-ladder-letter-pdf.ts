import type { LetterAddress } from '../../channels/letters/render-letter-pdf.ts';
import { renderLetterPdf } from '../../channels/letters/render-letter-pdf.ts';
import type { CompanyIdentity } from '../../domain/letters/company-identity.ts';
import type { IsoDate } from '../../domain/model/iso-date.ts';

/**
 * A formal ladder letter as its A4 PDF: the same words as its e-mail (subject and text) under the
 * letterhead, the debtor's address in the envelope window, what to pay and the reference. The
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
  rendered: { readonly subject: string; readonly text: string };
  invoices: readonly { readonly number: string; readonly openCents: number }[];
  language: 'nl' | 'en';
}): Promise<Uint8Array> {
  const numbers = invoices.map((invoice) => invoice.number).join(', ');
  return renderLetterPdf({
    identity,
    recipient: { name: debtorName, address },
    date: today,
    subject: rendered.subject,
    body: rendered.text,
    reference: numbers,
    payment: {
      amountCents: invoices.reduce((sum, invoice) => sum + invoice.openCents, 0),
      reference: numbers,
    },
    language,
  });
}
