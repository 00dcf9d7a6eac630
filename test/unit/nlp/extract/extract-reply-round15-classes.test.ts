import { describe, expect, it } from 'vitest';
import { extractReply } from '../../../../nlp/extract/extract-reply.ts';
import { parseInboundEmail } from '../../../../nlp/mail/parse-inbound-email.ts';

/**
 * Classes of issue 16 round 15 (mail of 1991-2014: news gateways, Andrew, mh and Unix mailers,
 * Japanese and Russian clients): a mail whose body is a whole message, ISO-2022-JP's standard
 * characters, news and "In message" attributions (wrapped, with bar quotes), Andrew's "Excerpts
 * from", a pasted mail header, answers between quotes under an opening attribution, a whole
 * message pasted above a long answer, signature blocks under a sign-off at the end of a sentence
 * or under a rule of one symbol, Russian closings. The examples are ours.
 */
const REPLY = 'We pay invoice 2026-0042 on Friday.\nThe order number is PO-7731.';

async function replyOfMail(mail: string | Buffer): Promise<string> {
  const email = await parseInboundEmail(typeof mail === 'string' ? Buffer.from(mail) : mail);
  return extractReply({ text: email.replyText, html: email.html });
}

describe('extractReply: a mail whose whole body is a message', () => {
  it('reads the text of the message a news gateway wraps (Content-Type: message/rfc822)', async () => {
    const mail = `From: Jan <jan@klant.example>\nSubject: Re: invoice\nMime-Version: 1.0\nContent-Type: message/rfc822\n\ncontent-type: text/plain; charset=us-ascii\nmime-version: 1.0\n\n${REPLY}\n\nJan\n`;
    expect(await replyOfMail(mail)).toBe(`${REPLY}\n\nJan`);
  });

  it('does not read a message attached inside a multipart mail as the reply', async () => {
    const mail = `From: Jan <jan@klant.example>\nSubject: Fwd\nMime-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\n${REPLY}\n--b\nContent-Type: message/rfc822\n\nFrom: x@y.example\nSubject: old\nContent-Type: text/plain\n\nThe old message.\n--b--\n`;
    expect(await replyOfMail(mail)).toBe(REPLY);
  });
});

describe('extractReply: ISO-2022-JP read as JIS X 0208 maps it', () => {
  it('reads the wave dash and the minus sign as the sender wrote them', async () => {
    // "6/12〜6/14に払います" and "−5" in ISO-2022-JP.
    const jis = (bytes: number[]) => [0x1b, 0x24, 0x42, ...bytes, 0x1b, 0x28, 0x42];
    const body = Buffer.from([
      ...Buffer.from('6/12'),
      ...jis([0x21, 0x41]),
      ...Buffer.from('6/14'),
      ...jis([0x24, 0x4b, 0x4a, 0x27, 0x24, 0x24, 0x24, 0x5e, 0x24, 0x39]),
      0x0a,
      ...jis([0x21, 0x5d]),
      ...Buffer.from('5\n'),
    ]);
    const head = Buffer.from(
      'From: a@klant.example\nSubject: x\nContent-Type: text/plain; charset="ISO-2022-JP"\nContent-Transfer-Encoding: 7bit\n\n',
    );
    expect(await replyOfMail(Buffer.concat([head, body]))).toBe('6/12\u301c6/14に払います\n\u22125');
  });
});

const QUOTE = '> Please pay invoice 2026-0042 of EUR 120.00.\n> It is overdue since March.';

describe('extractReply: news and "In message" attributions', () => {
  it('reads "Jan <jan@x> wrote in article" wrapped before the message id as an attribution', () => {
    const text = `Credit Control <cc@us.example> wrote in article\n<4711.0815@us.example>...\n${QUOTE}\n\n${REPLY}`;
    expect(extractReply({ text })).toBe(REPLY);
  });

  it('reads "In message <id> on <date>" over "you Jan <jan@x> wrote:" and the bar quote under it', () => {
    const text = `In message <4711.0815@us.example> on 03/03/26(10:12:00)\nyou Credit Control <cc@us.example> wrote:\n |Bitte zahlen Sie die Rechnung 2026-0042.\n |Sie ist seit März fällig.\n\nWir zahlen am Freitag.\n`;
    expect(extractReply({ text })).toBe('Wir zahlen am Freitag.');
  });

  it('keeps a table drawn with bars that no attribution opens', () => {
    const text = `${REPLY}\n\n| invoice | amount |\n| 2026-0042 | 120.00 |`;
    expect(extractReply({ text })).toBe(text);
  });

  it('reads the Andrew "Excerpts from mail:" line, wrapped, as the attribution', () => {
    const text = `Excerpts from mail: 3-Mar-26 Re: invoice 2026-0042.. Credit\nControl@us.example (412)\n\n${QUOTE}\n\n${REPLY}`;
    expect(extractReply({ text })).toBe(REPLY);
  });
});

describe('extractReply: a whole mail header pasted under the text', () => {
  it('ends the reply at "Return-Path:" and the header fields under it', () => {
    const text = `${REPLY}\n\nJan\n\nReturn-Path: <cc@us.example>\nReceived: from mail.us.example by mx.klant.example\n   id AB123; Tue, 3 Mar 2026 10:12:00 +0100\nTo: jan@klant.example\nSubject: Reminder\nMime-Version: 1.0\n\nPlease pay invoice 2026-0042.`;
    expect(extractReply({ text })).toBe(`${REPLY}\n\nJan`);
  });

  it('keeps a sentence that starts with "Received:"', () => {
    const text = `Received: from your office by post, thank you.\n${REPLY}`;
    expect(extractReply({ text })).toBe(text);
  });
});

describe('extractReply: answers between the quotes under an opening attribution', () => {
  it('drops only the attribution (and an empty quoted line) when three quotes are answered in turn', () => {
    const text =
      'Op 3 maart 2026 schreef Incasso <cc@us.example>:\n>\n> Betaalt u factuur 2026-0042?\nJa, vrijdag.\n> En factuur 2026-0043?\nDie klopt niet, de levering was onvolledig.\n> Wilt u bellen?\nGraag, na drie uur.\n';
    expect(extractReply({ text })).toBe(
      '> Betaalt u factuur 2026-0042?\nJa, vrijdag.\n> En factuur 2026-0043?\nDie klopt niet, de levering was onvolledig.\n> Wilt u bellen?\nGraag, na drie uur.',
    );
  });

  it('still drops the quote of a bottom-post that answers it once', () => {
    const text = `On 3 March 2026 Credit Control <cc@us.example> wrote:\n${QUOTE}\n\n${REPLY}`;
    expect(extractReply({ text })).toBe(REPLY);
  });
});

describe('extractReply: a whole message pasted above a long answer, without attribution', () => {
  const pasted =
    '> Dear customer, our records show that invoice 2026-0042\n> of EUR 120.00 is still open.\n>\n> Please pay it within seven days, or tell us\n> why you cannot.';

  it('drops a quote of paragraphs answered in about as many lines', () => {
    const answer =
      'We never received the goods of this invoice:\nthe delivery of 3 March was returned to\nyour warehouse, see the carrier receipt.\nPlease send a credit note.';
    expect(extractReply({ text: `${pasted}\n\n${answer}` })).toBe(answer);
  });

  it('keeps the quote over a short answer: the point answered', () => {
    const text = `${pasted}\n\nPaid yesterday.`;
    expect(extractReply({ text })).toBe(text);
  });
});

describe('extractReply: signature blocks under the end of the reply', () => {
  it('cuts a boxed signature under a sign-off at the end of the last sentence', () => {
    const text = `${REPLY}\nLet me know if anything is missing. -- Jan.\n\n+   +==============+===================+\n+   || Jan de Vries | Klant BV          ||\n+   || jan@klant.example | Utrecht        ||\n+   +==============+===================+`;
    expect(extractReply({ text })).toBe(`${REPLY}\nLet me know if anything is missing. -- Jan.`);
  });

  it('cuts a ruled contact block and the quotation of a signature file under such a sign-off', () => {
    const text = `${REPLY} Merci!  -- Marie\n\n   --------------------------------\n   Marie Dupont <marie@client.example>\n   Comptable, Client SARL\nBureau: 1 rue de la Paix, 75002 Paris, tél. 01 23 45 67 89\n\n> "Qui paie ses dettes s'enrichit, et qui ne les paie pas\n> s'enrichit aussi, mais moins longtemps."  --\nproverbe, cité de mémoire\n[Une image était jointe ici.]`;
    expect(extractReply({ text })).toBe(`${REPLY} Merci!  -- Marie`);
  });

  it('keeps text after such a sign-off that carries no contact detail', () => {
    const text = `${REPLY} Thanks!  -- Jan\n\nDe factuur klopt niet met de levering.\nGraag een creditnota.`;
    expect(extractReply({ text })).toBe(text);
  });

  it('cuts a block opened by a rule of one repeated symbol, with contact lines', () => {
    const text =
      '請求書2026-0042は金曜日に支払います。\nよろしくお願いいたします。\n\n⇒⇒⇒⇒ 株式会社クラント 経理部 ⇒⇒⇒⇒\nMail: keiri@klant.example\nTEL: 03-1234-5678\n⇒⇒⇒⇒⇒⇒⇒⇒⇒⇒⇒⇒';
    expect(extractReply({ text })).toBe('請求書2026-0042は金曜日に支払います。\nよろしくお願いいたします。');
  });

  it('keeps a list under such a rule when it has sentences', () => {
    // The rule and the address alone would make it a signature block; the sentences keep it.
    const text = `${REPLY}\n\n★★★★ open items ★★★★\nInvoice 2026-0042 is paid, see pay@klant.example.\nInvoice 2026-0043 follows next week.`;
    expect(extractReply({ text })).toBe(text);
  });
});

describe('extractReply: Russian and Ukrainian closings', () => {
  it('keeps "С уважением," and the name, drops the contact lines under them', () => {
    const text =
      'Добрый день.\nСчёт 2026-0042 оплатим в пятницу.\n\nС уважением,\nИванова Елена\nтел. (495) 123-45-67\nмоб. +7 916 123-45-67\nelena@klient.example';
    expect(extractReply({ text })).toBe(
      'Добрый день.\nСчёт 2026-0042 оплатим в пятницу.\n\nС уважением,\nИванова Елена',
    );
  });

  it('does the same under "З повагою,"', () => {
    const text =
      'Рахунок 2026-0042 сплатимо в п’ятницю.\n\nЗ повагою,\nОлена\nolena@klient.example\n+380 44 123 4567';
    expect(extractReply({ text })).toBe('Рахунок 2026-0042 сплатимо в п’ятницю.\n\nЗ повагою,\nОлена');
  });
});
