import { formatLongDay } from '../../domain/calendar/format-long-day.ts';
import type { CompanyIdentity } from '../../domain/letters/company-identity.ts';
import { formatMoney, money } from '../../domain/money.ts';
import { keepEncodable } from './keep-encodable.ts';
import { A4, FOLD_MARKS_MM, MM, WINDOW_MM } from './letter-layout.ts';

export interface LetterAddress {
  readonly street: string;
  readonly postalCode: string;
  readonly city: string;
  readonly country: string;
}

/** What a formal letter on paper says; the body is the same text the e-mail carries. */
export interface LetterPdfContent {
  readonly identity: CompanyIdentity;
  readonly recipient: { readonly name: string; readonly address: LetterAddress | null };
  /** The date on the letter, YYYY-MM-DD (Europe/Amsterdam). */
  readonly date: string;
  readonly subject: string;
  /** Plain text; lines are kept, long ones wrapped. */
  readonly body: string;
  /** The invoices the letter is about: "our reference". */
  readonly reference: string;
  /** What to pay and the reference to quote; null when the letter asks no payment. */
  readonly payment: { readonly amountCents: number; readonly reference: string } | null;
  /** The letter's language: nl, en, fr or de (labels); any other gets English labels. */
  readonly language: string;
}

const LABELS = {
  nl: {
    date: 'Datum',
    reference: 'Ons kenmerk',
    kvk: 'KvK',
    vat: 'Btw',
    pay: 'Betaalgegevens',
    amount: 'Bedrag',
    iban: 'IBAN',
    bic: 'BIC',
    to: 't.n.v.',
    quote: 'Onder vermelding van',
    page: 'Pagina',
  },
  en: {
    date: 'Date',
    reference: 'Our reference',
    kvk: 'Chamber of Commerce (KvK)',
    vat: 'VAT',
    pay: 'Payment details',
    amount: 'Amount',
    iban: 'IBAN',
    bic: 'BIC',
    to: 'in the name of',
    quote: 'Quoting',
    page: 'Page',
  },
  fr: {
    date: 'Date',
    reference: 'Notre référence',
    kvk: 'Registre du commerce (KvK)',
    vat: 'TVA',
    pay: 'Modalités de paiement',
    amount: 'Montant',
    iban: 'IBAN',
    bic: 'BIC',
    to: 'au nom de',
    quote: 'Communication',
    page: 'Page',
  },
  de: {
    date: 'Datum',
    reference: 'Unser Zeichen',
    kvk: 'Handelsregister (KvK)',
    vat: 'USt-IdNr.',
    pay: 'Zahlungsangaben',
    amount: 'Betrag',
    iban: 'IBAN',
    bic: 'BIC',
    to: 'zugunsten',
    quote: 'Verwendungszweck',
    page: 'Seite',
  },
} as const;

/** The logo's box on the letterhead, top left: scaled to fit, never stretched. */
const LOGO_BOX = { left: 25 * MM, top: 12 * MM, width: 60 * MM, height: 20 * MM };

const BODY_LEFT = 25 * MM;
const BODY_WIDTH = 165 * MM;
const BODY_SIZE = 10.5;
const LINE = 14;

/**
 * A formal letter (the 14-day letter, the notice of default) as an A4 PDF: the company's
 * letterhead, the debtor's address in the window-envelope field (DIN 5008 form B, see
 * letter-layout.ts) under a return-address line, date and reference, subject, the body, the
 * payment details and a footer with KvK, VAT number and IBAN; fold marks at the left edge. More
 * pages when the body is long. pdf-lib is imported here, when a letter is made, not at start-up.
 * The standard Helvetica font covers Western European text; what it cannot encode shows as "?".
 */
export async function renderLetterPdf(content: LetterPdfContent): Promise<Uint8Array> {
  const { PDFDocument, StandardFonts, rgb } = await import('pdf-lib');
  const language = content.language in LABELS ? (content.language as keyof typeof LABELS) : 'en';
  const l = LABELS[language];
  const { identity } = content;
  const pdf = await PDFDocument.create();
  pdf.setTitle(content.subject);
  pdf.setAuthor(identity.legalName);
  pdf.setCreator('collections');
  pdf.setProducer('collections (pdf-lib)');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  type Font = typeof regular;
  const ink = rgb(0.1, 0.1, 0.1);
  const grey = rgb(0.4, 0.4, 0.4);
  const clean = (font: Font, text: string) => encodable(font, text);
  const pages: ReturnType<typeof pdf.addPage>[] = [];
  const newPage = () => {
    const page = pdf.addPage([A4.width, A4.height]);
    pages.push(page);
    for (const mm of FOLD_MARKS_MM) {
      const y = A4.height - mm * MM;
      page.drawLine({ start: { x: 3 * MM, y }, end: { x: 8 * MM, y }, thickness: 0.5, color: grey });
    }
    return page;
  };
  let page = newPage();
  /** Draws at a distance from the top of the page, in points. */
  const text = (
    value: string,
    x: number,
    fromTop: number,
    {
      font = regular,
      size = BODY_SIZE,
      color = ink,
    }: { font?: Font; size?: number; color?: typeof ink } = {},
  ) => page.drawText(clean(font, value), { x, y: A4.height - fromTop, size, font, color });

  // The logo (COMPANY_LOGO_FILE), top left, above the window.
  if (identity.logo) {
    const bytes = Buffer.from(identity.logo.base64, 'base64');
    const image =
      identity.logo.contentType === 'image/png' ? await pdf.embedPng(bytes) : await pdf.embedJpg(bytes);
    const scale = Math.min(LOGO_BOX.width / image.width, LOGO_BOX.height / image.height);
    const size = { width: image.width * scale, height: image.height * scale };
    page.drawImage(image, {
      x: LOGO_BOX.left,
      y: A4.height - LOGO_BOX.top - size.height,
      ...size,
    });
  }

  // Letterhead, right.
  const headX = 125 * MM;
  let top = 18 * MM;
  text(identity.legalName, headX, top, { font: bold, size: 13 });
  top += 16;
  const head = [
    ...(identity.address
      ? [
          identity.address.street,
          `${identity.address.postalCode} ${identity.address.city}`,
          identity.address.country,
        ]
      : []),
    ...(identity.phone ? [identity.phone] : []),
    ...(identity.email ? [identity.email] : []),
  ];
  for (const line of head) {
    text(line, headX, top, { size: 9, color: grey });
    top += 11;
  }

  // The window: return address line, then the recipient.
  const returnLine = [
    identity.legalName,
    ...(identity.address
      ? [identity.address.street, `${identity.address.postalCode} ${identity.address.city}`]
      : []),
  ].join(' · ');
  text(
    clip(regular, returnLine, 6.5, (WINDOW_MM.width - 5) * MM),
    WINDOW_MM.textLeft * MM,
    (WINDOW_MM.top + 4) * MM,
    {
      size: 6.5,
      color: grey,
    },
  );
  const sameCountry =
    !content.recipient.address ||
    !identity.address ||
    content.recipient.address.country.trim().toLowerCase() === identity.address.country.trim().toLowerCase();
  const addressLines = [
    content.recipient.name,
    ...(content.recipient.address
      ? [
          content.recipient.address.street,
          `${content.recipient.address.postalCode}  ${content.recipient.address.city.toUpperCase()}`,
          ...(sameCountry ? [] : [content.recipient.address.country.toUpperCase()]),
        ]
      : []),
  ];
  let addressTop = WINDOW_MM.addressTop * MM + BODY_SIZE;
  for (const line of addressLines) {
    text(clip(regular, line, BODY_SIZE, (WINDOW_MM.width - 10) * MM), WINDOW_MM.textLeft * MM, addressTop);
    addressTop += 12.5;
  }

  // Date and reference, right of the window.
  const place = identity.address?.city;
  const dateText = `${place ? `${place}, ` : ''}${formatLongDay(content.date, language)}`;
  const info: [string, string][] = [
    [l.date, dateText],
    [l.reference, content.reference],
    ...(identity.kvk ? ([[l.kvk, identity.kvk]] as [string, string][]) : []),
    ...(identity.vatNumber ? ([[l.vat, identity.vatNumber]] as [string, string][]) : []),
  ];
  let infoTop = (WINDOW_MM.addressTop + 2) * MM;
  for (const [label, value] of info) {
    text(label, headX, infoTop, { size: 8, color: grey });
    text(clip(regular, value, 9, 65 * MM), headX, infoTop + 10, { size: 9 });
    infoTop += 24;
  }

  // Subject and body.
  let y = 103.4 * MM;
  for (const line of wrap(bold, content.subject, 11, BODY_WIDTH)) {
    text(line, BODY_LEFT, y, { font: bold, size: 11 });
    y += LINE + 1;
  }
  y += LINE;
  const bottom = 270 * MM;
  const lineOut = (line: string, font: Font = regular) => {
    if (y > bottom) {
      page = newPage();
      y = 25 * MM;
    }
    if (line !== '') text(line, BODY_LEFT, y, { font });
    y += LINE;
  };
  for (const paragraph of content.body.replace(/\r\n?/g, '\n').split('\n')) {
    const indent = /^\s+/u.exec(paragraph)?.[0].length ?? 0;
    for (const line of wrap(regular, paragraph.trim(), BODY_SIZE, BODY_WIDTH - indent * 3)) {
      lineOut(`${' '.repeat(indent)}${line}`);
    }
  }

  // Payment details.
  if (content.payment) {
    y += LINE / 2;
    lineOut(l.pay, bold);
    const amount = formatMoney(money(content.payment.amountCents), language).replace(/\u00a0/gu, ' ');
    lineOut(`${l.amount}: ${amount}`);
    if (identity.iban)
      lineOut(
        `${l.iban}: ${identity.iban}${identity.bic ? `  ${l.bic}: ${identity.bic}` : ''}  ${l.to} ${identity.legalName}`,
      );
    lineOut(`${l.quote}: ${content.payment.reference}`);
  }

  // Footer on every page.
  const footer = [
    identity.legalName,
    ...(identity.kvk ? [`${l.kvk} ${identity.kvk}`] : []),
    ...(identity.vatNumber ? [`${l.vat} ${identity.vatNumber}`] : []),
    ...(identity.iban ? [`${l.iban} ${identity.iban}`] : []),
  ].join(' · ');
  for (const [index, each] of pages.entries()) {
    page = each;
    text(clip(regular, footer, 7.5, 150 * MM), BODY_LEFT, 287 * MM, { size: 7.5, color: grey });
    if (pages.length > 1)
      text(`${l.page} ${index + 1}/${pages.length}`, 175 * MM, 287 * MM, { size: 7.5, color: grey });
  }
  return pdf.save();
}

interface Measurable {
  widthOfTextAtSize(text: string, size: number): number;
  encodeText(text: string): unknown;
}

/** Greedy word wrap at the font's real widths; a word longer than the line is cut. */
function wrap(font: Measurable, text: string, size: number, width: number): string[] {
  const clean = encodable(font, text);
  if (clean === '') return [''];
  const lines: string[] = [];
  let line = '';
  for (const word of clean.split(/ +/u)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = clip(font, word, size, width);
  }
  lines.push(line);
  return lines;
}

/** Cuts a line to the width, with an ellipsis, so nothing is drawn outside its field. */
function clip(font: Measurable, text: string, size: number, width: number): string {
  const clean = encodable(font, text);
  if (font.widthOfTextAtSize(clean, size) <= width) return clean;
  let cut = clean;
  while (cut.length > 1 && font.widthOfTextAtSize(`${cut}...`, size) > width) cut = cut.slice(0, -1);
  return `${cut}...`;
}

/** Tabs and no-break spaces as plain spaces; then what the font cannot show as "?". */
function encodable(font: Measurable, text: string): string {
  return keepEncodable(font, text.replace(/[\t]+/g, ' ').replace(/\u00a0/gu, ' '));
}
