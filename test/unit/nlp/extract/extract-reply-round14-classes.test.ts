import { describe, expect, it } from 'vitest';
import { extractReply } from '../../../../nlp/extract/extract-reply.ts';

/**
 * Classes of issue 16 round 14 (mailing-list archives): the attachment marker a list archive puts
 * where it scrubbed an attachment ("-------------- next part --------------"), and a signature
 * boxed in asterisks. The examples are ours.
 */
const REPLY = 'We pay invoice 2026-0042 on Friday.\nThe order number is PO-7731.';

describe("extractReply: a list archive's attachment marker", () => {
  it('ends the reply there: the attachment under it is not what the person wrote', () => {
    const text = `${REPLY}\n\nJan\n-------------- next part --------------\nInvoice,Amount\n2026-0042,120.00\nprint total\n`;
    expect(extractReply({ text })).toBe(`${REPLY}\n\nJan`);
  });

  it('ends the reply at a scrubbed HTML part as well', () => {
    const text = `${REPLY}\n-------------- next part --------------\nAn HTML attachment was scrubbed...\nURL: http://lists.example/pipermail/attachment.htm\n`;
    expect(extractReply({ text })).toBe(REPLY);
  });

  it('keeps a line that only mentions the next part in a sentence', () => {
    const text = `${REPLY}\nThe next part of the payment follows in May.`;
    expect(extractReply({ text })).toBe(text);
  });
});

describe('extractReply: a signature boxed in asterisks', () => {
  it('cuts the box under the signed name', () => {
    const box =
      '*************************\n* Jan de Vries, MSc\n* Head of Accounts Payable\n* Klant BV, Stationsweg 1\n* 1234 AB Utrecht\n* Phone : +31 20 123 4567\n* Fax   : +31 20 123 4568\n* Email: jan at klant.example\n*************************';
    const text = `${REPLY}\n\nJan\n\n${box}\n\n`;
    expect(extractReply({ text })).toBe(`${REPLY}\n\nJan`);
  });

  it('cuts a box closed on both sides of its lines', () => {
    const box =
      '*****************************\n* Jan de Vries               *\n* Klant BV                   *\n* Tel. +31 20 123 4567        *\n*****************************';
    expect(extractReply({ text: `${REPLY}\n\n${box}` })).toBe(REPLY);
  });

  it('keeps a list of starred points without a contact detail', () => {
    const text = `${REPLY}\n\n**********\n* invoice 2026-0042: paid on Friday\n* invoice 2026-0043: disputed, goods damaged\n* invoice 2026-0044: credit note expected\n* invoice 2026-0045: paid\n* invoice 2026-0046: paid\n* invoice 2026-0047: open\n* invoice 2026-0048: open\n* invoice 2026-0049: paid`;
    expect(extractReply({ text })).toBe(text);
  });
});

const QUOTE = '> Please pay invoice 2026-0042 of EUR 120.00.\n> It is overdue since March.';

describe("extractReply: attributions with an archive's written-out address", () => {
  it('reads "Name <a at b>" <a at b> writes: as the attribution of the quote under it', () => {
    const text = `"Credit Control <cc at us.example>" <cc at us.example> writes:\n\n${QUOTE}\n\n${REPLY}\n\nJan`;
    expect(extractReply({ text })).toBe(`${REPLY}\n\nJan`);
  });

  it('reads a lone From: line with an address right above the quote as its attribution', () => {
    const text = `From: "Credit Control" <cc at us.example>\n\n\n${QUOTE}\n\n${REPLY}\n\n-jan`;
    expect(extractReply({ text })).toBe(`${REPLY}\n\n-jan`);
  });

  it('reads the attribution wrapped before "writes:"', () => {
    const text = `"Credit Control <cc at us.example>" <cc at us.example>\nwrites:\n\n${QUOTE}\n\n${REPLY}`;
    expect(extractReply({ text })).toBe(REPLY);
  });

  it('keeps a sentence that says where to write, with no quote under it', () => {
    const text = `${REPLY}\nPlease write to <ap at klant.example> about this, she writes:\nthe invoice is approved.`;
    expect(extractReply({ text })).toBe(text);
  });

  it('reads the lone From: line over a quote that opens with its own attribution', () => {
    const text = `From: "Credit Control" <cc@us.example>\n\n> Anna wrote:\n${QUOTE}\n\n${REPLY}`;
    expect(extractReply({ text })).toBe(REPLY);
  });

  it('keeps a From: line that is not followed by a quote', () => {
    const text = `From: Jan de Vries <jan at klant.example>\n\n${REPLY}`;
    expect(extractReply({ text })).toBe(text);
  });
});

describe('extractReply: sign-offs between dashes and session transcripts', () => {
  it('keeps initials signed between dashes: the person signing, not a separator', () => {
    const text = `${REPLY}\n\n--jdv--`;
    expect(extractReply({ text })).toBe(text);
  });

  it('keeps a name signed between dashes', () => {
    const text = `${REPLY}\n\n-- Jan --`;
    expect(extractReply({ text })).toBe(text);
  });

  it('keeps the empty prompt that ends a session transcript', () => {
    const text = `Is the total wrong?\n\n>>> total = 120 + 80\n>>> print total\n200\n>>>`;
    expect(extractReply({ text })).toBe(text);
  });

  it("keeps a program's prompts and output under a signed-between-dashes name", () => {
    const text = `Our system computes it so:\n\nCALC> total 120 80\n200\nCALC> vat 200\n42\n\n--jdv--`;
    expect(extractReply({ text })).toBe(text);
  });

  it('keeps quotes answered line by line as they were', () => {
    const text = `> Can you pay on Friday?\nYes.\n> And the order number?\nPO-7731.`;
    expect(extractReply({ text })).toBe(text);
  });

  it('still drops a trailing quote that is not a transcript', () => {
    const text = `${REPLY}\n\n>>> Please pay invoice 2026-0042.\n>>>`;
    expect(extractReply({ text })).toBe(REPLY);
  });
});

describe('extractReply: a leading quote without attribution', () => {
  it("cuts a leading quote that holds the quoted sender's signature: the whole message, history", () => {
    const text = `${QUOTE}\n>\n> -- \n> Credit Control, Us BV\n\n${REPLY}\n\nJan`;
    expect(extractReply({ text })).toBe(`${REPLY}\n\nJan`);
  });

  it('keeps a leading quote without a signature in it: the point the person answers', () => {
    const text = `${QUOTE}\n\n${REPLY}\n\nJan`;
    expect(extractReply({ text })).toBe(text);
  });
});

describe('extractReply: a leading quote answered at length', () => {
  const LONG_QUOTE = `${QUOTE}\n> The amount includes the late fee.\n> Contact us with questions.`;
  const LONG_ANSWER = `${REPLY}\nThe late fee is not in our contract.\nWe pay the invoice without it.\nOur accounts payable team confirms it.\nPlease send a corrected invoice.\nThe contract is attached again.\nWe expect the credit note this week.`;

  it('cuts a quote of four lines answered in twice as many lines', () => {
    expect(extractReply({ text: `${LONG_QUOTE}\n\n${LONG_ANSWER}` })).toBe(LONG_ANSWER);
  });

  it('keeps a long quote over a short answer', () => {
    const text = `${LONG_QUOTE}\n\n${REPLY}`;
    expect(extractReply({ text })).toBe(text);
  });
});
