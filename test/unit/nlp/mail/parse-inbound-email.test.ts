import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInboundEmail } from '../../../../nlp/mail/parse-inbound-email.ts';
import { buildPathologicalMail } from '../../../support/build-pathological-mail.ts';
import { sharedCorpora } from '../../../support/shared-corpora.ts';

const BOUNCES = sharedCorpora('auto-replies-and-bounces');

const REPLY = [
  'From: Jan de Vries <Jan@Klant.nl>',
  'To: Incasso <incasso@example.nl>, boekhouding@example.nl',
  'Subject: =?UTF-8?Q?Re:_Herinnering_factuur_=E2=82=AC_1.250?=',
  'Date: Wed, 19 Nov 2025 10:00:00 +0100',
  'Message-ID: <reply-1@klant.nl>',
  'In-Reply-To: <reminder-1@example.nl>',
  'References: <first@example.nl> <reminder-1@example.nl>',
  'Auto-Submitted: no',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Wij betalen vrijdag.',
  '',
].join('\r\n');

describe('parseInboundEmail', () => {
  it('reads ids, addresses, a decoded subject, the date and the headers of a reply', async () => {
    const email = await parseInboundEmail(Buffer.from(REPLY));
    expect(email).toMatchObject({
      messageId: '<reply-1@klant.nl>',
      inReplyTo: '<reminder-1@example.nl>',
      references: ['<first@example.nl>', '<reminder-1@example.nl>'],
      from: 'jan@klant.nl',
      recipients: ['incasso@example.nl', 'boekhouding@example.nl'],
      subject: 'Re: Herinnering factuur € 1.250',
      text: 'Wij betalen vrijdag.\n',
      html: undefined,
      failedRecipients: [],
    });
    expect(email.date?.toISOString()).toBe('2025-11-19T09:00:00.000Z');
    expect(email.headers['auto-submitted']).toBe('no');
    expect(email.headers.subject).toBe('Re: Herinnering factuur € 1.250');
    expect(email.headers['content-type']).toMatch(/^text\/plain/u);
  });

  it('tells a delay notice (Action: delayed) from a failed delivery, per recipient block', async () => {
    for (const file of ['rfc3464-07.eml', 'rfc3464-09.eml']) {
      const email = await parseInboundEmail(readFileSync(join(BOUNCES, file)));
      expect(email.failedRecipients, file).toEqual([]);
      expect(email.delayedRecipients.length, file).toBeGreaterThan(0);
    }
    const report = (action: string, status: string) =>
      Buffer.from(
        'From: MAILER-DAEMON@mx.example\r\nSubject: Delivery report\r\nContent-Type: text/plain\r\n\r\n' +
          `Reporting-MTA: dns; mx.example\r\n\r\nFinal-Recipient: rfc822; a@klant.nl\r\nAction: ${action}\r\nStatus: ${status}\r\n\r\n` +
          'Final-Recipient: rfc822; b@klant.nl\r\nAction: failed\r\nStatus: 5.1.1\r\n',
      );
    const mixed = await parseInboundEmail(report('delayed', '4.4.1'));
    expect(mixed.failedRecipients).toEqual(['b@klant.nl']);
    expect(mixed.delayedRecipients).toEqual(['a@klant.nl']);
    const both = await parseInboundEmail(report('failed', '5.2.2'));
    expect(both.failedRecipients).toEqual(['a@klant.nl', 'b@klant.nl']);
    expect(both.delayedRecipients).toEqual([]);
  });

  it('reads a file that starts with a UTF-8 byte order mark', async () => {
    const email = await parseInboundEmail(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(REPLY)]),
    );
    expect(email.from).toBe('jan@klant.nl');
    expect(email.messageId).toBe('<reply-1@klant.nl>');
    expect(email.text.trim()).toBe('Wij betalen vrijdag.');
  });

  it('reads a bounce report: failed recipient and the quoted Message-ID of the original', async () => {
    const email = await parseInboundEmail(readFileSync(join(BOUNCES, 'lhost-exim-01.eml')));
    expect(email.failedRecipients.length).toBeGreaterThan(0);
    expect(email.quotedMessageIds.length).toBeGreaterThan(0);
    expect(email.quotedMessageIds).not.toContain(email.messageId);
  });

  it('collects reply-token candidates from To, Cc and Delivered-To', async () => {
    const email = await parseInboundEmail(
      Buffer.from(
        'From: a@b.nl\r\nTo: X <debiteuren+rabc@us.example>\r\nCc: c@d.nl\r\nDelivered-To: deb@us.example\r\nSubject: s\r\n\r\nhi\r\n',
      ),
    );
    expect(email.recipients).toEqual(['debiteuren+rabc@us.example', 'c@d.nl', 'deb@us.example']);
    expect(email.messageId).toBeNull();
  });

  it('refuses what is not a mail', async () => {
    await expect(parseInboundEmail(Buffer.from(''))).rejects.toMatchObject({ code: 'INPUT_INVALID' });
    await expect(parseInboundEmail(Buffer.from('\u0000\u0001 not a mail\r\n'))).rejects.toMatchObject({
      code: 'INPUT_INVALID',
    });
    await expect(parseInboundEmail(Buffer.from('\r\n\r\njust a body'))).rejects.toMatchObject({
      code: 'INPUT_INVALID',
    });
    await expect(parseInboundEmail(Buffer.from([0xef, 0xbb, 0xbf]))).rejects.toMatchObject({
      code: 'INPUT_INVALID',
    });
  });

  it('gives deeply nested HTML a text and removes NUL characters, so the mail can be stored', async () => {
    for (const kind of ['deep-3k', 'deep-1mb'] as const) {
      const email = await parseInboundEmail(buildPathologicalMail({ kind }));
      expect(email.text, kind).toBe('Wij betalen factuur INV-2026-0001 vrijdag.');
    }
    const nul = await parseInboundEmail(buildPathologicalMail({ kind: 'nul-bytes' }));
    expect(nul.text).not.toContain('\u0000');
    expect(nul.text.trim()).toBe('Wij betalen factuur INV-2026-0001 vrijdag.');
    expect(nul.subject).toBe('Re: Herinnering factuur INV-2026-0001');
  });

  it('removes control characters from the ids and addresses it stores and looks up', async () => {
    const email = await parseInboundEmail(
      Buffer.from(
        'From: ap\u0000@acme.co.uk\r\nTo: deb@us.example\r\nSubject: s\u0001\r\nMessage-ID: <poi\u0000son@acme.co.uk>\r\nIn-Reply-To: <r\u0000@us.example>\r\nReferences: <a@us.example> <b\u0000@us.example>\r\n\r\nWe paid.\r\n',
      ),
    );
    expect(email).toMatchObject({
      messageId: '<poison@acme.co.uk>',
      inReplyTo: '<r@us.example>',
      references: ['<a@us.example>', '<b@us.example>'],
      subject: 's',
    });
    expect(JSON.stringify([email.from, email.recipients, email.headers])).not.toContain('\\u000');
  });
});
