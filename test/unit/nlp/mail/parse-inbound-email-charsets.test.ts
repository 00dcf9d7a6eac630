import { describe, expect, it } from 'vitest';
import { extractReply } from '../../../../nlp/extract/extract-reply.ts';
import { parseInboundEmail } from '../../../../nlp/mail/parse-inbound-email.ts';
import { buildEml } from '../../../support/build-eml.ts';

/**
 * Mail in the legacy charsets of list archives and older clients (issue 16 round 9: Chinese and
 * Japanese list mail among the real mails): the body, the subject and the address beside an encoded sender name are read as the
 * text they are, whatever the charset. The bodies are ours, encoded in each charset (base64 here).
 */
const mailIn = (charset: string, base64: string, from = 'Klant <ap@klant.example>'): Buffer =>
  Buffer.from(
    buildEml({
      from,
      subject: 'Re: invoice 2026-0042',
      body: base64,
      headers: { 'Content-Type': `text/plain; charset=${charset}`, 'Content-Transfer-Encoding': 'base64' },
    }),
  );

describe('parseInboundEmail: bodies in legacy charsets', () => {
  it.each([
    ['gb2312', 'ztLDx9bczuW4tr/uo6y3osax0tHK1bW9oaM=', '我们周五付款，发票已收到。'],
    ['big5', 'p9qtzLZnpK2lSbTaoUG1b7K8pHemrKjsoUM=', '我們週五付款，發票已收到。'],
    ['iso-2022-jp', 'GyRCNmJNS0Z8JEskKjtZSickJCQ3JF4kOSEjGyhC', '金曜日にお支払いします。'],
    ['shift_jis', 'i+CXapP6gsmCqI54laWCooK1gtyCt4FC', '金曜日にお支払いします。'],
    ['euc-jp', 'tuLNy8b8pMukqrvZyqekpKS3pN6kuaGj', '金曜日にお支払いします。'],
    ['euc-kr', 'sd2/5MDPv6Egwfa60sfPsNq9wLTPtNku', '금요일에 지불하겠습니다.'],
    ['koi8-r', '79DMwdTJzSDT3qPUINcg0NHUzsnD1S4=', 'Оплатим счёт в пятницу.'],
    [
      'windows-1250',
      'WmFwbGF07W1lIGZha3R1cnUgdiBw4XRlaywgZOxrdWplbWUu',
      'Zaplatíme fakturu v pátek, děkujeme.',
    ],
    ['iso-8859-2', 'WmFws2FjaW15IGZha3R1cuogdyBwabF0ZWsu', 'Zapłacimy fakturę w piątek.'],
  ])('reads %s', async (charset, base64, text) => {
    const email = await parseInboundEmail(mailIn(charset, base64));
    expect(email.text.trim()).toBe(text);
    expect(extractReply({ text: email.text })).toBe(text);
  });

  it.each([
    ['=?gb2312?B?u+G8xrK/?= <ap@klant.example>', '=?gb2312?B?u+G8xrK/?=', '会计部'],
    ['=?iso-2022-jp?B?GyRCN1BNfUl0GyhC?= <ap@klant.example>', '=?iso-2022-jp?B?GyRCN1BNfUl0GyhC?=', '経理部'],
  ])(
    'reads the address beside the encoded name in %s and decodes the subject %s',
    async (from, subject, text) => {
      const raw = mailIn('gb2312', 'ztLDx9bczuW4tr/uo6y3osax0tHK1bW9oaM=', from)
        .toString('latin1')
        .replace('Subject: Re: invoice 2026-0042', `Subject: ${subject}`);
      const email = await parseInboundEmail(Buffer.from(raw, 'latin1'));
      expect(email.from).toBe('ap@klant.example');
      expect(email.subject).toBe(text);
    },
  );
});
