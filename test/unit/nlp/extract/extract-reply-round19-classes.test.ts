import { describe, expect, it } from 'vitest';
import { extractReply } from '../../../../nlp/extract/extract-reply.ts';

/**
 * Classes of issue 16 round 19 (business mail of 2000-2001: Lotus Notes headers and forward
 * lines, Outlook attachment lines, signatures glued under the name, Yahoo! Mail's attribution).
 * The examples are ours.
 */
const ORIGINAL =
  '\n\nDear customer,\nInvoice 2026-0042 of EUR 1,250.00 is overdue.\nPlease pay within 14 days.\n\nCredit Control';

describe('extractReply: the sender and date Lotus Notes prints above its header block', () => {
  it.each([
    [
      'We paid invoice 2026-0042 this morning.\n\nAnna',
      '\n\n\n\nCredit Control\n03/02/2026 09:14 AM\nTo:\tAnna Smit/NL/Klant@Klant\ncc:\t\nSubject:\tInvoice 2026-0042',
    ],
    [
      'Wir haben die Rechnung 2026-0042 heute bezahlt.\n\nAnna',
      '\n\n\tBuchhaltung Muster\n\t02.03.2026 09:14\n\t\t\n\t\t An: Anna Schmidt/DE/Kunde\n\t\t Kopie: \n\t\t Betreff: Rechnung 2026-0042',
    ],
    [
      'Nous avons payé la facture 2026-0042.\n\nAnne',
      '\n\n\n"Service Recouvrement" <ar@example.com> on 02/03/2026 09:14:41 AM\nTo:   Anne Martin\ncc:\nSubject:  Facture 2026-0042',
    ],
  ])('cuts "%s" at the sender', (reply, header) => {
    expect(extractReply({ text: `${reply}${header}${ORIGINAL}` })).toBe(reply);
  });

  it('reads the tabbed "From:" line with blank lines under it as the header', () => {
    const reply = 'We paid invoice 2026-0042 this morning.  Thanks.';
    const header =
      '\n\n\n\t\n\tFrom:  Credit Control                           03/02/2026 09:14 AM\n\t\n\nTo: Anna Smit/NL/Klant@Klant\ncc:  \n\nSubject: Invoice 2026-0042';
    expect(extractReply({ text: `${reply}${header}${ORIGINAL}` })).toBe(reply);
  });

  it('keeps a date and time the person writes above a list of names', () => {
    const text = 'We can meet on:\n03/02/2026 09:14 AM\nAnna Smit\nJan de Vries';
    expect(extractReply({ text })).toBe(text);
  });
});

describe('extractReply: the forward line of Lotus Notes under the comment', () => {
  it.each([
    [
      'Can you check this reminder?  We paid it in March.\n\nAnna',
      '---------------------- Forwarded by Anna Smit/NL/Klant on 03/05/2026 07:26 AM ---------------------------',
    ],
    [
      'Kannst du das prüfen? Wir haben im März bezahlt.\n\nAnna',
      '----- Weitergeleitet von Anna Schmidt/DE/Kunde am 05.03.2026 07:26 -----',
    ],
    [
      'Peux-tu vérifier ? Nous avons payé en mars.\n\nAnne',
      '----- Transféré par Anne Martin/FR/Client le 05/03/2026 07:26 -----',
    ],
    [
      'Kun je dit nakijken? We hebben in maart betaald.\n\nAnna',
      '----- Doorgestuurd door Anna Smit/NL/Klant op 05-03-2026 07:26 -----',
    ],
  ])('cuts "%s" at the forward line', (reply, forward) => {
    const header =
      '\n\n\tCredit Control\n\t03/02/2026 09:14 AM\n\t\t\n\t\t To: Anna Smit\n\t\t Subject: Invoice';
    expect(extractReply({ text: `${reply}\n${forward}${header}${ORIGINAL}` })).toBe(reply);
  });

  it('keeps a line of dashes the person writes around their own words', () => {
    const text = 'We paid on 3 March.\n----- forwarded by the bank on request -----\nAnna';
    expect(extractReply({ text })).toBe(text);
  });
});

describe('extractReply: attachment lines under the text', () => {
  it.each([
    ['Attached is the remittance advice for invoice 2026-0042.\n\nAnna', '\n\n\n - Remittance 2026-0042.xls'],
    ['Anbei der Zahlungsbeleg.\n\nAnna', '\n\n <<Zahlungsbeleg März.pdf>>'],
    ['Ci-joint le justificatif.\n\nAnne', '\n\n - justificatif virement.pdf\n - facture annotée.docx'],
  ])('cuts the attachment line under "%s"', (reply, attachment) => {
    expect(extractReply({ text: `${reply}${attachment}` })).toBe(reply);
  });

  it('keeps a list item that names a file in a sentence', () => {
    const text = 'What we still need:\n - the signed contract\n - a copy of the bank statement';
    expect(extractReply({ text })).toBe(text);
  });
});

describe('extractReply: a contact block glued under the name', () => {
  it.each([
    [
      'We will pay the rest on Friday.\n\nThanks,\nCindy Smith',
      '\nSmith Energy Resources\n(405) 555-0175 - voice\n(405) 555-0176 - fax\ncindy@smith-energy.example',
    ],
    [
      'We will pay the rest on Friday, the money is with the bank now.\nRichard Morgan',
      '\nManager, Building Program\nCity Energy\n721 Main Street\nAustin, TX 78704\nPh. 512.555.0109\ne-mail richard@city-energy.example',
    ],
    [
      'Wij betalen de rest vrijdag.\n\nMet vriendelijke groet,\nJan de Vries',
      '\nKlant BV\nKeizersgracht 1\n1015 AA Amsterdam\nTel: +31 20 123 4567\njan@klant.example',
    ],
    [
      'Den Rest zahlen wir am Freitag.\n\nViele Grüße\nAnna Schmidt',
      '\nKunde GmbH\nHauptstraße 5, 10115 Berlin\nTel.: +49 30 1234567\nanna.schmidt@kunde.example',
    ],
  ])('keeps the name and cuts the block under "%s"', (reply, block) => {
    expect(extractReply({ text: `${reply}${block}` })).toBe(reply);
  });

  it('keeps initials as the closing above the name and a link', () => {
    const text = 'We will pay the rest on Friday.\n\nB. R.\nJan\nhttp://klant.example/contact';
    expect(extractReply({ text })).toBe('We will pay the rest on Friday.\n\nB. R.\nJan');
  });

  it('keeps a name in the middle of a sentence run', () => {
    const text = 'Please send the reminder to\nAnna Smit\n(405) 555-0175\nand not to me.';
    expect(extractReply({ text })).toBe(text);
  });
});

describe("extractReply: Yahoo! Mail's attribution with the first quote marker glued to it", () => {
  it.each([
    ['We paid invoice 2026-0042 today.\nthanks\nAnna', ' --- "Credit Control" <ar@example.com> wrote: >'],
    ['Wir haben heute bezahlt.\nAnna', ' --- Buchhaltung <ar@example.com> schrieb: >'],
  ])('cuts "%s" at "%s"', (reply, attribution) => {
    const quote =
      '\nDear customer, invoice 2026-0042 of EUR 1,250.00\n> is overdue. Please pay\n> within 14 days.';
    expect(extractReply({ text: `${reply} \n${attribution}${quote}` })).toBe(reply);
  });

  it('keeps such a line when no quote follows it', () => {
    const text = 'Our address is "Klant BV" <ap@klant.example> wrote: >\nthe rest';
    expect(extractReply({ text })).toBe(text);
  });
});

describe("extractReply: AOL's two-line attribution over a quote between << and >>", () => {
  it.each([
    [
      'In a message dated 3/2/26 9:14:50 AM Eastern Standard Time,\nar@example.com writes:',
      'We paid it on Friday, the bank has the transfer.    Anna',
    ],
    [
      'In einer E-Mail vom 2.3.26 09:14:50 Westeuropäische Normalzeit,\nar@example.com schreibt:',
      'Wir haben am Freitag bezahlt.    Anna',
    ],
  ])('keeps the answer under "%s" and its quote', (attribution, reply) => {
    const quote =
      '<< Dear customer, invoice 2026-0042 of EUR 1,250.00\n is overdue.\n Please pay within 14 days. >>';
    expect(extractReply({ text: `${attribution}\n\n${quote}\n\n${reply}` })).toBe(reply);
  });

  it('keeps a sentence that starts like it when no attribution follows', () => {
    const text = 'In a message dated 3/2/26 9:14:50 AM,\nyou said the invoice was paid. It was not.';
    expect(extractReply({ text })).toBe(text);
  });
});

describe("extractReply: Lotus Notes's two-column header", () => {
  it.each([
    [
      'We paid invoice 2026-0042 this morning.\n\nThanks,\nAnna',
      '            ar@example.co\n            m                             To:     Anna Smit/NL/Klant@Klant\n                                          cc:\n            03/02/2026 09:14 AM           Subject:     Invoice 2026-0042',
    ],
    [
      'Wir haben die Rechnung heute bezahlt.\n\nGruß\nAnna',
      '                    Buchhaltung Muster        An:      Anna Schmidt/DE/Kunde\n                    02.03.2026 09:14          Kopie:\n                                              Betreff: Rechnung 2026-0042',
    ],
    [
      'Wij hebben de factuur vandaag betaald.\n\nGroet,\nJan',
      '                    Debiteurenbeheer          Aan:        Jan de Vries/NL/Klant\n                    02-03-2026 09:14          Kopie:\n                                              Onderwerp:  Factuur 2026-0042',
    ],
  ])('cuts "%s" at the left column', (reply, header) => {
    expect(extractReply({ text: `${reply}\n\n\n\n${header}${ORIGINAL}` })).toBe(reply);
  });

  it('keeps a table the person writes with one such word in it', () => {
    const text =
      'Our payments:\nInvoice 0042        to: Klant BV     EUR 310\nInvoice 0043        to: Klant BV     EUR 120';
    expect(extractReply({ text })).toBe(text);
  });
});
