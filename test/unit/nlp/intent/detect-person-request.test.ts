import { describe, expect, it } from 'vitest';
import { detectPersonRequest } from '../../../../nlp/intent/detect-person-request.ts';
import { understandMessage } from '../../../../nlp/understand-message.ts';

describe('detectPersonRequest', () => {
  it.each([
    'kan iemand mij bellen?',
    'Kunt u me even terugbellen over factuur 2024-0113?',
    'bel me ff',
    'Ik wil graag met een medewerker spreken.',
    'can someone call me',
    'Could you call me back please?',
    'I want to talk to a real person, not a bot.',
    'ich möchte mit jemandem sprechen',
    'Kann mich bitte jemand zurückrufen?',
    "pouvez-vous m'appeler",
    'Je voudrais parler à un conseiller.',
  ])('hears a request for a person in "%s"', (text) => {
    expect(detectPersonRequest(text)).toBe(true);
  });

  it.each([
    'I called you yesterday, nobody answered.',
    'Heeft u vragen, bel ons gerust.',
    'We spoke to someone last week and agreed a plan.',
    'Ich habe gestern mit jemandem gesprochen.',
    'Betaald op 3 maart.',
  ])('does not hear one in "%s"', (text) => {
    expect(detectPersonRequest(text)).toBe(false);
  });

  it('is part of the understanding of an e-mail, from the reply and not our quoted reminder', () => {
    const asks = understandMessage({ text: 'Hallo, kan iemand mij bellen over deze factuur? Groet, Piet' });
    expect(asks.asksForPerson).toBe(true);
    const quoted = understandMessage({
      text: 'Betaald op 3 maart.\n\nOp ma 4 nov. 2024 om 09:12 schreef Debiteuren <d@leverancier.nl>:\n> Kunt u mij bellen?\n> Bel ons gerust.',
    });
    expect(quoted.asksForPerson).toBeUndefined();
  });
});
