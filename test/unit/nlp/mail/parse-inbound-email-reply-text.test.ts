import { describe, expect, it } from 'vitest';
import { emailMessageInput } from '../../../../nlp/mail/email-message-input.ts';
import { parseInboundEmail } from '../../../../nlp/mail/parse-inbound-email.ts';
import { understandMessage } from '../../../../nlp/understand-message.ts';

/** A reply with the invoice list the debtor's client attached inline as a second text part. */
const MIXED = [
  'From: Jan de Vries <jan@klant.example>',
  'Subject: Re: Herinnering factuur 2026-0042',
  'Message-ID: <r1@klant.example>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="b"',
  '',
  '--b',
  'Content-Type: text/plain; charset=utf-8; format=flowed',
  '',
  'Wij hebben factuur 2026-0042 gisteren betaald, zie de lijst in de ',
  'bijlage.',
  '',
  '-- ',
  'Jan de Vries',
  '--b',
  'Content-Type: text/plain; charset=utf-8; name="openstaand.txt"',
  'Content-Disposition: inline; filename="openstaand.txt"',
  '',
  'Factuur 2026-0051 nog niet ontvangen, graag opnieuw sturen.',
  '--b--',
  '',
].join('\r\n');

describe('parseInboundEmail: the text the reply is read from', () => {
  it('is the first text/plain part, decoded as flowed; the joined text stays for storage', async () => {
    const email = await parseInboundEmail(Buffer.from(MIXED));
    expect(email.replyText).toBe(
      'Wij hebben factuur 2026-0042 gisteren betaald, zie de lijst in de bijlage.\n\n-- \nJan de Vries',
    );
    expect(email.text).toContain('Factuur 2026-0051 nog niet ontvangen');
    const understanding = understandMessage(emailMessageInput({ email, now: new Date('2026-03-02') }));
    expect(understanding.reply).toBe(
      'Wij hebben factuur 2026-0042 gisteren betaald, zie de lijst in de bijlage.',
    );
  });

  it('is the text mailparser gives when the mail is HTML only', async () => {
    const html = MIXED.replace(/--b[\s\S]*--b--/u, '<p>Betaald.</p>').replace(
      'multipart/mixed; boundary="b"',
      'text/html; charset=utf-8',
    );
    const email = await parseInboundEmail(Buffer.from(html));
    expect(email.replyText).toBe(email.text);
    expect(email.replyText).toContain('Betaald.');
  });
});
