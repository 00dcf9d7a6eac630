import { describe, expect, it } from 'vitest';
import { extractReply } from '../../../../nlp/extract/extract-reply.ts';

/**
 * One table per class of issue 16. The headers are written the way the clients print them
 * (Gmail, Apple Mail, Thunderbird, Outlook, mobile apps) in each language; the examples are ours.
 */
const REPLY = 'We betalen de factuur vrijdag.';
const QUOTED =
  '> Beste klant,\n>\n> Factuur INV-2024-0042 staat nog open.\n>\n> Met vriendelijke groet,\n> Incasso';
const UNQUOTED = 'Beste klant,\n\nFactuur INV-2024-0042 staat nog open.\n\nMet vriendelijke groet,\nIncasso';

const above = (header: string, below = QUOTED): string => `${REPLY}\n\n${header}\n\n${below}`;

describe('extractReply: reply headers that start with a date and time', () => {
  it.each([
    ['Gmail numeric', '2024-11-04 09:12 GMT+01:00 Jan <jan@example.nl>:'],
    ['Gmail numeric, address on the next line', '2024-11-04 09:12 GMT+01:00 Jan Jansen <\njan@example.nl>:'],
    ['Apple Mail', 'On 4 Nov 2024, at 09:12, Jan <jan@example.nl> wrote:'],
    ['Apple Mail, split over two lines', 'On 4 Nov 2024, at 09:12, Jan Jansen\n<jan@example.nl> wrote:'],
    ['Apple Mail, verb on its own line', 'On 4 Nov 2024, at 09:12, Jan Jansen <jan@example.nl>\nwrote:'],
    ['Gmail mobile, name wrapped away', 'Jan Jansen\n<jan@example.nl> schrieb am Mo., 4. Nov. 2024, 09:12:'],
    ['Yandex', '04.11.2024, 09:12, "Jan Jansen" <jan@example.nl>:'],
    ['Gmail (ru), no verb', 'пн, 4 нояб. 2024 г. в 09:12, Jan Jansen <jan@example.nl>:'],
    ['Gmail (pl)', 'pon., 4 lis 2024 o 09:12 Jan Jansen <jan@example.nl> napisał(a):'],
    ['Gmail (pl), split', 'pon., 4 lis 2024 o 09:12 Jan Jansen <jan@example.nl>\nnapisał(a):'],
    ['Gmail (fi)', 'ma 4. marrask. 2024 klo 9.12 Jan Jansen (jan@example.nl) kirjoitti:'],
    ['Gmail (no)', 'man. 4. nov. 2024 kl. 09:12 skrev Jan Jansen <jan@example.nl>:'],
    ['Thunderbird (ru)', '04.11.2024 9:12, Jan Jansen пишет:'],
    ['mail.ru', 'Понедельник, 4 ноября 2024, 9:12 +01:00 от Jan Jansen <jan@example.nl>:'],
    ['Yahoo', 'On Monday, November 4, 2024, 09:12:00 AM GMT+1, Jan Jansen <jan@example.nl> wrote:'],
    ['date, time and address, then the name', '04/11/2024 09:12, jan@example.nl wrote:'],
    ['weekday and month first, no verb', 'Mon, Nov 4, 2024, 9:12 AM Jan Jansen <jan@example.nl>:'],
    ['weekday and month first, split', 'Mon, Nov 4, 2024, 9:12 AM Jan Jansen <\njan@example.nl>:'],
    ['time before the date, no verb', '09:12 AM, November 4, 2024, "Jan - Jansen BV" <jan@example.nl>:'],
    ['24-hour time before the date', '9:12, 4 november 2024, Jan Jansen <jan@example.nl>:'],
    ['Apple Mail, "sent" for "wrote"', 'On 4-Nov-2024, at 9:12 AM, Jan Jansen <jan@example.nl> sent:'],
  ])('%s', (_name, header) => {
    expect(extractReply({ text: above(header) })).toBe(REPLY);
    expect(extractReply({ text: above(header, UNQUOTED) })).toBe(REPLY);
  });

  it.each([
    'Voor de 20e staat het bedrag op uw rekening',
    'Betaald op 3-11, kenmerk 77120.',
    'Paid on 3/11, reference 77120.',
  ])('does not join the reply "%s" to the attribution under it', (reply) => {
    const header = 'Op ma 4 nov. 2024 om 09:12 schreef Incasso <incasso@example.nl>:';
    expect(extractReply({ text: `${reply}\n\n${header}\n${QUOTED}` })).toBe(reply);
    expect(extractReply({ text: `${reply}\n${header}\n${QUOTED}` })).toBe(reply);
  });

  it('keeps a sentence that starts with a date and ends with a colon', () => {
    const text =
      'Hierbij de betalingen:\n\n04-11-2024 09:12 overgemaakt naar jullie rekening, bedrag:\n€ 120,00';
    expect(extractReply({ text })).toBe(text);
  });
});

describe('extractReply: reply headers in more languages', () => {
  it.each([
    ['Danish', 'Den man. 4. nov. 2024 kl. 09.12 skrev Jan Jansen <jan@example.nl>:'],
    ['Swedish', 'Den mån 4 nov. 2024 kl 09:12 skrev Jan Jansen <jan@example.nl>:'],
    ['Norwegian Apple Mail', '4. nov. 2024 kl. 09:12 skrev Jan Jansen <jan@example.nl>:'],
    ['Finnish Apple Mail', 'Jan Jansen <jan@example.nl> kirjoitti 4.11.2024 kello 9.12:'],
    ['Polish Thunderbird', 'W dniu 4.11.2024 o 09:12, Jan Jansen pisze:'],
    [
      'Polish Apple Mail',
      'Wiadomość napisana przez Jan Jansen <jan@example.nl> w dniu 04.11.2024, o godz. 09:12:',
    ],
    ['Czech Gmail', 'po 4. 11. 2024 v 9:12 odesílatel Jan Jansen <jan@example.nl> napsal:'],
    ['Czech Thunderbird', 'Dne 4.11.2024 v 9:12 Jan Jansen napsal(a):'],
    ['Russian Gmail with verb', 'Пн, 4 нояб. 2024 г. в 09:12, Jan Jansen <jan@example.nl> написал(а):'],
    ['Ukrainian', 'пн, 4 лист. 2024 о 09:12 Jan Jansen <jan@example.nl> пише:'],
    ['Italian Gmail', 'Il giorno lun 4 nov 2024 alle ore 09:12 Jan Jansen <jan@example.nl> ha scritto:'],
    ['Italian Apple Mail', 'Il giorno 4 nov 2024, alle ore 09:12, Jan Jansen <jan@example.nl> ha scritto:'],
    ['Portuguese Gmail', 'Em seg., 4 de nov. de 2024 às 09:12, Jan Jansen <jan@example.nl> escreveu:'],
    ['Spanish Gmail', 'El lun, 4 nov 2024 a las 9:12, Jan Jansen (<jan@example.nl>) escribió:'],
    ['Spanish Apple Mail', 'El 4 nov 2024, a las 9:12, Jan Jansen <jan@example.nl> escribió:'],
    ['French Gmail', 'Le lun. 4 nov. 2024 à 09:12, Jan Jansen <jan@example.nl> a écrit :'],
    ['French Apple Mail, split', 'Le 4 nov. 2024 à 09:12, Jan Jansen <jan@example.nl> a\nécrit :'],
    [
      'Dutch Apple Mail, split',
      'Op 4 nov. 2024 om 09:12 heeft Jan Jansen <jan@example.nl> het\nvolgende geschreven:',
    ],
    ['German Gmail', 'Am Mo., 4. Nov. 2024 um 09:12 Uhr schrieb Jan Jansen <jan@example.nl>:'],
    ['Turkish', '4 Kas 2024 Pzt, 09:12 tarihinde Jan Jansen <jan@example.nl> şunu yazdı:'],
    [
      'French, narrow no-break space before the colon',
      'Le lun. 4 nov. 2024 à 09:12, Jan Jansen <jan@example.nl> a écrit\u202f:',
    ],
    ['Hungarian', 'Jan Jansen <jan@example.nl> ezt írta (időpont: 2024. nov. 4., H, 9:12):'],
    ['Japanese, no verb', '2024年11月4日(月) 9:12 Jan Jansen <jan@example.nl>:'],
    ['Chinese, verb right after the time', 'Jan Jansen <jan@example.nl> 于2024年11月4日周一 09:12写道：'],
    ['Korean', '2024년 11월 4일 (월) 오전 9:12, Jan Jansen <jan@example.nl>님이 작성:'],
    ['Romanian', 'În lun., 4 nov. 2024 la 09:12, Jan Jansen <jan@example.nl> a scris:'],
  ])('%s attribution', (_name, header) => {
    expect(extractReply({ text: above(header) })).toBe(REPLY);
  });

  const block = (lines: readonly string[]): string => `${lines.join('\n')}\n\n${UNQUOTED}`;
  it.each([
    [
      'Danish/Norwegian Outlook',
      ['Fra: Jan <jan@example.nl>', 'Sendt: 4. november 2024 09:12', 'Til: Piet', 'Emne: Faktura'],
    ],
    [
      'Swedish Outlook',
      ['Från: Jan <jan@example.nl>', 'Skickat: den 4 november 2024 09:12', 'Till: Piet', 'Ämne: Faktura'],
    ],
    [
      'Finnish Outlook',
      [
        'Lähettäjä: Jan <jan@example.nl>',
        'Lähetetty: maanantai 4. marraskuuta 2024 9.12',
        'Vastaanottaja: Piet',
        'Aihe: Lasku',
      ],
    ],
    [
      'Polish Outlook',
      [
        'Od: Jan <jan@example.nl>',
        'Wysłano: poniedziałek, 4 listopada 2024 09:12',
        'Do: Piet',
        'Temat: Faktura',
      ],
    ],
    [
      'Czech Outlook',
      [
        'Od: Jan <jan@example.nl>',
        'Odesláno: pondělí 4. listopadu 2024 9:12',
        'Komu: Piet',
        'Předmět: Faktura',
      ],
    ],
    [
      'Russian Outlook',
      ['От: Jan <jan@example.nl>', 'Отправлено: 4 ноября 2024 г. 9:12', 'Кому: Piet', 'Тема: Счёт'],
    ],
    [
      'Italian Outlook',
      ['Da: Jan <jan@example.nl>', 'Inviato: lunedì 4 novembre 2024 09:12', 'A: Piet', 'Oggetto: Fattura'],
    ],
    [
      'Portuguese Outlook',
      [
        'De: Jan <jan@example.nl>',
        'Enviado: segunda-feira, 4 de novembro de 2024 09:12',
        'Para: Piet',
        'Assunto: Fatura',
      ],
    ],
    [
      'Spanish Outlook',
      [
        'De: Jan <jan@example.nl>',
        'Enviado el: lunes, 4 de noviembre de 2024 9:12',
        'Para: Piet',
        'Asunto: Factura',
      ],
    ],
    [
      'French Outlook',
      ['De : Jan <jan@example.nl>', 'Envoyé : lundi 4 novembre 2024 09:12', 'À : Piet', 'Objet : Facture'],
    ],
    [
      'French new Outlook',
      ['De : Jan <jan@example.nl>', 'Envoyé le : lundi 4 novembre 2024 09:12', 'À : Piet', 'Objet : Facture'],
    ],
    [
      'German Outlook with importance',
      [
        'Von: Jan <jan@example.nl>',
        'Gesendet: Montag, 4. November 2024 09:12',
        'An: Piet',
        'Betreff: Rechnung',
        'Wichtigkeit: Hoch',
      ],
    ],
    [
      'Turkish Outlook',
      [
        'Kimden: Jan <jan@example.nl>',
        'Gönderildi: 4 Kasım 2024 Pazartesi 09:12',
        'Kime: Piet',
        'Konu: Fatura',
      ],
    ],
  ])('%s header block', (_name, lines) => {
    expect(extractReply({ text: `${REPLY}\n\n${block(lines)}` })).toBe(REPLY);
  });

  it.each([
    "-------- Message d'origine --------",
    '-------- Message transféré --------',
    '---------- Message transféré ---------',
    '-------- Messaggio originale --------',
    '-------- Messaggio inoltrato --------',
    '-------- Mensagem original --------',
    '-------- Mensaje reenviado --------',
    '-------- Oprindelig meddelelse --------',
    '-------- Opprinnelig melding --------',
    '-------- Ursprungligt meddelande --------',
    '-------- Alkuperäinen viesti --------',
    '-------- Oryginalna wiadomość --------',
    '-------- Původní zpráva --------',
    '-------- Исходное сообщение --------',
    '-------- Пересылаемое сообщение --------',
    '-----Reply Message-----',
  ])('separator %s', (separator) => {
    const header = `${separator}\nFrom: Jan <jan@example.nl>\nDate: 04/11/2024 09:12 (GMT+01:00)\nTo: Piet\nSubject: Faktura`;
    expect(extractReply({ text: above(header, UNQUOTED) })).toBe(REPLY);
  });
});

describe('extractReply: header blocks run together, webmail separators', () => {
  it('cuts at a header block on one line', () => {
    const header = 'From: Jan <jan@example.nl> Sent: Monday, 4 November 2024 09:12 To: Piet Subject: Factuur';
    expect(extractReply({ text: above(header, UNQUOTED) })).toBe(REPLY);
  });

  it('cuts at two header lines alone when one holds a full date and time and one an address', () => {
    const header = 'Date: Mon, 4 Nov 2024 09:12:02 +0100\nTo: jan@example.nl';
    expect(extractReply({ text: above(header, UNQUOTED) })).toBe(REPLY);
    expect(extractReply({ text: `${REPLY}\n\n${header}\n` })).toBe(REPLY);
  });

  it('keeps two header-like lines without a timestamp', () => {
    const text = 'Datum: vrijdag 8 november\nAan: jan@example.nl\n\nDan betalen we.';
    expect(extractReply({ text })).toBe(text);
  });

  it('keeps a sentence with one header word', () => {
    const text = 'Zie onderwerp: factuur 12. Van: ons. Aan: u.';
    expect(extractReply({ text })).toBe(text);
  });

  it('cuts at a French webmail header block under a rule ("Message du :", "Copie à :", "Sujet :")', () => {
    const header =
      '====\n\nMessage du : 04/11/2024 09:12\nDe : "Jan" <jan@example.nl>\nA : piet@example.nl\nCopie à : \nSujet : Facture';
    expect(extractReply({ text: above(header, UNQUOTED) })).toBe(REPLY);
  });

  it('keeps a sentence that starts like a French header field', () => {
    const text = 'Sujet : la facture de mars. Nous payons vendredi.';
    expect(extractReply({ text })).toBe(text);
  });

  it.each(['-------- Oprindelig besked --------', '-----Oprindelig meddelelse-----'])(
    'cuts at the Danish separator %s',
    (separator) => {
      const header = `${separator}\nFra: Jan <jan@example.nl>\nDato: 04.11.2024 09.12 (GMT+01:00)\nTil: piet@example.dk\nEmne: Faktura`;
      expect(extractReply({ text: above(header, UNQUOTED) })).toBe(REPLY);
    },
  );

  it.each(['----- Mail original -----', '----- Ursprüngliche Mail -----'])(
    "cuts at Zimbra's %s",
    (separator) => {
      const header = `${separator}\nDe: "Jan" <jan@example.nl>\nEnvoyé: Lundi 4 Novembre 2024 09:12:00\nObjet: Facture`;
      expect(extractReply({ text: above(header, UNQUOTED) })).toBe(REPLY);
    },
  );
});

describe('extractReply: "Sent from ..." device footers and what follows them', () => {
  it.each([
    'Sent from my iPhone',
    'Sent from my iPad',
    'Sent from my Samsung Galaxy smartphone.',
    'Sent from my Huawei phone',
    'Get Outlook for Android',
    'Get Outlook for iOS<https://aka.ms/o0ukef>',
    'Sent from Outlook for iOS',
    'Sent from Yahoo Mail for iPhone',
    'Sent from Yahoo Mail on Android',
    'Sent from Mail for Windows',
    'Sent from Mail for Windows 10',
    'Sent from my BlackBerry 10 smartphone.',
    'Sent from ProtonMail mobile',
    'Sent with ProtonMail Secure Email.',
    'Envoyé de mon iPhone',
    'Envoyé depuis mon appareil Galaxy',
    'Envoyé à partir de Outlook pour Android',
    'Von meinem iPhone gesendet',
    'Gesendet von meinem Samsung Galaxy Smartphone.',
    'Gesendet von Outlook für Android',
    'Verstuurd vanaf mijn iPhone',
    'Verzonden vanaf mijn Samsung Galaxy-smartphone.',
    'Verzonden met Outlook voor Android',
    'Outlook voor Android downloaden',
    'Enviado desde mi iPhone',
    'Enviado desde mi smartphone Samsung Galaxy.',
    'Enviado do meu iPhone',
    'Inviato da iPhone',
    'Inviato dal mio dispositivo Galaxy',
    'Sendt fra min iPhone',
    'Skickat från min iPhone',
    'Lähetetty iPhonesta',
    "Wysłane z iPhone'a",
    'Odesláno z iPhonu',
    'Отправлено с iPhone',
    'Sent from Xfinity Connect Application',
    'Gesendet mit der WEB.DE Mail App',
    'Sent from ProtonMail, encrypted email based in Switzerland.',
    'Sent from my cell, please excuse any typos.',
  ])('%s', (footer) => {
    expect(extractReply({ text: `${REPLY}\n\n${footer}` })).toBe(REPLY);
    // What follows a footer is the message answered, even without a marker we know.
    expect(extractReply({ text: `${REPLY}\n\n${footer}\n\n${UNQUOTED}` })).toBe(REPLY);
    expect(extractReply({ text: `${REPLY}\n\n${footer}\n\n${QUOTED}` })).toBe(REPLY);
  });

  it('keeps sentences that merely start like a footer', () => {
    for (const text of [
      'Here is another email\n\nSent from my desk, is much easier then my mobile phone.',
      'Sent from our account on Friday.\n\nRegards,\nSarah',
      'Verzonden vanaf onze zakelijke rekening, zie bijlage voor het bewijs van de betaling.',
      'Verstuurd met appels en peren vergelijken heeft geen zin.',
      'Sent from my phone, so excuse the brevity. We will pay on Friday.',
    ]) {
      expect(extractReply({ text })).toBe(text);
    }
  });
});

describe('extractReply: hard-wrapped quotes', () => {
  it('takes a ">" line wrapped without ">" as part of the quote', () => {
    const text = [
      'Op ma 4 nov. 2024 om 09:12 schreef Incasso <incasso@example.nl>:',
      '> Beste klant, volgens onze administratie staat factuur INV-2024-0042 van',
      '€ 1.250,00 nog open.',
      '> Wilt u dit bedrag binnen 14 dagen overmaken? Met vriendelijke groet,',
      'Incasso',
      '',
      REPLY,
    ].join('\n');
    expect(extractReply({ text })).toBe(REPLY);
  });

  it('does not count wrapped quote lines as answers between quotes', () => {
    const text = [
      REPLY,
      '',
      'On Mon, Nov 4, 2024 at 9:12 AM Collections <c@example.com> wrote:',
      '> Dear customer, according to our records invoice INV-2024-0042 of the',
      'amount of EUR 1,250.00 is still open.',
      '> Please transfer the amount within fourteen days. If you have already',
      'paid, please ignore this message.',
    ].join('\n');
    expect(extractReply({ text })).toBe(REPLY);
  });

  it('takes a link wrapped inside the quote as part of it', () => {
    const text = `${REPLY}\n\nOn Mon, Nov 4, 2024 at 9:12 AM Incasso <incasso@example.nl> wrote:\n> Bekijk de factuur (https://example.nl/factuur?id=4821\n&token=abc)\n>\n> Incasso`;
    expect(extractReply({ text })).toBe(REPLY);
  });

  it('takes a lower-case tail between quoted lines as wrapped, even after a full stop', () => {
    const text = [
      REPLY,
      '',
      'On Mon, Nov 4, 2024 at 9:12 AM Collections <c@example.com> wrote:',
      '> Dear customer, invoice INV-2024-0042 of EUR 1,250.00 is still open. Please pay.',
      'within fourteen days.',
      '>',
      '> Collections',
      '',
      '-- ',
      'Jansen BV',
    ].join('\n');
    expect(extractReply({ text })).toBe(REPLY);
  });

  it('keeps an answer that starts a sentence between long quoted lines', () => {
    const text = [
      '> Could you tell us when invoice INV-2024-0042 of EUR 1,250.00 will be paid?',
      'Friday, by bank transfer.',
      '> And could you confirm that the delivery address on the invoice is correct?',
      'Yes.',
    ].join('\n');
    expect(extractReply({ text })).toBe(text);
  });

  it('keeps an answer written straight under a short quote line', () => {
    const text = '> Wanneer betaalt u?\nVrijdag.\n> En de rente?\nBetalen we ook.';
    expect(extractReply({ text })).toBe(text);
  });
});

describe('extractReply: attributions that share a line, closings under the quote', () => {
  it.each([
    'Betaald! Op ma 4 nov. 2024 om 09:12 schreef Incasso <incasso@example.nl>:',
    'Betaald!--- On Mon, Nov 4, 2024 at 9:12 AM, incasso@example.nl wrote:',
  ])('splits "%s"', (line) => {
    expect(extractReply({ text: `${line}\n${QUOTED}` })).toBe('Betaald!');
  });

  it('keeps a line that only mentions a date and who wrote', () => {
    const text = 'Zoals ik op 4 november schreef: we betalen vrijdag.';
    expect(extractReply({ text })).toBe(text);
  });

  it('keeps the closing a client put under the quote', () => {
    const text = `${REPLY}\n\nOn Mon, Nov 4, 2024 at 9:12 AM Incasso <incasso@example.nl> wrote:\n\n${QUOTED}\n\nRegards, Jan`;
    expect(extractReply({ text })).toBe(`${REPLY}\n\nRegards, Jan`);
  });
});

describe('extractReply: an attribution with a name only', () => {
  it('is a marker when a quote follows it', () => {
    expect(extractReply({ text: `${REPLY}\n\nJan Jansen wrote:\n\n${QUOTED}` })).toBe(REPLY);
    expect(extractReply({ text: `${REPLY}\n\nJan Jansen schreef:\n${QUOTED}` })).toBe(REPLY);
  });

  it('is text when none does', () => {
    const text = 'Mijn collega schreef:\nde factuur is betaald op 3 november.';
    expect(extractReply({ text })).toBe(text);
  });
});

describe('extractReply: "Sent from <app><link>", any app', () => {
  it.each(['Sent from TypeApp<http://www.typeapp.com/r?b=1>', 'Sent from Nine<http://www.9folders.com/>'])(
    'cuts at %s and what follows',
    (footer) => {
      const text = `${REPLY}\n\n${footer}\nOn Nov 4, 2024, at 09:12, Jan <jan@example.nl<\nmailto:jan@example.nl>> wrote:\nFactuur INV-2024-0042 staat nog open.`;
      expect(extractReply({ text })).toBe(REPLY);
    },
  );

  it('keeps a sentence that names where something was sent from', () => {
    const text =
      'Sent from our Rotterdam office<http://example.nl/office> last week, the goods never arrived.';
    expect(extractReply({ text })).toBe(text);
  });
});

describe('extractReply: Markdown layout is not a signature', () => {
  it('keeps rules under a heading and the text after them', () => {
    const text =
      'Our findings:\n\n## Open items\n----\n\n1. Invoice 12 is paid\n2. Invoice 13 is disputed\n\n----\n\nWe pay invoice 14 on Friday.';
    expect(extractReply({ text })).toBe(text);
  });

  it('still cuts at a rule above a signature without a heading', () => {
    const text = `${REPLY}\n\n----\nJan Jansen\nJansen BV`;
    expect(extractReply({ text })).toBe(REPLY);
  });
});

describe('extractReply: reply written under the quoted message', () => {
  it.each([
    ['Gmail numeric, name on the next line', '2024-11-04 09:12 GMT+01:00\nJan <jan@example.nl>:'],
    [
      'Outlook rule and header block',
      '________________________________\nFrom: Jan <jan@example.nl>\nSent: Monday, November 4, 2024 9:12:41 AM\nTo: Piet <p@example.nl>\nSubject: Factuur',
    ],
    [
      'zero-width line above the attribution',
      '\u200b\nOn Mon, Nov 4, 2024 at 9:12 AM Jan <jan@example.nl> wrote:',
    ],
  ])('%s', (_name, header) => {
    expect(extractReply({ text: `${header}\n${QUOTED}\n\n${REPLY}` })).toBe(REPLY);
  });
});

describe('extractReply: header blocks in Chinese and Japanese Outlook', () => {
  it.each([
    [
      'simplified Chinese',
      '发件人: 收款部 <ar@example.cn>\n发送时间: 2024年11月4日 9:12\n收件人: 王先生\n主题: 付款提醒',
    ],
    [
      'full-width colons',
      '发件人：收款部 <ar@example.cn>\n发送时间：2024年11月4日 9:12\n收件人：王先生\n主题：付款提醒',
    ],
    [
      'traditional Chinese',
      '寄件者: 收款部 <ar@example.tw>\n寄件日期: 2024年11月4日 上午 09:12\n收件者: 王先生\n主旨: 付款提醒',
    ],
    [
      'Japanese',
      '差出人: 経理部 <ar@example.jp>\n送信日時: 2024年11月4日 9:12\n宛先: 山田様\n件名: お支払いのお願い',
    ],
  ])('%s: the block and the message under it are cut', (_name, header) => {
    expect(extractReply({ text: above(header, UNQUOTED) })).toBe(REPLY);
  });
});

describe('extractReply: banners and disclaimer headings', () => {
  it.each([
    'CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognise the sender.',
    '[EXTERNAL] This message came from an external sender. Be careful with links.',
    'LET OP: deze e-mail is afkomstig van buiten de organisatie. Klik niet op links.',
    'ACHTUNG: Diese E-Mail stammt von außerhalb der Organisation.',
  ])('drops the external-sender banner on top: %s', (banner) => {
    expect(extractReply({ text: `${banner}\n\n${REPLY}` })).toBe(REPLY);
  });

  it('keeps a first paragraph that only talks about the outside', () => {
    const text = 'Caution: the money came from outside the company account this time.\n\nWe betalen vrijdag.';
    expect(extractReply({ text })).toBe(text);
  });

  it.each(['Disclaimer', 'DISCLAIMER:', 'Confidentiality notice', 'Haftungsausschluss'])(
    'cuts a heading "%s" together with the legal text under it',
    (heading) => {
      const legal =
        'The information in this communication is confidential and intended solely for the addressee.';
      expect(extractReply({ text: `${REPLY}\n\nJan\n\n\n${heading}\n\n${legal}` })).toBe(`${REPLY}\n\nJan`);
    },
  );
});

describe('extractReply: a thread under the attribution is history, not answers', () => {
  it('cuts a quote followed by unquoted older messages and another attribution', () => {
    const history = [
      '> Geachte klant, factuur INV-2024-0042 staat nog open.',
      '>',
      '> Met vriendelijke groet, Incasso',
      '',
      'Doorgestuurd door de administratie',
      'Van de boekhouding aan de directie',
      'Graag even naar kijken voor de betaalrun.',
      'Ik heb hem nog niet kunnen vinden.',
      '',
      'Op 1 nov. 2024 om 10:00 schreef Incasso <incasso@example.nl>:',
      '',
      'Eerste herinnering.',
    ].join('\n');
    const header = 'Op ma 4 nov. 2024 om 09:12 schreef Incasso <\nincasso@example.nl>:';
    expect(extractReply({ text: `${REPLY}\n\n${header}\n\n${history}` })).toBe(REPLY);
  });

  it('still keeps answers between quotes', () => {
    const text = `${REPLY}\n\nOp ma 4 nov. 2024 om 09:12 schreef Incasso <incasso@example.nl>:\n> Staat factuur 42 nog open?\nJa, die betalen we vrijdag.\n> En factuur 43?\nDie is al betaald.`;
    expect(extractReply({ text })).toContain('Die is al betaald.');
  });
});

describe('extractReply: South Slavic reply headers and more mobile footers (issue 16, fifth round)', () => {
  it.each([
    [
      'Outlook (hr)',
      'Šalje: Ana Horvat <ana@example.hr>\nPoslano: utorak, 3. studenoga 2026. 14:22\nPrima: Incasso\nPredmet: Račun',
    ],
    [
      'Outlook (sl)',
      'Od: Ana Novak <ana@example.si>\nPoslano: torek, 3. november 2026 14:22\nZa: Incasso\nZadeva: Račun',
    ],
    [
      'Outlook (sr)',
      'Od: Ana Petrović <ana@example.rs>\nPoslato: utorak, 3. novembar 2026. 14:22\nZa: Incasso\nTema: Račun',
    ],
    [
      'Outlook (bg)',
      'От: Ана Иванова <ana@example.bg>\nИзпратено: 3 ноември 2026 г. 14:22\nДо: Incasso\nОтносно: Фактура',
    ],
  ])('%s', (_name, header) => {
    expect(extractReply({ text: above(header, UNQUOTED) })).toBe(REPLY);
  });

  it.each([
    ['Gmail (hr)', 'uto, 3. stu 2026. u 14:22 Ana Horvat <ana@example.hr> napisao je:'],
    ['Gmail (sl)', 'V tor., 3. nov. 2026 ob 14:22 je Ana Novak <ana@example.si> napisal(a):'],
  ])('%s', (_name, header) => {
    expect(extractReply({ text: above(header) })).toBe(REPLY);
  });

  it.each(['Von Outlook für Android gesendet', 'Von Outlook für iOS gesendet', 'Poslano s mog iPhonea'])(
    'drops the footer "%s"',
    (footer) => {
      expect(extractReply({ text: `${REPLY}\n\n${footer}` })).toBe(REPLY);
    },
  );

  it('keeps prose that only looks like a header field or a footer', () => {
    const prose = 'Dana 3. studenog sam platio.\nZa: vas, sve je u redu.\nPoslano je jučer.';
    expect(extractReply({ text: prose })).toBe(prose);
  });
});
