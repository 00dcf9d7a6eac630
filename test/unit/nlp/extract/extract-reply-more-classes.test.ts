import { describe, expect, it } from 'vitest';
import { extractReply } from '../../../../nlp/extract/extract-reply.ts';

/**
 * Classes of issue 16 round 6: right-to-left reply headers and footers, reply text under a header
 * block, rules drawn with spaced characters, device footers inside a thread in more languages,
 * Polish webmail headers and closings. The examples are ours, written the way the clients print them.
 */
const REPLY = 'We betalen de factuur vrijdag.';
const QUOTED = '> Beste klant,\n>\n> Factuur INV-2024-0042 staat nog open.';
const UNQUOTED = 'Beste klant,\n\nFactuur INV-2024-0042 staat nog open.\n\nMet vriendelijke groet,\nIncasso';
const RLM = '\u200f';
const RLE = '\u202b';
const PDF = '\u202c';

describe('extractReply: right-to-left headers and footers', () => {
  it.each([
    [
      'Outlook (ar), with right-to-left marks',
      `من: Incasso <incasso@example.nl>\n${RLM}${RLM}تم الإرسال: Tuesday, March 3, 2026 2:22 PM\nإلى: jan@example.nl\n${RLM}الموضوع: Factuur`,
    ],
    [
      'Outlook (he)',
      'מאת: Incasso <incasso@example.nl>\nנשלח: יום שלישי 3 מרץ 2026 14:22\nאל: jan@example.nl\nנושא: Factuur',
    ],
    [
      'Outlook (fa)',
      'از: Incasso <incasso@example.nl>\nارسال شده: ۳ مارس ۲۰۲۶ ۱۴:۲۲\nبه: jan@example.nl\nموضوع: Factuur',
    ],
    [
      'Apple Mail (ar), Arabic-Indic digits, embedded in marks',
      `${RLE}في ٠٣‏/٠٣‏/٢٠٢٦ الساعة ٢:٢٢ م، كتب/كتبت ${RLM}Incasso ${RLM}<incasso@example.nl>:${PDF}`,
    ],
    ['Gmail (ar)', 'في الثلاثاء، ٣ مارس ٢٠٢٦، ٢:٢٢ م Incasso <incasso@example.nl> كتب:'],
    ['Gmail (he)', 'ב-יום ג׳, 3 במרץ 2026 ב-14:22 מאת Incasso <incasso@example.nl>:'],
  ])('%s', (_name, header) => {
    expect(extractReply({ text: `${REPLY}\n\n${header}\n\n${UNQUOTED}` })).toBe(REPLY);
    expect(extractReply({ text: `${REPLY}\n\n${header}\n\n${QUOTED}` })).toBe(REPLY);
  });

  it.each([
    `${RLE}أُرسلت من الـ iPhone${PDF}`,
    'أرسلت من جهاز iPad الخاص بي',
    'נשלח מה-iPhone שלי',
    'ارسال شده از iPhone من',
  ])('drops the footer "%s" and what follows it', (footer) => {
    expect(extractReply({ text: `${REPLY}\n\n${footer}\n\u200b` })).toBe(REPLY);
    expect(extractReply({ text: `${REPLY}\n${footer}\n\nincasso@example.nl wrote:\n\n${UNQUOTED}` })).toBe(
      REPLY,
    );
  });

  it('keeps right-to-left prose that only looks like a header', () => {
    const prose = 'سأدفع الفاتورة يوم الجمعة.\nمن: أحمد';
    expect(extractReply({ text: prose })).toBe(prose);
  });
});

describe('extractReply: device footers inside a thread, more languages', () => {
  it.each([
    ['hu', 'Az iPhone-omról küldve'],
    ['hu, Samsung', 'Samsung Galaxy okostelefonról küldve'],
    ['ro', 'Trimis de pe iPhone\u2011ul meu'],
    ['ro, Samsung', 'Trimis de pe dispozitivul meu Samsung'],
    ['cs', 'Odesláno z iPhonu'],
    ['sk', 'Odoslané z môjho iPhonu'],
    ['sk, Poslané', 'Poslané z iPhonu'],
    ['el', 'Στάλθηκε από το iPhone μου'],
    ['el, Εστάλη', 'Εστάλη από το κινητό μου'],
    ['tr', "iPhone'umdan gönderildi"],
    ['tr, long device', 'Samsung Galaxy akıllı telefonumdan gönderildi'],
    ['fi', 'Lähetetty iPhonesta'],
    ['lt', 'Išsiųsta iš mano iPhone'],
    ['lv', 'Nosūtīts no mana iPhone'],
    ['et', "Saadetud minu iPhone'ist"],
  ])('%s: "%s"', (_lang, footer) => {
    expect(
      extractReply({ text: `${REPLY}\n${footer}\n\njan@example.nl wrote:\n\nIs this still open?` }),
    ).toBe(REPLY);
    expect(extractReply({ text: `${REPLY}\n\n${footer}` })).toBe(REPLY);
  });

  it('keeps a sentence that starts like a footer', () => {
    const text = 'Trimis de pe contul firmei ieri, suma completă.';
    expect(extractReply({ text: `${REPLY}\n${text}` })).toBe(`${REPLY}\n${text}`);
  });
});

describe('extractReply: the reply under a header block (bottom posting)', () => {
  it('drops a Markdown-bold header block with blank lines between its fields', () => {
    const text = `**Gesendet:** Dienstag, 3. März 2026 um 14:22\n\n**Von:** "Incasso" <incasso@example.nl>\n\n**An:** "Jan" <jan@example.nl>\n\n**Betreff:** Factuur\n\n\n\n${REPLY}`;
    expect(extractReply({ text })).toBe(REPLY);
  });
});

describe('extractReply: footer separators and decorated signoffs', () => {
  it.each([
    ['stars', '* * *'],
    ['spaced dots in bold', '**. . . . . . . . . .**'],
    ['spaced dashes', '- - - - -'],
    ['spaced equals', '= = = ='],
  ])('cuts the footer under a rule of %s', (_name, rule) => {
    const text = `${REPLY}\n\n${rule}\n\nIncasso BV\nwww.example.nl`;
    expect(extractReply({ text })).toBe(REPLY);
  });

  it('keeps an ellipsis line', () => {
    const text = `${REPLY}\n...\nOf toch maandag.`;
    expect(extractReply({ text })).toBe(text);
  });

  it.each([
    'All the best,',
    'Best wishes,',
    'Cheers,',
    'Mit freundlichen Grüßen,',
    'Viele Grüße',
    'Pozdrawiam,',
    'Z poważaniem',
    'S pozdravem',
    'Üdvözlettel,',
    'Cu stimă,',
    'Met vriendelijke groeten,',
    'Cordiali saluti,',
    'Saludos,',
    'Med vänliga hälsningar',
    'Ystävällisin terveisin',
    'Saygılarımla,',
    'Με εκτίμηση,',
    'مع التحية،',
  ])('keeps "%s" and the name under it, drops what follows', (closing) => {
    const text = `${REPLY}\n\n${closing}\n\nJan\n\nIncasso BV, Kerkstraat 1, Amsterdam`;
    expect(extractReply({ text })).toBe(`${REPLY}\n\n${closing}\n\nJan`);
  });
});

describe('extractReply: Polish webmail header in one line', () => {
  it('cuts at "Temat: ... Nadawca: ... Adresat:" even when a time runs into a field', () => {
    const text = `${REPLY}\nTemat: RE: Factuur 2026-03-03 14:22Nadawca: "Incasso" incasso@example.nl Adresat:\n${UNQUOTED}`;
    expect(extractReply({ text })).toBe(REPLY);
  });

  it.each([
    'Od: Incasso <incasso@example.nl>\nWysłano: wtorek, 3 marca 2026 14:22\nDo: jan@example.nl\nTemat: Factuur',
    'Nadawca: Incasso <incasso@example.nl>\nData: 2026-03-03 14:22\nOdbiorca: jan@example.nl\nTemat: Factuur',
  ])('cuts at the header block %#', (header) => {
    expect(extractReply({ text: `${REPLY}\n\n${header}\n\n${UNQUOTED}` })).toBe(REPLY);
  });
});

describe('extractReply: what follows a closing', () => {
  it('keeps sentences written on under the closing and the name', () => {
    const text = `${REPLY}\n\nBest wishes,\n\nJan\n\nOne more thing: the second invoice was paid last week already. Could you check it and send me a new statement?`;
    expect(extractReply({ text })).toBe(text);
  });

  it('drops a signature block with sentences and contact details', () => {
    const text = `${REPLY}\n\nBest wishes,\n\nJan\n\nIncasso BV is a registered company. We care about privacy.\nCall +31 20 123 4567 or mail info@example.nl.`;
    expect(extractReply({ text })).toBe(`${REPLY}\n\nBest wishes,\n\nJan`);
  });

  it('does not take a separator under the closing for the name', () => {
    const text = `${REPLY}\nMit freundlichen Grüßen\n-----Original-Nachricht-----\nVon: Incasso\nBetreff: Factuur\nDatum: 03.03.2026, 14:22 Uhr\nAn:\n${UNQUOTED}`;
    expect(extractReply({ text })).toBe(`${REPLY}\nMit freundlichen Grüßen`);
  });
});
