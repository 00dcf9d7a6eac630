import { describe, expect, it } from 'vitest';
import { extractReply } from '../../../../nlp/extract/extract-reply.ts';
import { expectReplyKept } from '../../../support/expect-reply-kept.ts';

/**
 * Classes of issue 16 round 9 (mailing-list archives, mail libraries' test mails, reply-parser
 * fixtures): MIME part headers left on top of the text, handles run onto the signature dashes,
 * footnote link lists under the closing, Outlook's "[mailto:]" header block of two lines, reply
 * text run onto an attribution, and a name-and-title signature without a marker. The examples are
 * ours, written the way the clients and gateways print them.
 */
const REPLY = 'We pay invoice 2026-0042 on Friday.\nThe order number is PO-7731.';
/** What follows the reply, apart, is cut: the reply alone comes back. */
const expectCutUnderReply = (tail: string): void => {
  expect(extractReply({ text: `${REPLY}\n\n${tail}\n` })).toBe(REPLY);
};

describe('extractReply: MIME part headers on top of the text', () => {
  it.each([
    'MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8; format=flowed\nContent-Transfer-Encoding: 7bit',
    'Content-Type: text/plain;\n\tcharset="iso-8859-1"\nContent-Transfer-Encoding: quoted-printable',
    'Content-Type: text/plain; charset=UTF-8\nContent-Disposition: inline',
  ])('drops the part headers %#', (headers) => {
    expect(extractReply({ text: `${headers}\n\n${REPLY}\n` })).toBe(REPLY);
  });

  it('keeps a debtor naming a header in a sentence, and headers not followed by a blank line', () => {
    const sentence = 'Content-Type: we could not open your PDF.\nPlease send it again.';
    expectReplyKept(sentence);
    const prose = `Our mail server says:\n\nContent-Type: text/plain\n\n${REPLY}`;
    expectReplyKept(prose);
  });
});

describe('extractReply: a handle run onto the signature dashes', () => {
  it.each(['---/dev/il', '--jan', '---Jan', '--j.smit', '-- Jan de Vries'])(
    'drops "%s" under the reply',
    expectCutUnderReply,
  );

  it.each([
    '-- and one more thing: the credit note is missing.',
    '--- see the attached statement for details',
  ])('keeps a sentence after dashes, "%s"', (line) => {
    const text = `${REPLY}\n\n${line}`;
    expectReplyKept(text);
  });
});

describe('extractReply: footnote link lists under the closing', () => {
  const body = 'The receipt is in our portal [1] and the remittance advice [2] lists the invoice.';
  it.each([
    '[1] https://portal.klant.nl/receipts/7731\n[2] https://portal.klant.nl/remittance/42',
    '[1]: https://portal.klant.nl/receipts/7731\n[2]:\nhttps://portal.klant.nl/remittance/42',
    '[1] <https://portal.klant.nl/receipts/7731>\n[2] https://portal.klant.nl/remittance/42',
  ])('keeps the links the text refers to %#', (links) => {
    const text = `Hello,\n\n${body}\n\nKind regards,\nJan\n\n${links}`;
    expectReplyKept(text);
  });

  it('drops links under the closing that the text never refers to, and a signature with them', () => {
    const reply = 'Hello,\n\nWe paid on Monday.\n\nKind regards,\nJan';
    expect(extractReply({ text: `${reply}\n\n[1] https://www.klant.nl/privacy` })).toBe(reply);
    expect(
      extractReply({ text: `${reply}\n\nKlant BV | Finance\nhttps://www.klant.nl\n+31 20 123 4567` }),
    ).toBe(reply);
  });
});

describe("extractReply: Outlook's header block of two lines", () => {
  it.each([
    'From: Accounts [mailto:ar@example.com]\nSubject: Invoice 2026-0042',
    'Van: Debiteuren [mailto:debiteuren@example.nl]\nOnderwerp: Factuur 2026-0042',
    'De : Comptabilité [mailto:compta@example.fr]\nObjet : Facture 2026-0042',
    'From: 会计部 [mailto:ar@example.cn]\nSubject: 发票 2026-0042',
  ])('cuts the quoted reminder under "%s"', (header) => {
    const text = `${REPLY}\n\n${header}\n\nDear customer, invoice 2026-0042 is still open.\n\n--\nTo unsubscribe, write to list-request@example.org`;
    expect(extractReply({ text })).toBe(REPLY);
  });

  it('keeps two header-like lines that carry no mailto sender', () => {
    const text = `${REPLY}\n\nFrom: our accounts department\nSubject: your reminder of March\n\nWe will look into it.`;
    expectReplyKept(text);
  });
});

describe('extractReply: reply text run onto an attribution', () => {
  it.each([
    ['11 would be best', 'On Mar 9, 2026 6:35 PM, Accounts <ar@example.com> wrote:'],
    ['30 days is fine for us', 'On Tue, 3 Mar 2026 at 14:22, Accounts <ar@example.com> wrote:'],
    ['2 weeks from now we pay', 'Op 3 mrt. 2026 om 14:22 schreef Debiteuren <ar@example.nl>:'],
  ])('keeps "%s" and drops the quote', (reply, attribution) => {
    const text = `${reply} ${attribution}\n>\n> Dear customer,\n> invoice 2026-0042 is still open.\n`;
    expect(extractReply({ text })).toBe(reply);
  });

  it.each([
    '4 Nov 2026, at 09:12, Accounts <ar@example.com> wrote:',
    '2026-03-03 14:22 GMT+01:00 Accounts <ar@example.com>:',
  ])('reads a dated attribution "%s" as one', (attribution) => {
    const text = `${REPLY}\n\n${attribution}\n> Dear customer,\n> invoice 2026-0042 is still open.`;
    expect(extractReply({ text })).toBe(REPLY);
  });
});

describe('extractReply: a name-and-title signature without a marker', () => {
  it.each([
    'Jan Smit | Credit Controller\nKlant BV',
    'Jane Doe – Head of Accounts Payable\nExample Ltd\nLondon',
    'Eva Muster | Buchhaltung\nMuster GmbH',
  ])('drops "%s" under the reply', expectCutUnderReply);

  it.each([
    'Team Support | Klant BV',
    'Jan Smit - we pay on Friday\nThe rest next week.',
    'Invoice 41 | EUR 310,00\nInvoice 42 | EUR 120,00',
    'Jan Smit | Credit Controller\nPlease call me about the credit note.',
  ])('keeps "%s", which is no such block', (tail) => {
    const text = `${REPLY}\n\n${tail}`;
    expectReplyKept(text);
  });
});
