import { describe, expect, it } from 'vitest';
import { extractReply } from '../../../../nlp/extract/extract-reply.ts';

/**
 * Classes of issue 16 round 7: sign-offs and separators drawn with em dashes, en dashes or two
 * hyphens, German reply headers and footers (Outlook, Thunderbird, GMX, web.de, T-Online) with the
 * contact block a German signature carries, and a reply header that runs on under the reply
 * without a blank line. The examples are ours, written the way the clients print them.
 */
const REPLY = 'Wir zahlen die Rechnung am Freitag.';
const QUOTED = '> Sehr geehrte Damen und Herren,\n>\n> die Rechnung RE-2024-0042 ist noch offen.';
const UNQUOTED =
  'Sehr geehrte Damen und Herren,\n\ndie Rechnung RE-2024-0042 ist noch offen.\n\nMit freundlichen Grüßen\nInkasso';

describe('extractReply: sign-offs and separators drawn with dashes', () => {
  it.each(['--Jan', '-- Jan', '--Jan de Vries', '-- J.'])(
    'drops the run-on separator "%s" under the reply',
    (signoff) => {
      expect(extractReply({ text: `Thanks, we pay on Friday.\n\n${signoff}\n` })).toBe(
        'Thanks, we pay on Friday.',
      );
    },
  );

  it.each(['—Jan', '– Jan de Vries'])('keeps a name signed with a typographic dash, "%s"', (signoff) => {
    // Like a name on its own line: the person signing, not a separator (the shared corpus keeps it).
    const text = `Thanks, we pay on Friday.\n\n${signoff}`;
    expect(extractReply({ text })).toBe(text);
  });

  it.each([
    'We paid on Monday -- the transfer is on its way.',
    'We paid on Monday—the transfer is on its way.',
    'We paid on Monday – the transfer is on its way.',
    'Invoices 41--44 are paid; 45 follows.',
  ])('keeps prose with a dash in it: "%s"', (prose) => {
    const text = `${prose}\n\nThe rest follows next week.`;
    expect(extractReply({ text })).toBe(text);
  });

  it('keeps a dashed line that goes on as a sentence', () => {
    const text = 'We pay on Friday.\n\n— and the credit note, please send it to accounts.';
    expect(extractReply({ text })).toBe(text);
  });

  it('keeps a list drawn with dashes', () => {
    const text = 'Open items:\n\n-- Invoice\n-- Credit note';
    expect(extractReply({ text })).toBe(text);
  });
});

describe('extractReply: German reply headers and footers', () => {
  it.each([
    [
      'Outlook',
      '-----Ursprüngliche Nachricht-----\nVon: Inkasso [mailto:inkasso@example.de]\nGesendet: Dienstag, 3. März 2026 14:22\nAn: Jan Muster\nBetreff: Rechnung',
    ],
    [
      'Outlook, bold fields',
      '*Von:* Inkasso [mailto:inkasso@example.de]\n*Gesendet:* Dienstag, 3. März 2026 14:22\n*An:* Jan Muster\n*Betreff:* Rechnung',
    ],
    ['Thunderbird', 'Am 03.03.2026 um 14:22 schrieb Inkasso:'],
    ['Apple Mail / Gmail', 'Am Di., 3. März 2026 um 14:22 Uhr schrieb Inkasso <inkasso@example.de>:'],
    [
      'GMX / web.de',
      'Gesendet: Dienstag, 03. März 2026 um 14:22 Uhr\nVon: "Inkasso" <inkasso@example.de>\nAn: jan@example.de\nBetreff: Rechnung',
    ],
    ['T-Online / Open-Xchange', 'Inkasso <inkasso@example.de> hat am 3. März 2026 um 14:22 geschrieben:'],
    [
      'Original-Nachricht',
      '-------- Original-Nachricht --------\nBetreff: Rechnung\nDatum: 2026-03-03T14:22:00+0100\nVon: "Inkasso" <inkasso@example.de>\nAn: jan@example.de',
    ],
  ])('%s', (_name, header) => {
    expect(extractReply({ text: `${REPLY}\n\nJan\n\n${header}\n\n${UNQUOTED}` })).toBe(`${REPLY}\n\nJan`);
    expect(extractReply({ text: `${REPLY}\n\n${header}\n\n${QUOTED}` })).toBe(REPLY);
  });

  it.each([
    [
      'Outlook',
      '-----Ursprüngliche Nachricht-----\nVon: Inkasso [mailto:inkasso@example.de]\nGesendet: Dienstag, 3. März 2026 14:22\nAn: Jan Muster\nBetreff: Rechnung',
    ],
    [
      'Outlook, bold fields, after two blank lines',
      '\n\n*Von:* Inkasso [mailto:inkasso@example.de]\n*Gesendet:* Dienstag, 3. März 2026 14:22\n*An:* Jan Muster\n*Betreff:* Rechnung',
    ],
    ['Thunderbird', 'Am 03.03.2026 um 14:22 schrieb Inkasso:'],
  ])('drops the contact block under the name above a %s header', (_name, header) => {
    const signature = 'Dipl.-Kfm. Jan Muster\nD-10115 Berlin, Hauptstraße 1\nTel.: +49 30 1234567';
    expect(extractReply({ text: `${REPLY}\n\nJan\n\n${signature}\n${header}\n\n${UNQUOTED}` })).toBe(
      `${REPLY}\n\nJan`,
    );
  });

  it('drops the contact block under the name at the end of a reply', () => {
    const text = `${REPLY}\n\nJan\n\nJan Muster\nMuster GmbH\nTelefon: 030 1234567\nE-Mail: jan@example.de`;
    expect(extractReply({ text })).toBe(`${REPLY}\n\nJan`);
  });

  it.each([
    'IBAN NL91 ABNA 0417 1643 00\nKenmerk RE-2024-0042',
    'PS: Tel: 030 1234567\nAb Montag erreichbar',
    'Meine neue Adresse: jan@example.de\nbitte ab jetzt verwenden',
  ])('keeps what the person writes under the name: "%s"', (after) => {
    const text = `${REPLY}\n\nJan\n\n${after}`;
    expect(extractReply({ text })).toBe(text);
  });

  it('keeps a phone number the person gives in a sentence', () => {
    const text = `${REPLY}\n\nBitte rufen Sie mich an.\nTel: 030 1234567`;
    expect(extractReply({ text })).toBe(text);
  });

  it.each([
    'Gesendet von Mail für Windows',
    'Gesendet von meinem Huawei-Telefon',
    'Von meinem Samsung Galaxy Smartphone gesendet.',
    'Gesendet mit der WEB.DE Mail App',
    'Gesendet mit der GMX iPhone App',
    'Gesendet von der T-Online Mail App',
    'Diese E-Mail wurde von meinem Android-Gerät gesendet.',
    'Diese E-Mail wurde von Avast Antivirus-Software auf Viren geprüft.',
    'Diese Nachricht wurde von meinem Android-Mobiltelefon mit WEB.DE Mail gesendet.',
  ])('drops the footer "%s" and what follows it', (footer) => {
    expect(extractReply({ text: `${REPLY}\n\n${footer}\n` })).toBe(REPLY);
    expect(extractReply({ text: `${REPLY}\n\n${footer}\n\n${UNQUOTED}` })).toBe(REPLY);
  });

  it.each([
    'Diese E-Mail wurde von unserer Buchhaltung gelesen, die Zahlung folgt am Freitag.',
    'Diese E-Mail wurde von der Buchhaltung versendet.',
  ])('keeps a sentence that starts like a footer: "%s"', (sentence) => {
    const text = `${REPLY}\n\n${sentence}`;
    expect(extractReply({ text })).toBe(text);
  });

  it('drops "Diese E-Mail wurde mit der GMX Mail App versendet."', () => {
    expect(extractReply({ text: `${REPLY}\n\nDiese E-Mail wurde mit der GMX Mail App versendet.` })).toBe(
      REPLY,
    );
  });
});

describe('extractReply: a reply header that runs on under the reply', () => {
  it.each(['Postbus 12, 1000 AA Amsterdam', 'Calle Mayor, 5, 28013, Madrid', 'Friday 14, after the meeting'])(
    'keeps "%s" above a wrapped header with no blank line',
    (reply) => {
      const header = '    On Tuesday, 3 March 2026, 14:22:10 CET, Incasso\n <incasso@example.nl> wrote:';
      expect(
        extractReply({ text: `\n ${reply}\n${header}\n\n Dear customer,\nInvoice 42 is open.\nThanks\n` }),
      ).toBe(` ${reply}`);
    },
  );

  it.each([
    'Am 03.03.2026 um 14:22 schrieb Inkasso <inkasso@example.de>:',
    'Le mar. 3 mars 2026 à 14:22, Incasso <incasso@example.fr> a écrit :',
    'On Tue, Mar 3, 2026 at 2:22 PM Incasso <incasso@example.nl> wrote:',
  ])('cuts at "%s" straight under the reply', (header) => {
    expect(extractReply({ text: `${REPLY}\n${header}\n${QUOTED}` })).toBe(REPLY);
  });
});
