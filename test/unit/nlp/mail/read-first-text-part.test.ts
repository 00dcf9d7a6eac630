import { describe, expect, it } from 'vitest';
import { MAX_UNDERSTOOD_TEXT_CHARS } from '../../../../nlp/limit-message-input.ts';
import { readFirstTextPart } from '../../../../nlp/mail/read-first-text-part.ts';

/** Mails of our own, laid out as clients send them. */
const head = (contentType: string) =>
  `From: Jan <jan@klant.example>\r\nSubject: Re: invoice 2026-0042\r\nMIME-Version: 1.0\r\nContent-Type: ${contentType}\r\n\r\n`;
const mail = (contentType: string, body: string) => Buffer.from(head(contentType) + body, 'latin1');

describe('readFirstTextPart', () => {
  it('takes the body of a single text/plain mail, also without a Content-Type', () => {
    expect(readFirstTextPart(mail('text/plain; charset=utf-8', 'We pay on Friday.\r\n'))).toBe(
      'We pay on Friday.\n',
    );
    expect(readFirstTextPart(Buffer.from('From: a@b.example\nSubject: x\n\nPaid.\n'))).toBe('Paid.\n');
  });

  it('takes the first text/plain part, not later text parts the client shows inline', () => {
    const body = [
      '--XX',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'Here is my Makefile.',
      '',
      'Jan',
      '--XX',
      'Content-Type: text/plain; charset=us-ascii; name="Makefile"',
      'Content-Disposition: inline; filename="Makefile"',
      '',
      'all:',
      '\tmake test',
      '--XX',
      'Content-Type: text/html; name="page.html"',
      '',
      '<p>Page</p>',
      '--XX--',
      '',
    ].join('\r\n');
    expect(readFirstTextPart(mail('multipart/mixed; boundary="XX"', body))).toBe(
      'Here is my Makefile.\n\nJan',
    );
  });

  it('skips a text part that is an attachment or has a file name before the body', () => {
    const body = [
      '--b1',
      'Content-Type: text/plain; name="notes.txt"',
      'Content-Disposition: attachment',
      '',
      'attached notes',
      '--b1',
      'Content-Type: text/plain',
      '',
      'The reply.',
      '--b1--',
    ].join('\n');
    expect(readFirstTextPart(mail('multipart/mixed; boundary=b1', body))).toBe('The reply.');
  });

  it('prefers text/plain in multipart/alternative, nested in multipart/mixed', () => {
    const body = [
      '--outer',
      'Content-Type: multipart/alternative; boundary="inner"',
      '',
      '--inner',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>Betaald</p>',
      '--inner',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Betaald.',
      '--inner--',
      '--outer',
      'Content-Type: text/plain; name="log.txt"',
      '',
      'log',
      '--outer--',
    ].join('\r\n');
    expect(readFirstTextPart(mail('multipart/mixed; boundary="outer"', body))).toBe('Betaald.');
  });

  it('returns undefined when the body is HTML only, so the HTML is read as before', () => {
    const body = ['--a', 'Content-Type: text/html', '', '<p>Paid</p>', '--a--'].join('\n');
    expect(readFirstTextPart(mail('multipart/alternative; boundary=a', body))).toBeUndefined();
    const mixed = [
      '--m',
      'Content-Type: text/html',
      '',
      '<p>Paid</p>',
      '--m',
      'Content-Type: text/plain',
      '',
      'footer',
      '--m--',
    ].join('\n');
    expect(readFirstTextPart(mail('multipart/mixed; boundary=m', mixed))).toBeUndefined();
    expect(readFirstTextPart(mail('text/html', '<p>Paid</p>'))).toBeUndefined();
  });

  it('does not take the text of an attached message', () => {
    const body = [
      '--m',
      'Content-Type: message/rfc822',
      '',
      'Subject: old',
      'Content-Type: text/plain',
      '',
      'Old mail.',
      '--m--',
    ].join('\n');
    expect(readFirstTextPart(mail('multipart/mixed; boundary=m', body))).toBeUndefined();
  });

  it('decodes quoted-printable, base64 and the charset', () => {
    const qp = [
      '--q',
      'Content-Type: text/plain; charset=iso-8859-1',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Gr=FC=DFe, wir zahlen am Freitag und nicht sp=',
      '=E4ter.',
      '--q--',
    ].join('\n');
    expect(readFirstTextPart(mail('multipart/mixed; boundary=q', qp))).toBe(
      'Grüße, wir zahlen am Freitag und nicht später.',
    );
    const b64 = Buffer.from('Nous payons vendredi, à bientôt.', 'utf8').toString('base64');
    const part = `Content-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: base64\n\n${b64}\n`;
    expect(readFirstTextPart(Buffer.from(`From: a@b.example\nSubject: x\n${part}`))).toBe(
      'Nous payons vendredi, à bientôt.',
    );
    const jis = Buffer.from(
      'From: a@b.example\nSubject: x\nContent-Type: text/plain; charset=ISO-2022-JP\n\n\x1b$B$3$s$K$A$O\x1b(B\n',
      'latin1',
    );
    expect(readFirstTextPart(jis)).toBe('こんにちは\n');
  });

  it('decodes format=flowed, with DelSp', () => {
    expect(
      readFirstTextPart(
        mail('text/plain; charset=utf-8; format=flowed; delsp=yes', 'We pay on Fri \nday.\n\n-- \nJan\n'),
      ),
    ).toBe('We pay on Friday.\n\n-- \nJan\n');
    expect(
      readFirstTextPart(mail('text/plain; format="flowed"', 'so why not \n\n-- \nSystem Developer\n')),
    ).toBe('so why not \n-- \nSystem Developer\n');
  });

  it('decodes only the head of a very long part, and walks only the head of a very long mail', () => {
    const line = 'Wij betalen vrijdag. '.repeat(4);
    const long = readFirstTextPart(mail('text/plain; charset=utf-8', `${line}\r\n`.repeat(200_000)));
    expect(long?.startsWith('Wij betalen vrijdag.')).toBe(true);
    expect(long!.length).toBeGreaterThanOrEqual(MAX_UNDERSTOOD_TEXT_CHARS);
    expect(long!.length).toBeLessThan(2 * 1024 * 1024);
    const late = [
      '--XX',
      'Content-Type: application/octet-stream; name="scan.bin"',
      '',
      ...Array.from({ length: 40_000 }, () => 'A'.repeat(76)),
      '--XX',
      'Content-Type: text/plain',
      '',
      'Paid.',
      '--XX--',
    ].join('\r\n');
    expect(readFirstTextPart(mail('multipart/mixed; boundary="XX"', late))).toBeUndefined();
  });
});
