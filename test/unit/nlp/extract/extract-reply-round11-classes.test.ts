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
