import { describe, expect, it } from 'vitest';
import { extractReply } from '../../../../nlp/extract/extract-reply.ts';

/**
 * Classes of issue 16 round 13 (list mail of standards groups): a signed first name over the full
 * name's contact block, a title or company line under the signed name, a Lotus Notes header block
 * with its labels on lines of their own, an Outlook-style header block opening with "Sender:", and
 * "on behalf" as part of the closing. The examples are ours.
 */
const REPLY = 'We pay invoice 2026-0042 on Friday.\nThe order number is PO-7731.';
const HISTORY =
  'From: Credit Control <cc@us.example>\nSent: Tuesday, March 3, 2026 10:00 AM\nTo: Jan de Vries\nSubject: Invoice 2026-0042\n\nPlease pay the invoice.';

describe('extractReply: the signed first name over the full name and its contact lines', () => {
  it('cuts from the full name under a closing written as initials', () => {
    const text = `${REPLY}\n\nBR\nJan\n\nJan de Vries\nEmail: jan@klant.example\nMobile: +31 6 1234 5678\n\n${HISTORY}`;
    expect(extractReply({ text })).toBe(`${REPLY}\n\nBR\nJan`);
  });

  it('cuts from the full name that opens with the signed name, whatever is above it', () => {
    const text = `${REPLY}\n\nJan\n\nJan de Vries\nPhone: +31 20 123 4567\njan@klant.example`;
    expect(extractReply({ text })).toBe(`${REPLY}\n\nJan`);
  });

  it('keeps lines of the reply that only look like a contact block', () => {
    const text = `${REPLY}\n\nBR\nJan\n\nInvoice 2026-0042 paid\nIBAN NL91 ABNA 0417 1643 00`;
    expect(extractReply({ text })).toBe(text);
  });
});

describe('extractReply: a title or company line under the signed name', () => {
  it('cuts "Title, Company" under the full name and the closing', () => {
    const text = `${REPLY}\n\n-kind regards\n\nJan de Vries\n\nCFO, Klant BV\n\n${HISTORY}`;
    expect(extractReply({ text })).toBe(`${REPLY}\n\n-kind regards\n\nJan de Vries`);
  });

  it('cuts "Title at Company" apart under the name', () => {
    const text = `${REPLY}\n\nThanks,\nJan de Vries\n\nHead of Accounts at Klant BV`;
    expect(extractReply({ text })).toBe(`${REPLY}\n\nThanks,\nJan de Vries`);
  });

  it('keeps a sentence under the name and a line with no name above it', () => {
    const withSentence = `${REPLY}\n\nThanks,\nJan de Vries\n\nPaid at the bank, on Friday.`;
    expect(extractReply({ text: withSentence })).toBe(withSentence);
    const noName = `${REPLY}\n\nCFO, Klant BV`;
    expect(extractReply({ text: noName })).toBe(noName);
  });
});

describe('extractReply: a Lotus Notes header block', () => {
  const notes = (labels: [string, string, string, string]) =>
    `"Credit Control" <cc@us.example>\n2026-03-03 10:05\n${labels[0]}\n"Credit Control" <cc@us.example>\n\n\n${labels[1]}\njan@klant.example\n${labels[2]}\n\n${labels[3]}\nRe: Invoice 2026-0042\n\n\n\nPlease pay the invoice.\nThanks,\nCredit Control`;

  it('cuts from the sender line above its Chinese labels', () => {
    const text = `${REPLY}\n\n${notes(['请答复 给', '收件人', '抄送', '主题'])}`;
    expect(extractReply({ text })).toBe(REPLY);
  });

  it('cuts from the sender line above its English labels', () => {
    const text = `${REPLY}\n\n${notes(['Please respond to', 'To', 'cc', 'Subject'])}`;
    expect(extractReply({ text })).toBe(REPLY);
  });

  it('cuts the contact block under a rule above the Notes header', () => {
    const text = `${REPLY}\n\n==========================\nJan de Vries (Finance)\nAccounts Payable, Klant BV\nMobile: 0031-612345678\n\n\n\n${notes(['请答复 给', '收件人', '抄送', '主题'])}`;
    expect(extractReply({ text })).toBe(REPLY);
  });

  it('keeps a reply that names the fields in lines of its own', () => {
    const text = `Which fields do you need?\nTo\nSubject\ncc\nAll of them, I think.`;
    expect(extractReply({ text })).toBe(text);
  });
});

describe('extractReply: a header block opening with "Sender:"', () => {
  it('cuts from the Sender line when no From line stands above the block', () => {
    const text = `${REPLY}\n\nb/r\nJan\n\n\nSender: CreditControl <cc@us.example>\nTo: jan@klant.example;\nDate: 2026/03/03 10:05\nSubject: Invoice 2026-0042\nPlease pay the invoice.`;
    expect(extractReply({ text })).toBe(`${REPLY}\n\nb/r\nJan`);
  });

  it('keeps a Sender line the person writes', () => {
    const text = `${REPLY}\n\nSender: the account of Klant BV.`;
    expect(extractReply({ text })).toBe(text);
  });
});

describe('extractReply: "on behalf" under the closing', () => {
  it('keeps the signed name under "on behalf"', () => {
    const text = `${REPLY}\n\nKind Regards\non behalf\n\nJan de Vries\n______________\nAccounts Payable\nKlant BV\n\n${HISTORY}`;
    expect(extractReply({ text })).toBe(`${REPLY}\n\nKind Regards\non behalf\n\nJan de Vries`);
  });

  it('keeps the name under "on behalf of" and the company', () => {
    const text = `${REPLY}\n\nKind regards,\non behalf of Klant BV\nJan de Vries\nHead of Accounts\njan@klant.example`;
    expect(extractReply({ text })).toBe(`${REPLY}\n\nKind regards,\non behalf of Klant BV\nJan de Vries`);
  });
});

describe('extractReply: a name and title over a company block with its registry lines', () => {
  const COMPANY =
    'Klant BV\nKeizersgracht 1 – Amsterdam\nCap. Soc. € 10.000,00 i.v. – KvK Amsterdam 12345678\nP.IVA – BTW NL123456789B01 – Reg. Imp. n. 0433616\nTel. 020 1234567 – Fax 020 7654321\nE-mail: info@klant.example';

  it('cuts the name, its title and the company block under the reply', () => {
    const text = `${REPLY}\n\n\nJANSEN Drs.  MARIA\nAccountant - Auditor\n\n${COMPANY}`;
    expect(extractReply({ text })).toBe(REPLY);
  });

  it('keeps a paragraph of the reply above the company block', () => {
    const text = `${REPLY}\n\nWe paid it on Friday - see the bank statement.\n\n${COMPANY}`;
    expect(
      extractReply({ text }).startsWith(`${REPLY}\n\nWe paid it on Friday - see the bank statement.`),
    ).toBe(true);
  });
});
