import { PDFDocument, type PDFFont, rgb, StandardFonts } from 'pdf-lib';
import { keepEncodable } from '../letters/keep-encodable.ts';
import { formatPageAmount, formatPageDate } from './format-page-values.ts';
import type { PageLanguage } from './page-strings.ts';
import type { PaymentPageView } from './render-payment-page.ts';

const LABELS = {
  nl: {
    title: 'Factuur',
    to: 'Aan',
    number: 'Factuurnummer',
    po: 'Inkoopordernummer (PO)',
    issued: 'Factuurdatum',
    due: 'Vervaldatum',
    amount: 'Factuurbedrag',
    open: 'Openstaand saldo',
    paid: 'Deze factuur is betaald.',
    howToPay: 'Betalen',
    online: 'Online via de betaalpagina:',
    transfer: (iban: string, invoice: string) =>
      `Of maak het bedrag over naar IBAN ${iban} onder vermelding van ${invoice}.`,
    questions: (email: string) => `Vragen? Mail ${email}.`,
  },
  en: {
    title: 'Invoice',
    to: 'To',
    number: 'Invoice number',
    po: 'Purchase order number (PO)',
    issued: 'Invoice date',
    due: 'Due date',
    amount: 'Invoice amount',
    open: 'Open balance',
    paid: 'This invoice is paid.',
    howToPay: 'How to pay',
    online: 'Online through the payment page:',
    transfer: (iban: string, invoice: string) => `Or transfer the amount to IBAN ${iban} quoting ${invoice}.`,
    questions: (email: string) => `Questions? E-mail ${email}.`,
  },
} as const;

/**
 * The invoice as a PDF (A4): company, debtor, number, PO, dates, amount, open balance and how to
 * pay. The standard Helvetica font covers Western European text; characters it cannot encode
 * are shown as "?" rather than failing the download.
 */
export async function renderInvoicePdf({
  view,
  language,
  pageUrl,
}: {
  view: PaymentPageView;
  language: PageLanguage;
  pageUrl: string;
}): Promise<Uint8Array> {
  const l = LABELS[language];
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${l.title} ${view.invoiceNumber}`);
  pdf.setAuthor(view.companyName);
  pdf.setCreator('collections');
  pdf.setProducer('collections (pdf-lib)');
  const page = pdf.addPage([595.28, 841.89]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const amount = (cents: number) => formatPageAmount(cents, view.currency, language);
  let y = 780;
  const write = (
    text: string,
    { font = regular, size = 11, x = 56 }: { font?: PDFFont; size?: number; x?: number } = {},
  ) => {
    page.drawText(encodable(font, text).slice(0, 200), { x, y, size, font, color: rgb(0.1, 0.1, 0.1) });
  };
  write(view.companyName, { font: bold, size: 16 });
  y -= 40;
  write(`${l.title} ${view.invoiceNumber}`, { font: bold, size: 20 });
  y -= 30;
  write(`${l.to}: ${view.debtorName}`);
  y -= 30;
  const rows: [string, string][] = [
    [l.number, view.invoiceNumber],
    ...(view.poNumber ? ([[l.po, view.poNumber]] as [string, string][]) : []),
    [l.issued, formatPageDate(view.issueDate, language)],
    [l.due, formatPageDate(view.dueDate, language)],
    [l.amount, amount(view.amountCents)],
    [l.open, amount(Math.max(0, view.openCents))],
  ];
  for (const [label, value] of rows) {
    write(label);
    write(value, { font: bold, x: 260 });
    y -= 20;
  }
  y -= 20;
  if (view.status === 'paid' || view.openCents <= 0) {
    write(l.paid, { font: bold, size: 13 });
    y -= 24;
  } else {
    write(l.howToPay, { font: bold, size: 13 });
    y -= 20;
    write(l.online);
    y -= 16;
    write(pageUrl, { size: 8 });
    y -= 20;
    if (view.iban) {
      write(l.transfer(view.iban, view.invoiceNumber));
      y -= 20;
    }
  }
  if (view.contactEmail) write(l.questions(view.contactEmail));
  return pdf.save();
}

/** Line breaks and tabs as one space; then what the font cannot show as "?". */
function encodable(font: PDFFont, text: string): string {
  return keepEncodable(font, text.replace(/[\r\n\t]+/g, ' '));
}
