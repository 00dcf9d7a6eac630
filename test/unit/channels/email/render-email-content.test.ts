import { describe, expect, it } from 'vitest';
import { letterSettingsFor } from '../../../../channels/email/letters/letter-settings.ts';
import { SHIPPED_LANGUAGES } from '../../../../channels/email/letters/load-letter-templates.ts';
import { LOGO_CONTENT_ID } from '../../../../channels/email/letters/logo-content-id.ts';
import type { AnswerEmailContent } from '../../../../channels/email/render-email.ts';
import { ANSWER_TEMPLATE_NAMES } from '../../../../channels/email/render-email.ts';
import { renderEmailContent } from '../../../../channels/email/render-email-content.ts';
import { formatLongDay } from '../../../../domain/calendar/format-long-day.ts';
import { formatMoney, money } from '../../../../domain/money.ts';
import { ACME_IDENTITY } from '../../../support/fixture-acme-letter.ts';

const common = {
  companyName: 'Acme',
  debtorName: 'Bakkerij Jansen',
  contactName: 'Jan de Vries',
  invoices: [
    { number: 'INV-2026-0042', openCents: 125_050, dueDate: '2026-10-01' },
    { number: 'INV-2026-0043', openCents: 20_000, dueDate: '2026-10-15' },
  ],
};

/** One of each answer, with the facts its notice stored: what the golden files show. */
const CONTENTS: Record<(typeof ANSWER_TEMPLATE_NAMES)[number], AnswerEmailContent> = {
  payment_plan_confirmation: {
    ...common,
    template: 'payment_plan_confirmation',
    instalments: [
      { dueDate: '2026-12-01', amountCents: 72_525 },
      { dueDate: '2027-01-04', amountCents: 72_525 },
    ],
  },
  po_request: { ...common, template: 'po_request' },
  dispute_acknowledgement: {
    ...common,
    template: 'dispute_acknowledgement',
    pausedUntil: '2026-12-23',
    staffNotified: true,
  },
  payment_link: { ...common, template: 'payment_link', url: 'https://pay.acme.example/pay/all' },
  invoice_reissued: { ...common, template: 'invoice_reissued', poNumber: 'PO-4500012345' },
  contact_updated: { ...common, template: 'contact_updated', email: 'crediteuren@jansen.example' },
  promise_confirmation: {
    ...common,
    template: 'promise_confirmation',
    promisedDate: '2026-12-10',
    amountCents: 100_000,
  },
  payment_reference_request: { ...common, template: 'payment_reference_request' },
  invoice_copy: { ...common, template: 'invoice_copy', paymentLink: 'https://pay.acme.example/pay/c' },
  payment_received: { ...common, template: 'payment_received', amountCents: 145_050 },
};

const plain = (text: string) => text.replace(/[\u00a0\u202f]/gu, ' ');
const settings = { company: ACME_IDENTITY, templatesDir: null };
const render = (content: AnswerEmailContent, language: string) =>
  renderEmailContent({ content, language, letters: settings, today: '2026-11-23' });

/** The facts a debtor must read in the answer, formatted from what is stored. */
function facts(content: AnswerEmailContent, language: string): string[] {
  const eur = (cents: number) => plain(formatMoney(money(cents), language));
  const day = (date: string) => formatLongDay(date, language);
  const invoices = content.invoices.flatMap((invoice) => [invoice.number]);
  switch (content.template) {
    case 'payment_plan_confirmation':
      return [
        ...invoices,
        eur(145_050),
        ...content.instalments.flatMap((part) => [day(part.dueDate), eur(part.amountCents)]),
      ];
    case 'dispute_acknowledgement':
      return [...invoices, day(content.pausedUntil!)];
    case 'payment_link':
      return [...invoices, content.url, eur(145_050)];
    case 'invoice_reissued':
      return [...invoices, content.poNumber, eur(125_050), day('2026-10-01')];
    case 'contact_updated':
      return [...invoices, content.email, eur(145_050)];
    case 'promise_confirmation':
      return [...invoices, eur(content.amountCents!), day(content.promisedDate)];
    case 'invoice_copy':
      return [...invoices, content.paymentLink!, eur(125_050), eur(20_000), day('2026-10-15')];
    case 'payment_received':
      return [...invoices, eur(content.amountCents!)];
    default:
      return [...invoices, eur(125_050), eur(20_000)];
  }
}

describe('automatic answers and action notices (golden files)', () => {
  for (const language of SHIPPED_LANGUAGES) {
    for (const name of ANSWER_TEMPLATE_NAMES) {
      it(`${language}/${name}: as in the golden file, with the stored facts in text and HTML`, async () => {
        const mail = await render(CONTENTS[name], language);
        await expect(`Subject: ${mail.subject}\n\n${mail.text}`).toMatchFileSnapshot(
          `golden/${language}/${name}.txt`,
        );
        for (const fact of facts(CONTENTS[name], language)) {
          expect(plain(mail.text), `${fact} in the text`).toContain(fact);
          expect(plain(mail.html ?? ''), `${fact} in the HTML`).toContain(fact);
        }
        // The subject names the invoices (a reply that loses its headers can still be matched),
        // except the change of address, which is about the debtor, not an invoice.
        if (name !== 'contact_updated') expect(mail.subject).toContain('INV-2026-0042, INV-2026-0043');
        // Greeted by the contact, never by the company's name; signed by the company.
        expect(mail.text).not.toMatch(/Bakkerij Jansen,/u);
        // French letters open "Madame, Monsieur," when no title says which (choose-salutation.ts).
        expect(mail.text).toMatch(language === 'fr' ? /^Madame, Monsieur,/u : /de Vries/iu);
        expect(mail.text).toContain('Acme Supplies B.V.');
        expect(mail.text).not.toMatch(/\{\{|\{%|cents/u);
        expect(mail.html).toContain('<html');
      });
    }
  }

  it('without a staff channel the acknowledgement promises no contact', async () => {
    const nl = await render(
      { ...CONTENTS.dispute_acknowledgement, staffNotified: false } as AnswerEmailContent,
      'nl',
    );
    expect(nl.text).toContain('vastgelegd bij uw dossier');
    expect(nl.text).not.toMatch(/contact met u op/u);
  });

  it('payment_received names no amount when the books hold none; one invoice reads singular', async () => {
    const en = await render(
      { ...common, invoices: [common.invoices[0]!], template: 'payment_received', amountCents: null },
      'en',
    );
    expect(en.text).toContain('We have received your payment; invoice INV-2026-0042 is now paid.');
    expect(en.text).not.toContain('€');
  });

  it('a promise without an amount states the open total', async () => {
    const nl = await render(
      { ...CONTENTS.promise_confirmation, amountCents: null } as AnswerEmailContent,
      'nl',
    );
    expect(plain(nl.text)).toContain('dat u € 1.450,50 op 10 december 2026 betaalt');
  });

  it('a language without templates gets English', async () => {
    const mail = await render(CONTENTS.po_request, 'it');
    expect(mail.subject).toBe('Purchase order number for invoice INV-2026-0042, INV-2026-0043');
  });

  it('a logo file goes with the mail as an inline image the HTML shows by Content-ID', async () => {
    const logo = { contentType: 'image/png' as const, base64: 'iVBORw0KGgo=', file: '/x/logo.png' };
    const mail = await renderEmailContent({
      content: CONTENTS.payment_received,
      language: 'nl',
      letters: { company: { ...ACME_IDENTITY, logo }, templatesDir: null },
      today: '2026-11-23',
    });
    expect(mail.html).toContain(`src="cid:${LOGO_CONTENT_ID}"`);
    expect(mail.inline).toEqual([
      {
        filename: 'logo.png',
        contentType: 'image/png',
        contentBase64: 'iVBORw0KGgo=',
        contentId: LOGO_CONTENT_ID,
      },
    ]);
    const bare = await renderEmailContent({
      content: CONTENTS.payment_received,
      language: 'nl',
      letters: letterSettingsFor('Acme'),
      today: '2026-11-23',
    });
    expect(bare.inline).toBeUndefined();
    expect(bare.html).not.toContain('<img');
  });
});
