import { describe, expect, it } from 'vitest';
import { extractReply } from '../../../../nlp/extract/extract-reply.ts';

/**
 * Classes of issue 16 round 18 (WordPress list mail of 2010-2019 as a pipermail archive prints
 * it: addresses as "x at y", letters that are not ASCII turned into "?"). The examples are ours.
 */
const QUOTE = '\n\n> Dear customer,\n> invoice 2026-0042 of EUR 1,250.00 is overdue.\n> Please pay.';

describe("extractReply: Gmail's numeric attribution without a colon, with an archive's address", () => {
  it.each([
    ['We paid invoice 2026-0042 this morning.', '2026/3/2 Credit Control <ar at example.com>'],
    ['Wir haben Rechnung 2026-0042 heute bezahlt.', '2026/3/2 <ar at example.com>'],
    ['Pagamos a fatura 2026-0042 hoje.', '2026-03-02 Credit Control <ar@example.com>'],
  ])('cuts "%s" at "%s" above a quote', (reply, attribution) => {
    expect(extractReply({ text: `${reply}\n\n${attribution}${QUOTE}` })).toBe(reply);
  });

  it('keeps such a line when no quote follows it', () => {
    const text = 'Please send the receipt to:\n\n2026/3/2 Credit Control <ar at example.com>\nThanks.';
    expect(extractReply({ text })).toBe(text);
  });
});

describe('extractReply: an attribution whose verb lost its accented letters', () => {
  it.each([
    [
      'Nous avons payé la facture 2026-0042.',
      'Le 2 mars 2026 ? 09:14, Credit Control <ar at example.com> a ?crit :',
    ],
    [
      'Nous avons payé la facture 2026-0042.',
      'Le 2 mars 2026 \ufffd 09:14, Credit Control <ar@example.com> a \ufffdcrit :',
    ],
    [
      'Hemos pagado la factura 2026-0042.',
      'El 2 mar 2026, a las 09:14, Credit Control <ar@example.com> escribi?:',
    ],
  ])('cuts "%s" at "%s"', (reply, attribution) => {
    expect(extractReply({ text: `${reply}\n\n${attribution}${QUOTE}` })).toBe(reply);
  });

  it('keeps a question with "?" that no quote follows', () => {
    const text = 'Le 2 mars 2026 ? 09:14, qui a ?crit :\nJe ne trouve pas la facture 2026-0042.';
    expect(extractReply({ text })).toBe(text);
  });
});

describe('extractReply: an image placeholder under the closing and the name opens the signature', () => {
  it.each([
    [
      'Invoice 2026-0042 was paid on Monday.\n\nThanks,\nAnna Smit',
      '[cid:image001.png at 01DA2B3C.4D5E6F70]\n\nAnna Smit | Accounts Payable | Smit Trading BV, Keizersgracht 1, Amsterdam\nTel: +31 20 123 4567 | Web: www.smit.example\n\nCONFIDENTIALITY: This e-mail is meant only for the person it names. If you are not that person, please delete it and tell us. Do not copy it.',
    ],
    [
      'Die Rechnung 2026-0042 ist bezahlt.\n\nGrüße,\n\n\nJonas Weber',
      '\n\n[image: logo]\n\nWeber GmbH\nDirekt: 089 123 456\n\nDiese Nachricht ist vertraulich. Wenn Sie nicht der Empfänger sind, löschen Sie sie bitte. Danke für Ihr Verständnis.',
    ],
    ['Cheers,\n\n\nLars Berg', '\n\n[image: 1]\n\nBerg AB\nDirect: 08-123 45 67'],
  ])('keeps "%s" and drops the block from the image', (reply, signature) => {
    expect(extractReply({ text: `${reply}\n${signature}` })).toBe(reply);
  });

  it('keeps an image placeholder that no closing and name stand above', () => {
    const text =
      'The remittance advice is below.\n\n[image: remittance.png]\n\nInvoice 2026-0042, EUR 1,250.00, paid 2 March.';
    expect(extractReply({ text })).toBe(text);
  });
});

describe("extractReply: a bare attribution with an archive's address, no quote marks under it", () => {
  it.each([
    ['We paid invoice 2026-0042 this morning.\n\nAnna', '"Smit, Anna" <anna at smit.example> wrote:'],
    ['Wir haben Rechnung 2026-0042 bezahlt.\n\nJonas', 'Credit Control <ar at example.com> schrieb:'],
  ])('cuts "%s" at "%s"', (reply, attribution) => {
    const text = `${reply}\n\n\n\n${attribution}\n\nDear customer,\nInvoice 2026-0042 is overdue.\nKind regards,\nCredit Control`;
    expect(extractReply({ text })).toBe(reply);
  });

  it('keeps "wrote" in a sentence with an address', () => {
    const text = 'I already wrote to ar at example.com about the invoice:\nit was paid on Monday.';
    expect(extractReply({ text })).toBe(text);
  });
});
