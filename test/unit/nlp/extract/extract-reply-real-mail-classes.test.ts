import { describe, expect, it } from 'vitest';
import { extractReply } from '../../../../nlp/extract/extract-reply.ts';
import { expectReplyKept } from '../../../support/expect-reply-kept.ts';

/**
 * Classes of real mail that the extraction sets do not cover yet (issue 16, round 8): what help
 * desks, ticket systems, forums, mailing lists and the common clients (Outlook, Gmail, Apple Mail,
 * Thunderbird, mobile apps) put under a reply in Dutch, English, German, French, Spanish, Italian,
 * Portuguese, the Nordic languages and Polish. The examples are ours, written the way the clients
 * print them.
 */
const REPLY = 'We pay the invoice on Friday.\nThe order number is PO-7731.';
const REMINDER =
  'Dear customer,\n\ninvoice 2026-0042 of EUR 1.250,00 is still open.\n\nKind regards,\nAccounts';
const quoted = (text: string): string =>
  text
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');

describe('extractReply: Outlook header blocks in many languages', () => {
  it.each([
    [
      'en',
      'From: Accounts <ar@example.com>\nSent: Tuesday, March 3, 2026 2:22 PM\nTo: Jan Smit <jan@klant.nl>\nSubject: Invoice 2026-0042',
    ],
    [
      'en, Cc line',
      'From: Accounts <ar@example.com>\nSent: Tuesday, March 3, 2026 2:22 PM\nTo: Jan Smit <jan@klant.nl>\nCc: Finance <finance@klant.nl>\nSubject: RE: Invoice 2026-0042',
    ],
    [
      'nl',
      'Van: Debiteurenbeheer <ar@example.com>\nVerzonden: dinsdag 3 maart 2026 14:22\nAan: Jan Smit <jan@klant.nl>\nOnderwerp: Factuur 2026-0042',
    ],
    [
      'nl, bold',
      '*Van:* Debiteurenbeheer <ar@example.com>\n*Verzonden:* dinsdag 3 maart 2026 14:22\n*Aan:* Jan Smit <jan@klant.nl>\n*Onderwerp:* Factuur 2026-0042',
    ],
    [
      'nl, Markdown bold',
      '**Van:** Debiteurenbeheer <ar@example.com>\n**Verzonden:** dinsdag 3 maart 2026 14:22\n**Aan:** Jan Smit <jan@klant.nl>\n**Onderwerp:** Factuur 2026-0042',
    ],
    [
      'fr',
      'De : Comptabilité <ar@example.com>\nEnvoyé : mardi 3 mars 2026 14:22\nÀ : Jean Dupont <jean@client.fr>\nObjet : Facture 2026-0042',
    ],
    [
      'fr, no accent',
      'De: Comptabilite <ar@example.com>\nEnvoye: mardi 3 mars 2026 14:22\nA: Jean Dupont <jean@client.fr>\nObjet: Facture 2026-0042',
    ],
    [
      'de',
      'Von: Buchhaltung <ar@example.com>\nGesendet: Dienstag, 3. März 2026 14:22\nAn: Jan Muster <jan@kunde.de>\nBetreff: Rechnung 2026-0042',
    ],
    [
      'sv',
      'Från: Ekonomi <ar@example.com>\nSkickat: den 3 mars 2026 14:22\nTill: Jan Svensson <jan@kund.se>\nÄmne: Faktura 2026-0042',
    ],
    [
      'nb',
      'Fra: Regnskap <ar@example.com>\nSendt: tirsdag 3. mars 2026 14:22\nTil: Jan Hansen <jan@kunde.no>\nEmne: Faktura 2026-0042',
    ],
    [
      'da',
      'Fra: Bogholderi <ar@example.com>\nSendt: 3. marts 2026 14:22\nTil: Jan Hansen <jan@kunde.dk>\nEmne: Faktura 2026-0042',
    ],
    [
      'fi',
      'Lähettäjä: Laskutus <ar@example.com>\nLähetetty: tiistai 3. maaliskuuta 2026 14.22\nVastaanottaja: Jan Virtanen <jan@asiakas.fi>\nAihe: Lasku 2026-0042',
    ],
    [
      'pl',
      'Od: Księgowość <ar@example.com>\nWysłano: wtorek, 3 marca 2026 14:22\nDo: Jan Kowalski <jan@klient.pl>\nTemat: Faktura 2026-0042',
    ],
    [
      'es',
      'De: Contabilidad <ar@example.com>\nEnviado el: martes, 3 de marzo de 2026 14:22\nPara: Juan García <juan@cliente.es>\nAsunto: Factura 2026-0042',
    ],
    [
      'es, Enviado',
      'De: Contabilidad <ar@example.com>\nEnviado: martes, 3 de marzo de 2026 14:22\nPara: Juan García <juan@cliente.es>\nAsunto: Factura 2026-0042',
    ],
    [
      'it',
      'Da: Contabilità <ar@example.com>\nInviato: martedì 3 marzo 2026 14:22\nA: Mario Rossi <mario@cliente.it>\nOggetto: Fattura 2026-0042',
    ],
    [
      'pt',
      'De: Contabilidade <ar@example.com>\nEnviada em: terça-feira, 3 de março de 2026 14:22\nPara: João Silva <joao@cliente.pt>\nAssunto: Fatura 2026-0042',
    ],
    [
      'cs',
      'Od: Účtárna <ar@example.com>\nOdesláno: úterý 3. března 2026 14:22\nKomu: Jan Novák <jan@klient.cz>\nPředmět: Faktura 2026-0042',
    ],
  ])('cuts at the %s block', (_language, header) => {
    expect(extractReply({ text: `${REPLY}\n\n${header}\n\n${REMINDER}` })).toBe(REPLY);
  });

  it('cuts at the block under the rule Outlook draws above it', () => {
    const header =
      'Van: Debiteurenbeheer <ar@example.com>\nVerzonden: dinsdag 3 maart 2026 14:22\nAan: Jan Smit\nOnderwerp: Factuur';
    const text = `${REPLY}\n\n________________________________\n${header}\n\n${REMINDER}`;
    expect(extractReply({ text })).toBe(REPLY);
  });

  it('keeps a reply that names a sender and a date in prose', () => {
    const text = 'Van: de afdeling inkoop hoorde ik dat het betaald is.\nAan wie moet ik de bon sturen?';
    expectReplyKept(text);
  });
});

describe('extractReply: "Original Message" separators in many languages', () => {
  it.each([
    '-----Original Message-----',
    '-----Oorspronkelijk bericht-----',
    '-----Ursprüngliche Nachricht-----',
    "-----Message d'origine-----",
    '-----Mensaje original-----',
    '-----Messaggio originale-----',
    '-----Ursprungligt meddelande-----',
    '-----Opprinnelig melding-----',
    '-----Oprindelig meddelelse-----',
    '-----Wiadomość oryginalna-----',
    '-----Alkuperäinen viesti-----',
    '-----Mensagem original-----',
    '-----Původní zpráva-----',
  ])('cuts at "%s"', (separator) => {
    const text = `${REPLY}\n\n${separator}\nFrom: Accounts\nSent: 3 March 2026\nTo: Jan\nSubject: Invoice\n\n${REMINDER}`;
    expect(extractReply({ text })).toBe(REPLY);
  });

  it('cuts at the separator alone, with the old message straight under it', () => {
    expect(extractReply({ text: `${REPLY}\n\n-----Original Message-----\n${REMINDER}` })).toBe(REPLY);
  });
});

describe('extractReply: attributions wrapped over two or three lines', () => {
  it.each([
    'On Tue, Mar 3, 2026 at 2:22 PM Accounts <ar@example.com>\nwrote:',
    'On Tue, Mar 3, 2026 at 2:22 PM Accounts <\nar@example.com> wrote:',
    'On Tuesday, 3 March 2026 at 14:22,\nAccounts Receivable <ar@example.com>\nwrote:',
    'Le mar. 3 mars 2026 à 14:22, Comptabilité <ar@example.com> a\nécrit :',
    'Am Di., 3. März 2026 um 14:22 Uhr schrieb Buchhaltung <\nar@example.com>:',
    'Op di 3 mrt. 2026 om 14:22 schreef Debiteurenbeheer <\nar@example.com>:',
    'El mar, 3 mar 2026 a las 14:22, Contabilidad (<ar@example.com>)\nescribió:',
    'Il giorno mar 3 mar 2026 alle ore 14:22 Contabilità <ar@example.com>\nha scritto:',
    'Em ter., 3 de mar. de 2026 às 14:22, Contabilidade <ar@example.com>\nescreveu:',
    'Den tis 3 mars 2026 kl 14:22 skrev Ekonomi <ar@example.com>:',
    'tir. 3. mar. 2026 kl. 14:22 skrev Regnskap <ar@example.com>:',
    'W dniu 3.03.2026 o 14:22, Księgowość <ar@example.com> pisze:',
  ])('cuts at "%s"', (attribution) => {
    const text = `${REPLY}\n\n${attribution}\n\n${quoted(REMINDER)}`;
    expect(extractReply({ text })).toBe(REPLY);
  });

  it('cuts at an attribution of one line with the quote nested under it', () => {
    const text = `${REPLY}\n\nOn 3 Mar 2026, at 14:22, Accounts <ar@example.com> wrote:\n\n${quoted(`Please pay.\n\n${quoted(REMINDER)}`)}`;
    expect(extractReply({ text })).toBe(REPLY);
  });
});

describe('extractReply: forwarded-message markers', () => {
  it.each([
    '---------- Forwarded message ---------',
    'Begin forwarded message:',
    '---------- Doorgestuurd bericht ---------',
    'Begin doorgestuurd bericht:',
    '-------- Weitergeleitete Nachricht --------',
    'Anfang der weitergeleiteten Nachricht:',
    '-------- Message transféré --------',
    'Début du message réexpédié :',
    '---------- Mensaje reenviado ---------',
    '---------- Messaggio inoltrato ---------',
    'Inizio messaggio inoltrato:',
    '---------- Vidarebefordrat meddelande ---------',
    '---------- Videresendt melding ----------',
    '---------- Videresendt besked ----------',
    '---------- Wiadomość przekazana dalej ---------',
    '---------- Mensagem encaminhada ---------',
  ])('cuts at "%s"', (marker) => {
    const text = `${REPLY}\n\n${marker}\nFrom: Accounts <ar@example.com>\nDate: Tue, 3 Mar 2026 at 14:22\nSubject: Invoice\nTo: <jan@klant.nl>\n\n${REMINDER}`;
    expect(extractReply({ text })).toBe(REPLY);
  });
});

describe('extractReply: ticket systems and forums mark where to reply', () => {
  it.each([
    '##- Please type your reply above this line -##',
    '##- Typ uw antwoord boven deze regel -##',
    '##- Bitte geben Sie Ihre Antwort über dieser Zeile ein. -##',
    '##- Veuillez saisir votre réponse au-dessus de cette ligne -##',
    '-- Reply above this line --',
    '--- Please reply above this line ---',
    '[Reply above this line]',
    '------ Reply ABOVE THIS LINE to add a comment to this ticket ------',
    '—-—-—-—\nReply above this line.',
    'Please do not write below this line.',
  ])('cuts at "%s"', (marker) => {
    const text = `${REPLY}\n\n${marker}\n\nTicket #48213: Invoice 2026-0042\n\nAccounts (Support)\nMar 3, 2026, 14:22 CET\n\nDear customer, invoice 2026-0042 is still open.`;
    expect(extractReply({ text })).toBe(REPLY);
  });

  it('keeps a reply that mentions a line', () => {
    const text = 'Please look at the line above this one.\nThe amount on this line is wrong.';
    expectReplyKept(text);
  });
});

describe('extractReply: mobile footers of more apps and languages', () => {
  it.each([
    'Sent from my iPhone',
    'Verstuurd vanaf mijn iPhone',
    'Von meinem iPhone gesendet',
    'Envoyé de mon iPhone',
    'Enviado desde mi iPhone',
    'Inviato da iPhone',
    'Enviado do meu iPhone',
    'Skickat från min iPhone',
    'Sendt fra min iPhone',
    'Wysłane z iPhone’a',
    'Lähetetty iPhonesta',
    'Sent from my Galaxy',
    'Sent from my Huawei phone',
    'Sent from Yahoo Mail for iPhone',
    'Sent from Mail for Windows',
    'Verzonden vanuit Mail voor Windows',
    'Gesendet von Mail für Windows',
    'Get Outlook for iOS',
    'Envoyé depuis Outlook pour Android',
    'Enviado desde Outlook para Android',
    'Skickat från Outlook för iOS',
    'Sendt fra Outlook for Android',
    'Inviato da Outlook per Android',
    'Sent from Proton Mail mobile',
    'Sent with BlueMail',
    'Verzonden met BlueMail',
    'Von meinem Samsung Galaxy Smartphone gesendet.',
    'Envoyé de mon appareil Galaxy',
    'Enviado desde mi dispositivo Samsung',
  ])('cuts at "%s" and what follows it', (footer) => {
    const text = `${REPLY}\n\n${footer}\n\n${REMINDER}`;
    expect(extractReply({ text })).toBe(REPLY);
  });
});

describe('extractReply: signatures and closings', () => {
  it('drops a signature under "-- "', () => {
    const text = `${REPLY}\n\n-- \nJan Smit\nKlant BV | +31 20 123 4567\nwww.klant.nl`;
    expect(extractReply({ text })).toBe(REPLY);
  });

  it.each([
    ['Met vriendelijke groet,', 'Jan Smit'],
    ['Kind regards,', 'Jan Smit'],
    ['Mit freundlichen Grüßen', 'Jan Muster'],
    ['Cordialement,', 'Jean Dupont'],
    ['Saludos cordiales,', 'Juan García'],
    ['Cordiali saluti,', 'Mario Rossi'],
    ['Med vänliga hälsningar', 'Jan Svensson'],
    ['Med venlig hilsen', 'Jan Hansen'],
    ['Pozdrawiam', 'Jan Kowalski'],
  ])('keeps "%s" and the name, drops the contact block', (closing, name) => {
    const text = `${REPLY}\n\n${closing}\n${name}\nFinance Manager\nKlant BV\nT +31 20 123 4567\nE finance@klant.nl`;
    expect(extractReply({ text })).toBe(`${REPLY}\n\n${closing}\n${name}`);
  });
});

describe('extractReply: confidentiality notices in more languages', () => {
  it.each([
    'This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it.',
    'Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Indien u dit bericht onterecht ontvangt, wordt u verzocht de afzender te informeren.',
    'Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender.',
    'Ce message et ses pièces jointes sont confidentiels. Si vous avez reçu ce message par erreur, merci de le détruire.',
    'Este mensaje es confidencial y va dirigido exclusivamente a su destinatario. Si lo ha recibido por error, comuníquelo al remitente.',
    'Questo messaggio è riservato e destinato esclusivamente al destinatario. Se lo avete ricevuto per errore, informate il mittente.',
    'Denna e-post är konfidentiell och endast avsedd för mottagaren. Om du har fått den av misstag, meddela avsändaren.',
    'Denne e-mail er fortrolig og kun beregnet for modtageren. Hvis du har modtaget den ved en fejl, bedes du kontakte afsenderen.',
  ])('drops "%s"', (notice) => {
    const text = `${REPLY}\n\n${notice}`;
    expect(extractReply({ text })).toBe(REPLY);
  });

  it('keeps a reply that says the invoice is confidential', () => {
    const text = 'This invoice is confidential, please send it to me only.\nWe pay on Friday.';
    expectReplyKept(text);
  });
});

describe('extractReply: nested quotes and a reply with nothing new', () => {
  it('cuts nested "> >" quotes under an attribution', () => {
    const text = `${REPLY}\n\nOn Tue, 3 Mar 2026 at 14:22, Accounts <ar@example.com> wrote:\n> Any news?\n>\n> > ${REMINDER.replace(/\n/gu, '\n> > ')}`;
    expect(extractReply({ text })).toBe(REPLY);
  });

  it.each([
    `On Tue, 3 Mar 2026 at 14:22, Accounts <ar@example.com> wrote:\n\n${quoted(REMINDER)}`,
    `\n\nSent from my iPhone\n\nOn 3 Mar 2026, at 14:22, Accounts <ar@example.com> wrote:\n\n${quoted(REMINDER)}`,
  ])('returns nothing for a reply that adds nothing (%#)', (text) => {
    expect(extractReply({ text })).toBe('');
  });

  it.each([
    '##- Please type your reply above this line -##\n\nYour request 48213 has been received.',
    'Dear Sir or Madam,\n\n##- Please type your reply above this line -##\n\nYour request 48213 has been received.',
    'Thank you, your request has number 48213. Please reply above this line.',
  ])('keeps a help desk acknowledgement that opens with its marker (%#): it is the message', (text) => {
    expectReplyKept(text);
  });

  it('keeps a mail that is only a quote: the shared corpus keeps it, there is nothing else to read', () => {
    const text = quoted('We never received the goods.');
    expectReplyKept(text);
  });
});

describe('extractReply: footers a mail server or virus scanner adds', () => {
  it.each([
    'Please consider the environment before printing this e-mail.',
    'P Please consider the environment before printing this email',
    'Denk aan het milieu voordat u deze e-mail print.',
    'Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.',
    "Pensez à l'environnement avant d'imprimer ce message.",
    'This email has been checked for viruses by Avast antivirus software.\nwww.avast.com',
    'Virus-free. www.avast.com',
    'Diese E-Mail wurde von Avast Antivirus-Software auf Viren geprüft.',
    'ref:_00D5g2abcD._5005g01XYZ:ref',
  ])('drops "%s"', (footer) => {
    expect(extractReply({ text: `${REPLY}\n\n${footer}` })).toBe(REPLY);
  });

  it('keeps a reply about printing and viruses', () => {
    const text = 'We could not print the invoice, the PDF seems broken.\nOur scanner found no virus in it.';
    expectReplyKept(text);
  });
});

describe('extractReply: "Thanks," and a name above a contact block', () => {
  it.each(['Thanks,', 'Cheers!', 'Bedankt,', 'Merci,'])(
    'keeps "%s" and the name, drops the block',
    (closing) => {
      const text = `${REPLY}\n\n${closing}\nJan\n\nJan Smit\nFinance Manager\nKlant BV\n+31 20 123 4567`;
      expect(extractReply({ text })).toBe(`${REPLY}\n\n${closing}\nJan`);
    },
  );

  it('keeps a last paragraph that gives a bank account and an invoice number', () => {
    const text = `${REPLY}\n\nThanks,\nJan\n\nIBAN NL91 ABNA 0417 1643 00\nInvoice 2026-0042`;
    expectReplyKept(text);
  });
});

describe('extractReply: signatures on one line, external-sender warnings', () => {
  it('drops a signature on one line, its fields parted by bars', () => {
    const text = `${REPLY}\n\nJan Smit | Finance Manager | Klant BV | +31 20 123 4567 | www.klant.nl`;
    expect(extractReply({ text })).toBe(REPLY);
  });

  it('keeps a last line that lists invoices with bars', () => {
    const text = `${REPLY}\n\n2026-0042 | EUR 1.250,00 | paid on 3 March`;
    expectReplyKept(text);
  });

  it.each([
    'EXTERNAL EMAIL: Do not click links or open attachments unless you recognise the sender.',
    '[External] Please do not click links or open attachments from unknown senders.',
    'LET OP: klik niet op links en open geen bijlagen van onbekende afzenders.',
    'ACHTUNG: Öffnen Sie keine Anhänge und klicken Sie nicht auf Links unbekannter Absender.',
  ])('drops the warning "%s" above the reply', (banner) => {
    expect(extractReply({ text: `${banner}\n\n${REPLY}` })).toBe(REPLY);
  });

  it('keeps a reply that starts by warning about a link', () => {
    const text =
      'Warning: do not use the link in your reminder, it points to an old portal.\nWe pay on Friday.';
    expectReplyKept(text);
  });
});

describe('extractReply: webmail and older clients that attribute by address', () => {
  it.each([
    'Quoting Accounts <ar@example.com>:',
    'Zitat von Buchhaltung <ar@example.com>:',
    'Citation de Comptabilité <ar@example.com> :',
    'Citando Contabilidad <ar@example.com>:',
    'Citeren Debiteurenbeheer <ar@example.com>:',
    '* Accounts <ar@example.com> [2026-03-03 14:22]:',
    '* Accounts <ar@example.com> [260303 14:22 +0100]:',
  ])('cuts at "%s" and the quote under it', (attribution) => {
    const text = `${REPLY}\n\n${attribution}\n\n${quoted(REMINDER)}`;
    expect(extractReply({ text })).toBe(REPLY);
  });

  it.each([
    '>>> Accounts <ar@example.com> 03/03/2026 14:22 >>>',
    '>>> "Accounts" <ar@example.com> 3/3/2026 2:22 PM >>>',
  ])('cuts at the GroupWise line "%s" and the unquoted message under it', (attribution) => {
    expect(extractReply({ text: `${REPLY}\n\n${attribution}\n${REMINDER}` })).toBe(REPLY);
  });

  it('keeps a reply that quotes the reminder in its own words', () => {
    const text = `Quoting your reminder:\n\n${quoted('invoice 2026-0042 is still open.')}\n\nIt was paid on 2 March.`;
    expectReplyKept(text);
  });
});

describe('extractReply: carrier footers', () => {
  it.each([
    'Sent from my BlackBerry 10 smartphone on the Vodafone network.',
    'Sent from my Verizon, Samsung Galaxy smartphone',
    'Sent from my T-Mobile 4G LTE Device',
  ])('cuts at "%s"', (footer) => {
    expect(extractReply({ text: `${REPLY}\n\n${footer}\n\n${REMINDER}` })).toBe(REPLY);
  });

  it('keeps a sentence about where a payment was sent from', () => {
    const text = `${REPLY}\n\nSent from my business account at the bank on the corner, yesterday at noon.`;
    expectReplyKept(text);
  });
});

describe('extractReply: more closings above a title block', () => {
  it.each([
    'Beste Grüße',
    'Schöne Grüße',
    'LG',
    'Amicalement,',
    'Bien à toi,',
    'Bonne journée,',
    'Sincères salutations,',
    'Salutations distinguées,',
    'Saluti,',
    'Hälsningar,',
    'Hilsen',
    'Respectfully,',
    'Take care,',
    'With kind regards,',
  ])('keeps "%s" and the name, drops the title and company lines', (closing) => {
    const text = `${REPLY}\n\n${closing}\nJan Smit\nFinance Manager\nKlant BV`;
    expect(extractReply({ text })).toBe(`${REPLY}\n\n${closing}\nJan Smit`);
  });

  it('keeps a closing that names a place, and the name under it', () => {
    const text = `${REPLY}\n\nBeste Grüße aus Rosenheim\nSepp Huber`;
    expectReplyKept(text);
  });
});
