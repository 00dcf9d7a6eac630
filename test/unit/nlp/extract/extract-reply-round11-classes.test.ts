import { describe, expect, it } from 'vitest';
import { extractReply } from '../../../../nlp/extract/extract-reply.ts';
import { expectReplyKept } from '../../../support/expect-reply-kept.ts';

/**
 * Classes of issue 16 round 11 (old list mail): the marks Pine, Gnus and others leave where the
 * sender cut part of a quote ("[...]", "[snip]", "<snip>"), and a signature laid out as a table
 * (name and contact details in columns) without a "-- " above it. The examples are ours.
 */
const REPLY = 'We pay invoice 2026-0042 on Friday.\nThe order number is PO-7731.';

describe('extractReply: an elided quote is still a quote', () => {
  it.each(['[...]', '[…]', '[snip]', '<snip>', '[ ... ]', '(snip)', '[schnipp]', '[knip]'])(
    'cuts a bottom-posted quote with %s where lines were left out',
    (mark) => {
      const text = `On Tue, 3 Mar 2026, Credit Control wrote:\n${mark}\n> > Please pay invoice 2026-0042.\n> >\n> We sent it on 1 March.\n${mark}\n\n${REPLY}\n\nPiet`;
      expect(extractReply({ text })).toBe(`${REPLY}\n\nPiet`);
    },
  );

  it('cuts a quote that opens with the mark under its attribution, also with a blank line', () => {
    const text = `Jan de Vries <jan@klant.example> writes:\n\n[...]\n> Please pay the invoice.\n\n${REPLY}`;
    expect(extractReply({ text })).toBe(REPLY);
  });

  it('keeps the mark when the person wrote it in the reply, away from any quote', () => {
    expectReplyKept(`${REPLY}\n[...]\nThe rest follows next week.`);
    expectReplyKept(`The list:\n[...] see the attachment\n\n${REPLY}`);
  });
});

describe('extractReply: a signature table without a marker', () => {
  it.each([
    'Maria Jansen          | Tel:  +31 20 123 4567\nKlant BV, Crediteuren | Fax:  +31 20 123 4568\nPostbus 12            | 1000 AA Amsterdam',
    'Piet de Boer\t\tphone: +44 20 7946 0000\nAcme Ltd, Accounts\t\tpiet@acme.example',
    'Dr. Eva Musterfrau    \\\\ Muster GmbH \\\\\nBuchhaltung           \\\\ Tel.: 030 1234567 \\\\\nHauptstr. 1, 10115 Berlin',
  ])('cuts the table under the reply %#', (table) => {
    expect(extractReply({ text: `${REPLY}\n\n${table}\n` })).toBe(REPLY);
  });

  it('keeps tables a debtor writes: invoices, amounts, a name with a sentence', () => {
    expectReplyKept(`${REPLY}\n\n2026-0042 | EUR 310,00 | paid 3 March\n2026-0043 | EUR 120,00 | open`);
    expectReplyKept(`${REPLY}\n\nInvoice      Amount      Due\n2026-0042    310,00      3 March`);
    expectReplyKept(
      `${REPLY}\n\nJan de Vries | we pay the rest on Friday, call me at +31 6 1234 5678 if needed.\nKlant BV | thanks for waiting so long for us`,
    );
  });

  it('keeps a table that is the only text', () => {
    expectReplyKept(
      'Maria Jansen          | Tel:  +31 20 123 4567\nKlant BV, Crediteuren | Fax:  +31 20 123 4568',
    );
  });
});

describe('extractReply: attributions of news readers', () => {
  it.each([
    'In article <abc123@news.example>, Credit Control <cc@us.example> wrote:',
    'In article <abc123@news.example>, cc@us.example says...',
    'In article <abc123@news.example>, Credit Control writes:',
    'Credit Control <cc@us.example> wrote in message news:abc123@news.example...',
    '"Credit Control" wrote in message <abc123@news.example>...',
  ])('cuts %s and the quote under the reply', (attribution) => {
    expect(extractReply({ text: `${REPLY}\n\n${attribution}\n> Please pay the invoice.\n> Thanks.` })).toBe(
      REPLY,
    );
  });

  it('cuts the attribution and quote above a bottom-posted reply', () => {
    const text = `In article <abc123@news.example>, cc@us.example says...\n> Please pay the invoice.\n\n${REPLY}`;
    expect(extractReply({ text })).toBe(REPLY);
  });

  it('keeps a debtor writing about an article or a message', () => {
    expectReplyKept(`${REPLY}\n\nIn article 4 of your terms, payment is due in 30 days.`);
    expectReplyKept(`${REPLY}\n\nJan wrote in his message that we could pay in two parts.`);
  });
});

describe('extractReply: the header Lotus Notes puts above a quoted mail', () => {
  it.each([
    'Credit Control/Finance/US@US\n03/03/2026 10:00 AM\nTo: Jan de Vries/Klant@Klant\ncc:\nSubject: Invoice 2026-0042',
    'Credit Control/US@US\n03.03.2026 10:00\n\nTo: jan@klant.example\ncc: \nSubject: Invoice 2026-0042',
    '"Credit Control" <cc@us.example>\n2026-03-03 10:00\n\nPlease respond to\ncc@us.example\nTo: jan@klant.example\ncc:\nSubject: Invoice 2026-0042',
  ])('cuts the sender, date and header block %#', (header) => {
    expect(extractReply({ text: `${REPLY}\n\n\n\n${header}\n\nPlease pay the invoice.` })).toBe(REPLY);
  });

  it('keeps a department and a date the debtor writes', () => {
    expectReplyKept(`${REPLY}\n\nFinance/Accounts Payable\n03/03/2026 10:00 AM we sent the transfer.`);
  });
});
