import { describe, expect, it } from 'vitest';
import { detectMessageKind } from '../../../../nlp/kind/detect-message-kind.ts';

const SENT = 'Wed, 19 Nov 2025 10:00:00 +0100';

describe('detectMessageKind', () => {
  it('reads a Dutch out-of-office without headers and its return date', () => {
    const result = detectMessageKind({
      headers: { date: SENT },
      subject: 'Re: Herinnering factuur INV-2025-0042',
      text: 'Beste afzender,\n\nIk ben momenteel niet aanwezig. Vanaf maandag 1 december ben ik weer aanwezig.\nIn dringende gevallen kunt u contact opnemen met onze administratie.',
    });
    expect(result.kind).toBe('auto_reply');
    expect(result.returnDate).toBe('2025-12-01');
  });

  it('reads an English out-of-office return date', () => {
    const result = detectMessageKind({
      headers: { date: SENT, 'auto-submitted': 'auto-replied' },
      subject: 'Automatic reply: Invoice INV-2025-0042',
      text: 'I am out of the office and will be back on 2 December.',
    });
    expect(result).toMatchObject({ kind: 'auto_reply', returnDate: '2025-12-02' });
    expect(result.evidence).toContain('header auto-submitted: auto-replied');
  });

  it('treats "afwezig t/m" as the last day away', () => {
    const result = detectMessageKind({
      headers: { date: SENT },
      subject: 'Afwezig',
      text: 'Ik ben afwezig t/m 28 november.',
    });
    expect(result).toMatchObject({ kind: 'auto_reply', returnDate: '2025-11-29' });
  });

  it('keeps a person who mentions their holiday a reply', () => {
    const result = detectMessageKind({
      subject: 'Re: Herinnering factuur',
      text: 'Sorry, ik was op vakantie en de factuur is blijven liggen. Ik betaal hem vrijdag.',
    });
    expect(result).toEqual({ kind: 'reply', evidence: [] });
  });

  it('does not treat Auto-Submitted: no as automatic', () => {
    expect(detectMessageKind({ headers: { 'auto-submitted': 'no' }, text: 'Betaald.' }).kind).toBe('reply');
  });

  it.each([
    ['precedence', { precedence: 'auto_reply' }],
    ['x-autoreply', { 'x-autoreply': 'yes' }],
    ['x-autorespond', { 'x-autorespond': 'true' }],
    ['x-auto-response-suppress', { 'x-auto-response-suppress': 'All' }],
  ])('recognises the %s header', (_name, headers) => {
    expect(detectMessageKind({ headers, text: 'Thank you for your message.' }).kind).toBe('auto_reply');
  });

  it('recognises a ticket acknowledgement', () => {
    const result = detectMessageKind({
      subject: 'Re: Invoice INV-2025-0042',
      text: 'We have received your email and created ticket #48213. We will respond within 2 business days.',
    });
    expect(result.kind).toBe('auto_reply');
  });

  it.each([
    ['a ticket subject', '[Ticket #48213] Re: Invoice INV-2025-0042', 'Thank you, we will look into it.'],
    ['a reply marker', 'Re: Invoice', '##- Please type your reply above this line -##\n\nWe are on it.'],
    ['an English ticket notice', 'Re: Invoice', 'Your ticket has been created. An agent will contact you.'],
    ['a Dutch ticket notice', 'Re: Factuur', 'Uw melding is aangemaakt onder nummer 120034.'],
    ['a German unmonitored mailbox', 'AW: Rechnung', 'Dieses Postfach wird nicht überwacht.'],
    ['a French ticket notice', 'RE: Facture', 'Votre demande a bien été enregistrée sous le numéro 120034.'],
  ])('recognises a helpdesk acknowledgement without headers: %s', (_name, subject, text) => {
    expect(detectMessageKind({ subject, text }).kind).toBe('auto_reply');
  });

  it("keeps an invoice number in brackets in a person's subject a reply", () => {
    expect(detectMessageKind({ subject: 'Re: Factuur [2024-0113]', text: 'Betaald.' }).kind).toBe('reply');
  });

  it('recognises a Dutch Exchange bounce ("Onbestelbaar")', () => {
    const result = detectMessageKind({
      headers: { from: 'postmaster@klant.nl', 'return-path': '<>' },
      subject: 'Onbestelbaar: Herinnering factuur INV-2025-0042',
      text: 'Uw bericht kan niet worden bezorgd bij de volgende ontvangers: boekhouding@klant.nl',
    });
    expect(result.kind).toBe('bounce');
  });

  it('recognises a mailbox-full notice from a postmaster', () => {
    const result = detectMessageKind({
      headers: { from: 'postmaster@example.de', 'return-path': '<>', 'auto-submitted': 'auto-replied' },
      subject: 'Notification',
      text: 'reject reason: Mailbox full',
    });
    expect(result.kind).toBe('bounce');
  });

  it('does not call a reply about a bounce a bounce', () => {
    const result = detectMessageKind({
      headers: { from: 'jan@klant.nl', 'return-path': '<jan@klant.nl>' },
      subject: 'Re: factuur',
      text: 'Jullie vorige mail kwam terug met "mailbox full", maar dit adres werkt wel.',
    });
    expect(result.kind).toBe('reply');
  });

  it('puts a return date without a year on the next such day after the message date', () => {
    const ooo = (text: string, date?: string, receivedAt?: Date) =>
      detectMessageKind({
        headers: date ? { date, 'auto-submitted': 'auto-replied' } : { 'auto-submitted': 'auto-replied' },
        subject: 'Afwezig',
        text,
        receivedAt,
      }).returnDate;
    // Sent in September: "1 april" is next April, not the closer April that has passed.
    expect(ooo('Ik ben terug op 1 april.', 'Thu, 10 Sep 2026 10:00:00 +0200')).toBe('2027-04-01');
    // Sent in March: this April, and "t/m" means back the day after the last day away.
    expect(ooo('Ik ben terug op 1 april.', 'Tue, 10 Mar 2026 10:00:00 +0100')).toBe('2026-04-01');
    expect(ooo('Ik ben afwezig t/m 1 april.', 'Tue, 10 Mar 2026 10:00:00 +0100')).toBe('2026-04-02');
    // No Date header: the time we received it is the reference.
    expect(ooo('Ik ben afwezig tot 1 april.', undefined, new Date('2026-03-10T09:00:00Z'))).toBe(
      '2026-04-01',
    );
    // A written year is taken as written.
    expect(ooo('Terug op 1 april 2026.', 'Thu, 10 Sep 2026 10:00:00 +0200')).toBe('2026-04-01');
  });

  it('finds the return date in a short line whose language detection goes astray', () => {
    const result = detectMessageKind({
      headers: { date: 'Tue, 10 Mar 2026 10:00:00 +0100', 'auto-submitted': 'auto-replied' },
      subject: 'Out of office',
      text: 'Back 1 april',
    });
    expect(result.returnDate).toBe('2026-04-01');
  });

  it('without any message date, a return date is the next such day from today', () => {
    const result = detectMessageKind({
      headers: { 'auto-submitted': 'auto-replied' },
      subject: 'Afwezig',
      text: 'Ik ben terug op 1 april.',
    });
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
    expect(result.returnDate).toMatch(/^\d{4}-04-01$/);
    expect(result.returnDate! >= today).toBe(true);
    expect(Number(result.returnDate!.slice(0, 4)) - Number(today.slice(0, 4))).toBeLessThanOrEqual(1);
  });
});
