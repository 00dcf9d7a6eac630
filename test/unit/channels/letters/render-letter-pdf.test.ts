import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { letterSettingsFor } from '../../../../channels/email/letters/letter-settings.ts';
import { renderEmailContent } from '../../../../channels/email/render-email-content.ts';
import { A4, MM, WINDOW_MM } from '../../../../channels/letters/letter-layout.ts';
import { renderLetterPdf } from '../../../../channels/letters/render-letter-pdf.ts';
import { computeWik } from '../../../../domain/law/compute-wik.ts';
import { FIXTURE_IDENTITY } from '../../../support/fixture-company-identity.ts';
import { makePng } from '../../../support/make-png.ts';

const invoices = [
  { number: 'F2026-0060', openCents: 45_000, dueDate: '2026-10-01' },
  { number: 'F2026-0071', openCents: 30_050, dueDate: '2026-10-15' },
];
const principal = invoices.reduce((sum, invoice) => sum + invoice.openCents, 0);

async function fourteenDayLetter(language: 'nl' | 'en' | 'fr' | 'de', identity = FIXTURE_IDENTITY) {
  const costs = computeWik({ principalCents: principal });
  const mail = await renderEmailContent({
    content: {
      template: 'dunning_letter',
      companyName: FIXTURE_IDENTITY.legalName,
      debtorName: 'J. de Vries',
      invoices,
      stepLabel: language === 'nl' ? 'Veertiendagenbrief' : 'Fourteen-day letter',
      letterKind: 'fourteen_day_letter',
      costsCents: costs.wikCents,
      paymentLink: null,
    },
    language: language,
    letters: { company: identity, templatesDir: null },
    today: '2026-11-23',
  });
  const pdf = await renderLetterPdf({
    identity,
    recipient: {
      name: 'J. de Vries',
      address: { street: 'Dorpsstraat 12', postalCode: '3511 AB', city: 'Utrecht', country: 'Nederland' },
    },
    date: '2026-11-23',
    subject: mail.subject,
    body: mail.paperText ?? mail.text,
    reference: invoices.map((invoice) => invoice.number).join(', '),
    payment: { amountCents: principal, reference: 'F2026-0060, F2026-0071' },
    language,
  });
  return { pdf, costs };
}

async function textItems(pdf: Uint8Array) {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const page = await document.getPage(1);
  const content = await page.getTextContent();
  return content.items
    .filter((item): item is typeof item & { str: string; transform: number[] } => 'str' in item)
    .map((item) => ({ text: item.str, x: item.transform[4]!, y: item.transform[5]! }));
}

describe('renderLetterPdf', () => {
  it('in French and German: the labels, the Dutch-law term explained, how to reach us; the logo drawn', async () => {
    const logo = {
      contentType: 'image/png' as const,
      base64: makePng({ width: 300, height: 100 }).toString('base64'),
      file: 'logo.png',
    };
    for (const [language, expected] of [
      [
        'fr',
        [
          'Notre référence',
          'à compter du lendemain de la remise de cette lettre',
          'Code civil néerlandais',
          'Montant:',
        ],
      ],
      [
        'de',
        [
          'Unser Zeichen',
          'ab dem Tag nach der Zustellung dieses Schreibens',
          'niederländischen Bürgerlichen Gesetzbuchs',
          'Betrag:',
        ],
      ],
    ] as const) {
      const { pdf } = await fourteenDayLetter(language, { ...FIXTURE_IDENTITY, logo });
      const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
      const flat = text.replace(/\s+/gu, ' ');
      for (const part of expected) expect(flat, language).toContain(part);
      // On paper: how to reach us, never "reply to this e-mail".
      expect(flat).not.toMatch(/à cet e-mail|auf diese E-Mail/u);
      expect(flat).toContain('debiteuren@voorbeeld.example');
      expect(Buffer.from(pdf).toString('latin1')).toMatch(/\/Subtype\s*\/Image/u);
    }
  });

  it('the 14-day letter on paper: amounts, date, the wording of art. 6:96 lid 6 BW, payment details', async () => {
    const { pdf, costs } = await fourteenDayLetter('nl');
    expect(costs.wikCents).toBe(11_258); // 15% of EUR 750.50 = 112.575, rounded half up
    const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
    const flat = text.replace(/\s+/gu, ' ');
    for (const expected of [
      'Amsterdam, 23 november 2026',
      'binnen veertien dagen vanaf de dag nadat deze brief bij u is bezorgd',
      'Deze kosten bedragen € 112,58',
      'F2026-0060 1 oktober 2026 € 450,00',
      'F2026-0071 15 oktober 2026 € 300,50',
      'Totaal € 750,50',
      'Bedrag: € 750,50',
      'IBAN: NL91ABNA0417164300 BIC: ABNANL2A t.n.v. Voorbeeld Groothandel B.V.',
      'Onder vermelding van: F2026-0060, F2026-0071',
    ])
      expect(flat).toContain(expected);
    expect(flat).toMatch(/KvK 12345678 · Btw NL123456789B01/);
  });

  it('says the same in English', async () => {
    const { pdf } = await fourteenDayLetter('en');
    const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
    const flat = text.replace(/\s+/gu, ' ');
    expect(flat).toContain('within fourteen days from the day after this letter has been delivered to you');
    expect(flat).toContain('These costs amount to €112.58');
    expect(flat).toContain('Amsterdam, 23 November 2026');
  });

  it("puts the debtor's address inside the window of the envelope (DIN 5008 form B), the return line above it", async () => {
    const { pdf } = await fourteenDayLetter('nl');
    const items = await textItems(pdf);
    const window = {
      left: WINDOW_MM.left * MM,
      right: (WINDOW_MM.left + WINDOW_MM.width) * MM,
      top: A4.height - WINDOW_MM.top * MM,
      bottom: A4.height - (WINDOW_MM.top + WINDOW_MM.height) * MM,
      addressTop: A4.height - WINDOW_MM.addressTop * MM,
    };
    const lines = ['J. de Vries', 'Dorpsstraat 12', '3511 AB'];
    for (const line of lines) {
      const item = items.find((candidate) => candidate.text.startsWith(line));
      expect(item, line).toBeDefined();
      expect(item!.x).toBeGreaterThanOrEqual(window.left);
      expect(item!.x).toBeLessThan(window.right);
      expect(item!.y).toBeLessThan(window.addressTop);
      expect(item!.y).toBeGreaterThan(window.bottom);
    }
    // Same country as the sender: no country line.
    expect(items.some((item) => item.text === 'NEDERLAND')).toBe(false);
    const returnLine = items.find((item) =>
      item.text.startsWith('Voorbeeld Groothandel B.V. · Keizersgracht'),
    );
    expect(returnLine!.y).toBeLessThan(window.top);
    expect(returnLine!.y).toBeGreaterThan(window.addressTop);
    // Nothing else of the letter is in the window: the letterhead and the date sit to its right.
    const inWindow = items.filter(
      (item) =>
        item.x >= window.left && item.x < window.right && item.y < window.top && item.y > window.bottom,
    );
    expect(
      inWindow
        .map((item) => item.text.replace(/\s+/gu, ' ').trim())
        .filter(Boolean)
        .sort(),
    ).toEqual([...lines.slice(0, 2), '3511 AB UTRECHT', returnLine!.text].sort());
  });

  it('continues a long letter on a second page, with the footer and page numbers on each', async () => {
    const pdf = await renderLetterPdf({
      identity: FIXTURE_IDENTITY,
      recipient: { name: "Café 't Hoekje", address: null },
      date: '2026-11-23',
      subject: 'Ingebrekestelling',
      body: Array.from({ length: 80 }, (_, i) => `Regel ${i + 1} van een lange brief.`).join('\n'),
      reference: 'F-1',
      payment: null,
      language: 'nl',
    });
    const document = await getDocumentProxy(new Uint8Array(pdf));
    expect(document.numPages).toBe(2);
    const { text } = await extractText(new Uint8Array(pdf));
    expect(text[1]).toContain('Regel 80 van een lange brief.');
    expect(text[1]).toContain('Pagina 2/2');
    expect(text[0]).toContain("Café 't Hoekje");
  });

  it('the notice of default on paper states the statutory interest up to its date and the rate', async () => {
    const mail = await renderEmailContent({
      content: {
        template: 'dunning_letter',
        companyName: FIXTURE_IDENTITY.legalName,
        debtorName: 'Bakkerij Jansen B.V.',
        invoices: [{ number: 'F2026-0060', openCents: 100_000, dueDate: '2026-09-01' }],
        stepLabel: 'Ingebrekestelling',
        letterKind: 'default_notice',
        costsCents: 15_000,
        interest: { kind: 'commercial', upTo: '2026-11-23', totalCents: 2_280, basisPoints: 1015 },
        paymentLink: null,
      },
      language: 'nl',
      letters: letterSettingsFor(FIXTURE_IDENTITY.legalName),
      today: '2026-11-23',
    });
    const pdf = await renderLetterPdf({
      identity: FIXTURE_IDENTITY,
      recipient: { name: 'Bakkerij Jansen B.V.', address: null },
      date: '2026-11-23',
      subject: mail.subject,
      body: mail.text,
      reference: 'F2026-0060',
      payment: { amountCents: 100_000, reference: 'F2026-0060' },
      language: 'nl',
    });
    const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
    const flat = text.replace(/\s+/gu, ' ');
    expect(flat).toContain('Wij stellen u hierbij in gebreke');
    expect(flat).toContain('buitengerechtelijke incassokosten van € 150,00');
    expect(flat).toContain(
      'De wettelijke handelsrente bedraagt tot de datum van deze brief € 22,80 (10,15% per jaar, art. 6:119a BW)',
    );
  });
});
