import { describe, expect, it } from 'vitest';
import { AppError } from '../../../domain/errors/app-error.ts';
import { parseRawEmail } from '../../../nlp/parse-raw-email.ts';
import { buildPathologicalMail } from '../../support/build-pathological-mail.ts';

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

const DSN = [
  'From: MAILER-DAEMON@mx.example.nl (Mail Delivery System)',
  'To: incasso@example.nl',
  'Subject: Undelivered Mail Returned to Sender',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain',
  '',
  'Your message could not be delivered.',
  '--b1',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mx.example.nl',
  '',
  'Final-Recipient: rfc822; old@klant.nl',
  'Original-Recipient: rfc822; Boekhouding@Klant.nl',
  'Action: failed',
  'Status: 5.1.1',
  '',
  'Final-Recipient: rfc822; slow@klant.nl',
  'Action: delayed',
  'Status: 4.4.1',
  '--b1--',
  '',
].join('\r\n');

describe('parseRawEmail', () => {
  it('parses the fields nlp needs from a reply', async () => {
    const email = await parseRawEmail(Buffer.from(REPLY));
    expect(email).toMatchObject({
      messageId: '<reply-1@klant.nl>',
      inReplyTo: '<reminder-1@example.nl>',
      references: ['<first@example.nl>', '<reminder-1@example.nl>'],
      from: 'jan@klant.nl',
      to: ['incasso@example.nl', 'boekhouding@example.nl'],
      subject: 'Re: Herinnering factuur € 1.250',
      text: 'Wij betalen vrijdag.\n',
      html: undefined,
      bounceRecipients: [],
    });
    expect(email.date?.toISOString()).toBe('2025-11-19T09:00:00.000Z');
    expect(email.headers['auto-submitted']).toBe('no');
    expect(email.headers.subject).toBe('Re: Herinnering factuur € 1.250');
    expect(email.contentType).toMatch(/^text\/plain/u);
  });

  it('reports only the failed recipients of a delivery status notification', async () => {
    const email = await parseRawEmail(DSN);
    expect(email.contentType).toMatch(/multipart\/report/u);
    expect(email.bounceRecipients).toEqual(['boekhouding@klant.nl']);
  });

  it.each([
    ['empty input', ''],
    ['text without headers', '\r\n\r\njust a body'],
  ])('rejects %s with INPUT_INVALID', async (_name, raw) => {
    const error = await parseRawEmail(raw).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('INPUT_INVALID');
  });

  it('reads a file that starts with a UTF-8 byte order mark', async () => {
    const email = await parseRawEmail(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(REPLY)]));
    expect(email.from).toBe('jan@klant.nl');
    expect(email.text.trim()).toBe('Wij betalen vrijdag.');
    expect((await parseRawEmail(`\uFEFF${REPLY}`)).messageId).toBe('<reply-1@klant.nl>');
  });

  it('removes NUL and other control characters from text and subject', async () => {
    const email = await parseRawEmail(buildPathologicalMail({ kind: 'nul-bytes' }));
    expect(email.text.trim()).toBe('Wij betalen factuur INV-2026-0001 vrijdag.');
    expect(email.subject).toBe('Re: Herinnering factuur INV-2026-0001');
  });

  it('gives HTML nested 3,000 levels deep a text (mailparser leaves it empty)', async () => {
    const email = await parseRawEmail(buildPathologicalMail({ kind: 'deep-3k' }));
    expect(email.text).toBe('Wij betalen factuur INV-2026-0001 vrijdag.');
  });
});
