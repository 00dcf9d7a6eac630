import { describe, expect, it } from 'vitest';
import { detectMessageKind } from '../../../../nlp/kind/detect-message-kind.ts';

/** Acknowledgements as ticket systems send them, without any auto-reply header. */
describe('detectMessageKind: helpdesk and ticket acknowledgements', () => {
  it.each([
    [
      'Zendesk (en)',
      'Re: Invoice INV-2025-0042',
      '##- Please type your reply above this line -##\n\nYour request (48213) has been received and is being reviewed by our support staff.\n\nTo add additional comments, reply to this email.',
    ],
    [
      'Freshdesk (en)',
      'Ticket Received - Invoice INV-2025-0042',
      'Dear Jan,\n\nThank you for your email. A ticket has been created for you with the ID #4821.',
    ],
    [
      'Jira Service Management (en)',
      'Re: Invoice',
      'Your case 000123 was logged. Our team will look into it.',
    ],
    [
      'TOPdesk (nl)',
      'Re: Herinnering factuur',
      'Beste afzender,\n\nUw melding M2411-0042 is geregistreerd en wordt zo snel mogelijk opgepakt.',
    ],
    [
      'nl, ticket created',
      'Re: Herinnering factuur',
      'Bedankt voor uw e-mail. Er is een ticket aangemaakt met nummer 88213.',
    ],
    [
      'nl, subject only',
      'Ontvangstbevestiging: Herinnering factuur INV-2025-0042',
      'Bedankt voor uw bericht.',
    ],
    [
      'de',
      'AW: Zahlungserinnerung',
      'Sehr geehrte Damen und Herren,\n\nIhre Anfrage #20241104 wurde erstellt. Wir melden uns in Kürze.',
    ],
    ['de, ticket number', 'Eingangsbestätigung', 'Vielen Dank. Ihre Ticketnummer lautet 55821.'],
    [
      'fr',
      'RE: Relance facture',
      'Bonjour,\n\nVotre demande n° 4821 a bien été enregistrée. Notre équipe vous répondra rapidement.',
    ],
    ['fr, automatic', 'Accusé de réception', 'Ceci est un accusé de réception automatique.'],
  ])('%s', (_name, subject, text) => {
    const result = detectMessageKind({ subject, text });
    expect(result.kind).toBe('auto_reply');
    expect(result.evidence.join(' ')).toMatch(/helpdesk acknowledgement|auto-reply/u);
  });

  it.each([
    [
      'a person who mentions a ticket',
      'Re: Herinnering factuur',
      'Ik heb hier vorige week al een ticket voor aangemaakt bij jullie, nummer 4821. Graag reactie.',
    ],
    [
      'a person who quotes a ticket number',
      'Re: Rechnung',
      'Wir zahlen am Freitag. Unsere Referenz ist Ticket 4821.',
    ],
  ])('keeps %s a reply', (_name, subject, text) => {
    expect(detectMessageKind({ subject, text }).kind).toBe('reply');
  });
});
