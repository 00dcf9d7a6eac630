import { describe, expect, it } from 'vitest';
import { extractReply } from '../../../../nlp/extract/extract-reply.ts';

const OUR_REMINDER_QUOTED = [
  '> Beste klant,',
  '>',
  '> Volgens onze administratie staat factuur INV-2025-0042 van € 1.250,00 nog open.',
  '> Wilt u dit bedrag binnen 14 dagen overmaken?',
  '>',
  '> Met vriendelijke groet,',
  '> Incasso Team',
].join('\n');

const OUTLOOK_HEADER_NL = [
  'Van: Incasso Team <incasso@example.nl>',
  'Verzonden: maandag 1 december 2025 10:15',
  'Aan: Piet Jansen <piet@example.nl>',
  'Onderwerp: Herinnering factuur INV-2025-0042',
  '',
  'Beste klant,',
  '',
  'Volgens onze administratie staat factuur INV-2025-0042 nog open.',
].join('\n');

describe('extractReply', () => {
  it.each([
    {
      name: 'Gmail (nl) reply over our quoted reminder, with signature block',
      text: `Excuses, de factuur is blijven liggen. We betalen hem vrijdag.\n\nMet vriendelijke groet,\n\nJan de Vries\nFinanciële administratie\nDe Vries BV | Industrieweg 12 | Utrecht\nT: 030-1234567\n\nOp ma 1 dec. 2025 om 10:15 schreef Incasso Team <incasso@example.nl>:\n\n${OUR_REMINDER_QUOTED}`,
      expected:
        'Excuses, de factuur is blijven liggen. We betalen hem vrijdag.\n\nMet vriendelijke groet,\n\nJan de Vries',
    },
    {
      name: 'Apple Mail (nl) with device footer',
      text: `Wij hebben deze factuur al op 28 november betaald.\n\nVerzonden vanaf mijn iPhone\n\n> Op 1 dec. 2025 om 10:15 heeft Incasso Team <incasso@example.nl> het volgende geschreven:\n>\n${OUR_REMINDER_QUOTED}`,
      expected: 'Wij hebben deze factuur al op 28 november betaald.',
    },
    {
      name: 'Outlook (nl) header block',
      text: `Kunnen we dit in 3 termijnen betalen?\n\nGroeten,\nPiet\n\n${OUTLOOK_HEADER_NL}`,
      expected: 'Kunnen we dit in 3 termijnen betalen?\n\nGroeten,\nPiet',
    },
    {
      name: 'Outlook (nl) "Oorspronkelijk bericht"',
      text: `Ik betaal volgende week.\n\n-----Oorspronkelijk bericht-----\n${OUTLOOK_HEADER_NL}`,
      expected: 'Ik betaal volgende week.',
    },
    {
      name: 'Outlook (en) "Original Message"',
      text: 'Please send a copy of the invoice.\n\n-----Original Message-----\nFrom: Collections <c@example.com>\nSent: Monday, December 1, 2025 10:15 AM\nTo: Sarah\nSubject: Reminder\n\nDear customer',
      expected: 'Please send a copy of the invoice.',
    },
    {
      name: 'Gmail (en) attribution wrapped over two lines',
      text: 'Paid yesterday, ref 889123.\n\nOn Mon, Dec 1, 2025 at 10:15 AM Collections <\ncollections@example.com> wrote:\n\n> Dear customer,\n> invoice INV-2025-0042 is overdue.',
      expected: 'Paid yesterday, ref 889123.',
    },
    {
      name: 'bottom-posted reply below our quoted reminder',
      text: `Op ma 1 dec. 2025 om 10:15 schreef Incasso Team <incasso@example.nl>:\n${OUR_REMINDER_QUOTED}\n\nDeze factuur klopt niet, de uren zijn dubbel gerekend.`,
      expected: 'Deze factuur klopt niet, de uren zijn dubbel gerekend.',
    },
    {
      name: 'Dutch disclaimer',
      text: 'Het bedrag is overgemaakt.\n\nDit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Aan dit bericht kunnen geen rechten worden ontleend.',
      expected: 'Het bedrag is overgemaakt.',
    },
    {
      name: 'forwarded to accounts payable',
      text: 'Kunnen jullie dit oppakken?\n\n---------- Forwarded message ---------\nFrom: Collections <c@example.com>\nDate: Mon, Dec 1, 2025 at 10:15\nSubject: Reminder\nTo: <piet@example.nl>\n\nDear customer',
      expected: 'Kunnen jullie dit oppakken?',
    },
    {
      name: '"-- " signature separator',
      text: 'Betaald!\n\n-- \nPiet Jansen\nwww.example.nl',
      expected: 'Betaald!',
    },
  ])('$name', ({ text, expected }) => {
    expect(extractReply({ text })).toBe(expected);
  });

  it('keeps a sentence that merely starts with "Sent from" when it is about the payment', () => {
    expect(extractReply({ text: 'Sent from our account on Friday.\n\nRegards,\nSarah' })).toContain(
      'Sent from our account on Friday.',
    );
  });

  it('keeps reply text that starts with "Thanks" and continues', () => {
    expect(extractReply({ text: 'Thanks!\n\nWe will pay on Friday.' })).toBe(
      'Thanks!\n\nWe will pay on Friday.',
    );
  });

  it('converts HTML-only mail and drops the Gmail quote container', () => {
    const html =
      '<div dir="ltr">Wij betalen <b>vrijdag</b>.<br><br>Groet, Jan</div><div class="gmail_quote"><div class="gmail_attr">Op ma 1 dec 2025 schreef X &lt;x@y.nl&gt;:</div><blockquote class="gmail_quote">Beste klant, factuur open</blockquote></div>';
    expect(extractReply({ text: '', html })).toBe('Wij betalen vrijdag.\n\nGroet, Jan');
  });

  it('converts Outlook HTML and cuts at the embedded header block', () => {
    const html =
      '<p>Akkoord, we betalen in 2 termijnen.</p><div id="divRplyFwdMsg"><hr><b>Van:</b> Incasso &lt;i@x.nl&gt;<br><b>Verzonden:</b> maandag 1 december 2025 10:00<br><b>Aan:</b> Kees<br><b>Onderwerp:</b> Herinnering</div><div>Beste klant, de factuur staat open.</div>';
    expect(extractReply({ text: '  ', html })).toBe('Akkoord, we betalen in 2 termijnen.');
  });

  it('returns an empty string for an empty message', () => {
    expect(extractReply({ text: '\n \n' })).toBe('');
  });
});
