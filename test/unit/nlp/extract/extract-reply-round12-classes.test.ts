import { describe, expect, it } from 'vitest';
import { extractReply } from '../../../../nlp/extract/extract-reply.ts';
import { expectReplyKept } from '../../../support/expect-reply-kept.ts';

/**
 * Classes of issue 16 round 12 (old list mail): a trailing quote whose attribution was lost, a
 * contact block under a long rule or straight under the signed name, a "Name, Title" line, and
 * ASCII figures that are not separators. The examples are ours.
 */
const REPLY = 'We pay invoice 2026-0042 on Friday.\nThe order number is PO-7731.';
const SIGNATURE =
  'Jan de Vries\nHead of Accounts Payable\njan@klant.example\nPhone: +31 20 123 4567\n\n\nKlant BV\nKeizersgracht 1\n1015 AA Amsterdam';

describe('extractReply: a trailing quote without an attribution', () => {
  it('cuts a quote under the reply that nothing of the person follows', () => {
    const text = `${REPLY}\n\nJan\n\n> Dear customer,\n> invoice 2026-0042 is overdue.\n> Please pay it this week.\n> \n> Credit Control`;
    expect(extractReply({ text })).toBe(`${REPLY}\n\nJan`);
  });

  it('cuts a quoted header block and the quote under it', () => {
    const text = `${REPLY}\n\n- Jan\n\n> From:\tCredit Control [SMTP:cc@us.example]\n> Sent:\tTuesday, March 3, 2026 10:00 AM\n> To:\tJan de Vries\n> Subject:\tInvoice 2026-0042\n> \n> Please pay the invoice.`;
    expect(extractReply({ text })).toBe(`${REPLY}\n\n- Jan`);
  });

  it('cuts the quote and the signature the client put under it', () => {
    const text = `${REPLY}\n\nJan\n\n> Dear customer,\n> please pay invoice 2026-0042.\n\n${SIGNATURE}`;
    expect(extractReply({ text })).toBe(`${REPLY}\n\nJan`);
  });

  it('cuts a forwarded quote with the signature under it when the marker stands above it', () => {
    const text = `${REPLY}\n\nJan\n\nBegin forwarded message:\n\n> From: Credit Control <cc@us.example>\n> Date: 3 March 2026 10:00:00 CET\n> To: Jan <jan@klant.example>\n> Subject: Invoice 2026-0042\n> \n> Please pay it.\n\n${SIGNATURE}`;
    expect(extractReply({ text })).toBe(`${REPLY}\n\nJan`);
  });

  it('cuts a quote whose sender left an ellipsis where lines were cut out', () => {
    const text = `${REPLY}\n\n-----Original Message-----\n> From: Credit Control\n> Sent: Tuesday\n\t...\n> Please pay the invoice.\n> Thanks`;
    expect(extractReply({ text })).toBe(REPLY);
  });

  it('keeps quotes the person answers under, and answers between quotes', () => {
    expectReplyKept(`> Is invoice 2026-0042 paid?\n\n${REPLY}`);
    expectReplyKept(`> Is invoice 2026-0042 paid?\nYes, on Friday.\n\n> And the order number?\nPO-7731.`);
    expectReplyKept(
      `${REPLY}\n\n> Can you confirm?\n\nYes, confirmed. We talked about it yesterday with your colleague.`,
    );
  });

  it('keeps a short answer under a quote, with a signature under the answer', () => {
    for (const answer of ['Yes, paid.', 'Done.', 'Paid on Friday!', 'Which invoice?']) {
      const text = `Hi,\n\n> Is invoice 2026-0042 paid?\n\n${answer}\n\nJan\n+31 6 1234 5678`;
      expect(extractReply({ text })).toContain(answer);
    }
  });

  it('keeps a quote that is the whole message', () => {
    expectReplyKept('> Please pay invoice 2026-0042.\n> Thanks');
  });
});

describe('extractReply: a contact block under a long rule', () => {
  it('cuts the rule and the name, company and numbers under it, and a list footer after them', () => {
    const text = `${REPLY}\n\nThanks,\n--Jan\n\n----------------------------------------------------\nJan de Vries, Head of Accounts Payable\nKlant BV, Keizersgracht 1, 1015 AA Amsterdam, The Netherlands\n+31 20 123 4567             FAX: +31 20 123 4568\njan at klant.example        Mobile: +31 6 1234 5678\n----------------------------------------------------\n_______________________________________________\nap mailing list\nap at klant.example\nhttps://lists.klant.example/listinfo/ap`;
    expect(extractReply({ text })).toBe(`${REPLY}\n\nThanks,\n--Jan`);
  });

  it('keeps a log or a table under a rule, and prose after it', () => {
    expectReplyKept(
      `${REPLY}\n\n----------------------------------------\nPayment 2026-03-03 10:00 EUR 310,00 ref 2026-0042\nPayment 2026-03-04 11:00 EUR 120,00 ref 2026-0043\nPayment 2026-03-05 12:00 EUR 80,00 ref 2026-0044\nPayment 2026-03-06 13:00 EUR 10,00 ref 2026-0045\nPayment 2026-03-07 14:00 EUR 20,00 ref 2026-0046\nPayment 2026-03-08 15:00 EUR 30,00 ref 2026-0047\nPayment 2026-03-09 16:00 EUR 40,00 ref 2026-0048\n\nAs you can see in the log above, all of them were paid in time by our bank.`,
    );
  });
});

describe('extractReply: contact lines under the signed name', () => {
  it('cuts a company, address, phone and mail block under the name, keeping closing and name', () => {
    const text = `${REPLY}\n\nThanks in advance!\n/Jan de Vries\n\nKlant BV, Keizersgracht 1, 1015 AA Amsterdam, Netherlands\nPhone +31 20 1234567, Direct +31 20 1234568, Mobile +31 6 12345678\njan@klant.example | http://www.klant.example`;
    expect(extractReply({ text })).toBe(`${REPLY}\n\nThanks in advance!\n/Jan de Vries`);
  });

  it('cuts a lone contact link under the signed name', () => {
    const text = `${REPLY}\n\nB. R.\nJan\nhttp://klant.example/contact.html`;
    expect(extractReply({ text })).toBe(`${REPLY}\n\nB. R.\nJan`);
  });

  it('keeps a link the person points at', () => {
    expectReplyKept(`${REPLY}\nThe receipt is here:\nhttp://klant.example/receipt/2026-0042`);
    expectReplyKept(`${REPLY}\n\nB. R.\nJan\n\nThe receipt: http://klant.example/receipt/2026-0042`);
  });
});

describe('extractReply: a "Name, Title" line under the reply', () => {
  it.each(['Jan K. de Vries, Klant BV Accounts Payable & Treasury', 'Maria Jansen, Head of Finance'])(
    'cuts %s',
    (line) => {
      expect(extractReply({ text: `${REPLY}\n\n${line}` })).toBe(REPLY);
    },
  );

  it('keeps sentences and closings that look alike', () => {
    expectReplyKept(`${REPLY}\n\nJan de Vries, our director, will call you on Friday.`);
    expectReplyKept(`${REPLY}\n\nBest Regards, Finance Team`);
    expectReplyKept(`${REPLY}\n\nFriday, March 3`);
    expectReplyKept(`${REPLY}\n\nFinance Team, Loch Lomond Trust`);
    expectReplyKept(`${REPLY}\n\nCustomer Service, Klant BV`);
  });
});

describe('extractReply: an ASCII figure is not a separator', () => {
  it('keeps a packet diagram, its caption and the closing under it', () => {
    const figure =
      '    0                   1\n    0 1 2 3 4 5 6 7 8 9 0 1 2 3\n   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+\n   | Vers  |  Sub  | Type  |\n   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+\n   |        Length         |\n   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+\n\n              Figure 1\n\n\nRegards,\nJan';
    expectReplyKept(`Which of the two types is meant here?\n\n${figure}`);
  });
});

describe('extractReply: a quoted header block is an attribution wherever it stands', () => {
  const header =
    '> From: Credit Control <cc@us.example>\n> Sent: Tuesday, March 3, 2026 10:00 AM\n> To: Jan de Vries\n> Subject: Invoice 2026-0042';

  it('cuts the quote under it when the person answers below (bottom-posting)', () => {
    const text = `${header}\n>\n> Please pay invoice 2026-0042.\n\n${REPLY}`;
    expect(extractReply({ text })).toBe(REPLY);
  });

  it('keeps quoted lines that only name a field', () => {
    expectReplyKept(`> Subject: the order number\n\n${REPLY}`);
  });
});
