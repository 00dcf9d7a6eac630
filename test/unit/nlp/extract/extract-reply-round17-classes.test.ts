import { describe, expect, it } from 'vitest';
import { extractReply } from '../../../../nlp/extract/extract-reply.ts';

/**
 * Classes of issue 16 round 17 (list mail of 2010-2021: Outlook, BlackBerry 10, Gmail, KMail, a
 * German signature file), and the classes modern business mail has that we probed alongside. The
 * examples are ours.
 */
const REPLY = 'We paid invoice 2026-0042 this morning.\nThe order number is PO-7731.';
const HEADERS =
  'From: Credit Control\nSent: Monday, March 2, 2026 9:14 AM\nTo: Accounts Payable\nSubject: Invoice 2026-0042\n\nPlease pay invoice 2026-0042.';

describe('extractReply: separators of a mail that lost its accented letters or dashes', () => {
  it.each([
    ['-----Urspr?ngliche Nachricht-----', 'Rechnung 2026-0042 ist heute bezahlt.'],
    ['-----Urspr\ufffdngliche Nachricht-----', 'Rechnung 2026-0042 ist heute bezahlt.'],
    ['-----Oryginalna wiadomo??-----', 'Faktura 2026-0042 została dziś opłacona.'],
    ['\u2014 Original Message \u2014', REPLY],
    ['? Original Message ?', REPLY],
  ])('cuts the history at "%s"', (separator, reply) => {
    expect(extractReply({ text: `${reply}\n\n${separator}\n${HEADERS}` })).toBe(reply);
  });

  it('keeps a question about the original message', () => {
    const text = 'Wo ist die ursprüngliche Nachricht?\nIch finde Rechnung 2026-0042 nicht.';
    expect(extractReply({ text })).toBe(text);
  });
});

describe('extractReply: a device footer with what the mail lost or an apology before it', () => {
  it.each(['Sent from my phone', 'Von meinem iPhone gesendet'])(
    'drops a line of "?" (a lost no-break space) right over "%s"',
    (footer) => {
      const text = `${REPLY}\n?\n${footer}\n\nOn Mon, Mar 2, 2026 at 9:14 AM, Credit Control <ar@example.com>\nwrote:\n\n> Please pay.`;
      expect(extractReply({ text })).toBe(REPLY);
    },
  );

  it('keeps a line of "?" that stands over no footer', () => {
    const text = 'Which invoice do you mean, 2026-0042 or 2026-0043\n?';
    expect(extractReply({ text })).toBe(text);
  });

  it.each([
    'Please excuse brevity as this message was sent from my BlackBerry 10 smartphone on the Rogers network.',
    'Please?excuse?brevity?as?this?message sent?from?my?BlackBerry?10?smartphone.',
    'Excuse typos, this mail is sent from my phone',
    'Pardon any errors - this message was sent from my iPhone',
  ])('reads "%s" as a device footer', (footer) => {
    const text = `${REPLY}\n\n${footer}\n\u2014 Original Message \u2014\n${HEADERS}`;
    expect(extractReply({ text })).toBe(REPLY);
  });

  it('keeps an apology about a payment sent from an account', () => {
    const text = 'Please excuse the delay as the payment was sent from our old account on Friday.';
    expect(extractReply({ text })).toBe(text);
  });
});

describe('extractReply: a sentence that opens with "Disclaimer,"', () => {
  it('keeps the sentence and the name under it', () => {
    const text = `${REPLY}\n\nDisclaimer, I am not the one who approves payments.\n\nBarry`;
    expect(
      extractReply({
        text: `On Monday, 2 March 2026 09:14:03 CET Credit Control wrote:\n> Please pay.\n\n${text}`,
      }),
    ).toBe(text);
  });

  it('still cuts a disclaimer under its heading', () => {
    const text = `${REPLY}\n\nJan\n\nDisclaimer:\nThis e-mail and any attachments are confidential and intended solely for the addressee.`;
    expect(extractReply({ text })).toBe(`${REPLY}\n\nJan`);
  });
});

describe('extractReply: numbered steps under a rule', () => {
  it.each([
    [
      'Hi Jan,\n\nThe transfer went out. For your AP team:\n\n=======================\n\nHow to match the payment:\n\n1.\tOpen the ledger at https://ledger.example.com/\n2.\tFind invoice 2026-0042\n3.\tTick "paid"\n\n-Chris',
    ],
    [
      'Hoi Jan,\n\nDe betaling is verstuurd.\n\n==========\n\nZo koppelt u de betaling:\n1) Open het grootboek\n2) Zoek factuur 2026-0042\n\nPiet',
    ],
  ])('keeps them as what the person wrote', (text) => {
    expect(extractReply({ text: `${text}\n\n${HEADERS}` })).toBe(text);
  });

  it('still cuts a short signature under a rule', () => {
    const text = `${REPLY}\n\n==========\nJan de Vries\nKlant BV\n+31 20 123 4567`;
    expect(extractReply({ text })).toBe(REPLY);
  });
});

describe("extractReply: Gmail's dated attribution with an archive's address", () => {
  it.each([
    '2026/3/2 Credit Control <ar at example.com>:',
    '2026-03-02 Jan de Vries <jan at klant.example.nl>:',
  ])('cuts the history at "%s"', (attribution) => {
    expect(extractReply({ text: `${REPLY}\n\n${attribution}\n> Please pay.\n> Thanks` })).toBe(REPLY);
  });

  it('keeps a dated line about an address without a colon', () => {
    const text = `${REPLY}\n\n2026/3/2 we wrote to <ar at example.com> as well`;
    expect(extractReply({ text })).toBe(text);
  });
});

describe('extractReply: ASCII art under the name', () => {
  it('drops indented lines of symbols under the signed name', () => {
    const text = `${REPLY}\n\nThanks,\nJabir\n     \\|/\n    -------\n   (  o o  )\noooO---O---Oooo`;
    expect(extractReply({ text: `${text}\n\n${HEADERS}` })).toBe(`${REPLY}\n\nThanks,\nJabir`);
  });

  it('keeps an indented smiley under a sentence', () => {
    const text = 'We paid it twice, so please refund one.\n   :-)';
    expect(extractReply({ text })).toBe(text);
  });
});

describe('extractReply: a signature file with a closing under the signed name', () => {
  it.each([
    [
      'Rechnung 2026-0042 ist heute bezahlt.\n\nTobias',
      'Mit freundlichen Grüßen,\n\nTobias Beispiel\nGeschäftsführer\n\nBeispiel GmbH · Am Weg 13 · 91074 Herzogenaurach\nAmtsgericht Fürth · HRB 10365 · USt-IdNr. DE000000000',
    ],
    [
      'Rechnung 2026-0042 ist heute bezahlt.\n\nTobias',
      'Mit freundlichen Gr??en,\n\nTobias Beispiel\nGesch?ftsf?hrer\n\nAmtsgericht F?rth ? HRB 10365',
    ],
    [
      'Factuur 2026-0042 is vandaag betaald.\n\nPiet',
      'Met vriendelijke groet,\n\nPiet Jansen\nCrediteurenadministratie\nVoorbeeld B.V.\nKvK 12345678 | BTW NL123456789B01',
    ],
  ])('ends the reply at the name', (reply, signature) => {
    expect(extractReply({ text: `${reply}\n\n\n${signature}` })).toBe(reply);
  });

  it('keeps a closing with another name under it', () => {
    const text = 'Factuur 2026-0042 is vandaag betaald.\n\nPiet\n\nMet vriendelijke groet,\nJan de Vries';
    expect(extractReply({ text })).toBe(text);
  });
});

describe('extractReply: modern business mail that already reads right (guards)', () => {
  it.each([
    [
      'en',
      'From: Accounts <ar@klant.example> On Behalf Of Jan de Vries\nSent: Monday, March 2, 2026 10:00 AM',
    ],
    ['nl', 'Van: Debiteuren <ar@klant.example> Namens Jan de Vries\nVerzonden: maandag 2 maart 2026 10:00'],
    [
      'de',
      'Von: Buchhaltung <ar@kunde.example> Im Auftrag von Jan Müller\nGesendet: Montag, 2. März 2026 10:00',
    ],
    [
      'fr',
      'De : Comptabilité <ar@client.example> De la part de Jean Dupont\nEnvoyé : lundi 2 mars 2026 10:00',
    ],
  ])('cuts at an Outlook "on behalf of" header block (%s)', (_language, header) => {
    expect(
      extractReply({ text: `${REPLY}\n\n${header}\nTo: Piet\nSubject: Invoice 2026-0042\n\nPlease pay.` }),
    ).toBe(REPLY);
  });

  it.each([
    'Sent from Outlook for iOS\nOn Mon, Mar 2, 2026 at 10:00 AM, Jan de Vries <jan@klant.example> wrote:',
    'Get Outlook for Android\nOn Mon, Mar 2, 2026 at 10:00 AM +0100, "Jan de Vries" <jan@klant.example> wrote:',
    'Sent from my phone\nOn 2 Mar 2026, at 10:00, Jan de Vries <jan@klant.example> wrote:',
    'On 2026-03-02 10:00, Jan de Vries wrote:',
    'Op 2026-03-02 10:00 schreef Jan de Vries <jan@klant.example>:',
    'Am 2026-03-02 um 10:00 schrieb Jan Müller <jan@kunde.example>:',
    'On Mon, 2026-03-02 at 10:00 +0100, Jan de Vries wrote:',
  ])('cuts at "%s"', (attribution) => {
    expect(extractReply({ text: `${REPLY}\n\n${attribution}\n> Please pay invoice 2026-0042.` })).toBe(REPLY);
  });

  it('drops a motto and a name under "--" over a device footer', () => {
    const text = `${REPLY}\n\n--\nJan de Vries\n"Stay hungry, stay foolish."\nSent from my Android phone`;
    expect(extractReply({ text })).toBe(REPLY);
  });

  it('reads a KMail attribution with a time zone over a bottom-posted reply', () => {
    const text =
      'Am Montag, 2. März 2026, 10:00:06 CET schrieb Jan Müller:\n> Bitte zahlen Sie.\n\nRechnung 2026-0042 ist bezahlt.\n\nPiet';
    expect(extractReply({ text })).toBe('Rechnung 2026-0042 ist bezahlt.\n\nPiet');
  });

  it.each([
    [
      'Met vriendelijke groet,\n\nPiet Jansen',
      'Crediteurenadministratie\n\nVoorbeeld B.V.\nKerkstraat 1, 1234 AB Utrecht\nT 030 123 4567\nKvK 12345678 | BTW NL123456789B01',
    ],
    [
      'Cordialement,\n\nJean Dupont',
      'Service comptabilité\n\nExemple SAS - 1 rue de la Paix, 75002 Paris\nTél. : 01 23 45 67 89\nSIRET 123 456 789 00012 - RCS Paris B 123 456 789',
    ],
    [
      'Mit freundlichen Grüßen\n\nPiet Meier',
      'Buchhaltung\n\nBeispiel GmbH · Hauptstraße 1 · 10115 Berlin\nTel. +49 30 1234567\nGeschäftsführer: Hans Beispiel\nAmtsgericht Charlottenburg, HRB 123456 B',
    ],
  ])('keeps "%s" and drops the company block under it', (closing, block) => {
    expect(extractReply({ text: `${REPLY}\n\n${closing}\n${block}` })).toBe(`${REPLY}\n\n${closing}`);
  });
});
