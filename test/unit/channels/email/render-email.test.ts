import { describe, expect, it } from 'vitest';
import { type CodedEmailContent, renderEmail } from '../../../../channels/email/render-email.ts';

const common = {
  companyName: 'Our Company',
  debtorName: 'Bakkerij Jansen',
  invoices: [{ number: 'INV-2026-0042', openCents: 125_050, dueDate: '2026-10-01' }],
};
// The ladder letters (reminder, dunning_letter) are worded by their templates:
// test/unit/channels/email/letters/render-letter.test.ts.
const CONTENTS: CodedEmailContent[] = [
  {
    ...common,
    template: 'payment_plan_confirmation',
    instalments: [
      { dueDate: '2026-12-01', amountCents: 62_525 },
      { dueDate: '2027-01-01', amountCents: 62_525 },
    ],
  },
  { ...common, template: 'po_request' },
  { ...common, template: 'dispute_acknowledgement', pausedUntil: '2026-12-23' },
  { ...common, template: 'payment_link', url: 'https://pay.example/i/INV-2026-0042' },
  { ...common, template: 'payment_received', amountCents: 125_050 },
];

describe('renderEmail', () => {
  for (const content of CONTENTS) {
    it(`${content.template}: Dutch and English, naming the invoice in the subject`, () => {
      const nl = renderEmail(content, 'nl');
      const en = renderEmail(content, 'en');
      for (const mail of [nl, en]) {
        expect(mail.subject).toContain('INV-2026-0042');
        expect(mail.text).toContain('Our Company');
      }
      expect(nl.text).toMatch(/^Beste Bakkerij Jansen,/);
      expect(en.text).toMatch(/^Dear Bakkerij Jansen,/);
      expect(nl.text).not.toBe(en.text);
    });
  }

  it('formats money and days per language', () => {
    // Intl puts a no-break space between symbol and amount; compare with plain spaces.
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    const nl = plain(renderEmail(CONTENTS[1]!, 'nl').text);
    const en = plain(renderEmail(CONTENTS[1]!, 'en').text);
    expect(nl).toContain('€ 1.250,50');
    expect(nl).toContain('1 oktober 2026');
    expect(en).toContain('€1,250.50');
    expect(en).toContain('1 October 2026');
    expect(plain(renderEmail(CONTENTS[0]!, 'nl').text)).toContain('€ 625,25');
    expect(renderEmail(CONTENTS[2]!, 'en').text).toContain('23 December 2026');
  });

  it('payment_received thanks for the amount received, and names none when the books hold none', () => {
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    const nl = plain(
      renderEmail({ ...common, template: 'payment_received', amountCents: 125_050 }, 'nl').text,
    );
    expect(nl).toContain(
      'Wij hebben uw betaling van € 1.250,50 ontvangen; factuur INV-2026-0042 is daarmee betaald.',
    );
    const en = renderEmail({ ...common, template: 'payment_received', amountCents: null }, 'en').text;
    expect(en).toContain('We have received your payment; invoice INV-2026-0042 is now paid.');
    expect(en).not.toContain('€');
  });
});
