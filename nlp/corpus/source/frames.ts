import type { LanguageFrame } from './phrase-book.ts';

const NAMES = [
  'Jan',
  'Sanne de Vries',
  'Pieter',
  'Fatima El Amrani',
  'Mark Jansen',
  'Ingrid',
  'Kees Bakker',
  'Priya',
  'Tom Peeters',
  'Lotte',
];
const COMPANIES = [
  'Bakkerij Smit',
  'Van Dijk Installatie BV',
  'Hoogland Logistics',
  'Studio Noord',
  'De Groene Tuin',
  'Acme Europe BV',
  'Brouwer & Zn',
  'Northwind Traders',
];
const EMAILS = [
  'crediteuren@vandijk.nl',
  'ap@hoogland-logistics.com',
  'facturen@studionoord.nl',
  'finance@acme.eu',
  'invoices@northwind.example',
  'administratie@brouwer.nl',
];
const INVOICES = ['2024-0113', 'F24-0871', 'INV-10422', '20240057', 'FAC/2024/311', '7781', 'NR 2023-998'];
const POS = ['PO-45821', '4500123987', 'PO 77120', 'BST-2024-118', '4501-9930'];
const REFS = ['TRX 88120934', '2024-0113', 'NL91ABNA0417164300/0331', 'REF 55671', 'EREF 0012398'];
const IBANS = ['NL91 ABNA 0417 1643 00', 'NL20INGB0001234567', 'NL02RABO0123456789', 'BE68 5390 0754 7034'];
const TICKETS = ['#48213', 'CS-2024-7781', '#120034', 'TCK-55219'];
const PHONES = ['06-12345678', '020 555 0134', '+31 6 4321 8765', '010-4455667'];
const SMALL = ['2', '3', '4', '5', '6'];

const shared = {
  NAME: NAMES,
  COMP: COMPANIES,
  EMAIL: EMAILS,
  INV: INVOICES,
  PO: POS,
  REF: REFS,
  IBAN: IBANS,
  TICKET: TICKETS,
  PHONE: PHONES,
  N: SMALL,
};

const NL_REMINDER = [
  'Beste klant,\n\nVolgens onze administratie staat factuur <INV> van <AMT> nog open. De vervaldatum is verstreken. Wilt u het bedrag binnen 7 dagen overmaken onder vermelding van het factuurnummer? Heeft u al betaald, dan kunt u deze herinnering als niet verzonden beschouwen.\n\nMet vriendelijke groet,\nDebiteurenbeheer',
  'Geachte heer/mevrouw,\n\nOndanks onze eerdere herinnering hebben wij de betaling van factuur <INV> nog niet ontvangen. Wij verzoeken u het openstaande bedrag van <AMT> uiterlijk binnen 14 dagen te voldoen. Heeft u vragen over de factuur of wilt u een betalingsregeling, neem dan contact met ons op.\n\nMet vriendelijke groet,\nAfdeling Debiteuren',
];
const EN_REMINDER = [
  'Dear customer,\n\nOur records show that invoice <INV> for <AMT> is overdue. Please pay within 7 days quoting the invoice number. If you have already paid, please disregard this reminder. If you dispute the invoice or cannot pay, reply to this email.\n\nKind regards,\nAccounts Receivable',
  'Hello,\n\nThis is a friendly reminder that invoice <INV> (<AMT>) is past its due date. We have not yet received your payment. Please arrange payment or let us know when we can expect it.\n\nBest regards,\nCredit Control',
];

export const FRAMES: readonly LanguageFrame[] = [
  {
    language: 'nl',
    greetings: [
      '',
      '',
      'Hoi,',
      'Hallo,',
      'Beste,',
      'Goedemorgen,',
      'Geachte heer/mevrouw,',
      'Beste <NAME>,',
      'Hi,',
      'Dag,',
      'Goedemiddag,',
    ],
    closings: [
      '',
      '',
      'Groet,\n<NAME>',
      'Met vriendelijke groet,\n<NAME>\n<COMP>',
      'Mvg',
      'Gr. <NAME>',
      'Groetjes',
      'Thanks!',
      'Vriendelijke groeten,\n<NAME>',
      'Verstuurd vanaf mijn iPhone',
    ],
    reminders: NL_REMINDER,
    attributions: [
      'Op di 12 mrt 2024 om 09:14 schreef Debiteurenbeheer <debiteuren@leverancier.nl>:',
      'Op 3 april 2024 10:02 schreef Afdeling Debiteuren <debiteuren@leverancier.nl> het volgende:',
      'Van: Debiteurenbeheer <debiteuren@leverancier.nl>\nVerzonden: dinsdag 12 maart 2024 09:14\nAan: <EMAIL>\nOnderwerp: Herinnering factuur <INV>',
      '-----Oorspronkelijk bericht-----\nVan: Debiteurenbeheer [mailto:debiteuren@leverancier.nl]\nVerzonden: maandag 4 maart 2024 08:30\nAan: <EMAIL>\nOnderwerp: Herinnering factuur <INV>',
    ],
    subjects: [
      'Re: Herinnering factuur <INV>',
      'RE: Betalingsherinnering <INV>',
      'Antw: Herinnering',
      'Re: Aanmaning factuur <INV>',
      'factuur <INV>',
      'Re: Openstaande factuur',
    ],
    slots: {
      ...shared,
      DATE: [
        '15 maart',
        'vrijdag 22 maart',
        '1 april',
        'de 25e',
        '31-05',
        '12-04-2024',
        'volgende week vrijdag',
        'eind van de maand',
        '3 juni',
      ],
      AMT: ['EUR 1.250,00', '€ 450,-', '€1.875,50', '320 euro', 'EUR 2.400', '€ 89,95'],
      SMALLAMT: ['50 euro', '€ 100', '€150,-', '200 euro', 'EUR 75'],
    },
  },
  {
    language: 'en',
    greetings: [
      '',
      '',
      'Hi,',
      'Hello,',
      'Dear Sir/Madam,',
      'Hi <NAME>,',
      'Good morning,',
      'Dear <NAME>,',
      'Hey,',
    ],
    closings: [
      '',
      '',
      'Regards,\n<NAME>',
      'Kind regards,\n<NAME>\n<COMP>',
      'Best,\n<NAME>',
      'Thanks',
      'Cheers',
      'Sent from my iPhone',
      'Many thanks,\n<NAME>',
    ],
    reminders: EN_REMINDER,
    attributions: [
      'On Tue, Mar 12, 2024 at 9:14 AM Accounts Receivable <ar@supplier.example> wrote:',
      'On 3 April 2024 at 10:02, Credit Control <credit@supplier.example> wrote:',
      'From: Accounts Receivable <ar@supplier.example>\nSent: Tuesday, March 12, 2024 9:14 AM\nTo: <EMAIL>\nSubject: Payment reminder invoice <INV>',
      '-----Original Message-----\nFrom: Credit Control [mailto:credit@supplier.example]\nSent: Monday, March 4, 2024 8:30 AM\nTo: <EMAIL>\nSubject: Overdue invoice <INV>',
    ],
    subjects: [
      'Re: Payment reminder invoice <INV>',
      'RE: Overdue invoice <INV>',
      'Re: Reminder',
      'invoice <INV>',
      'Re: Outstanding balance',
    ],
    slots: {
      ...shared,
      DATE: [
        '15 March',
        'Friday 22 March',
        'April 1st',
        'the 25th',
        '31/05',
        '2024-04-12',
        'next Friday',
        'the end of the month',
        'June 3',
      ],
      AMT: ['EUR 1,250.00', '€450', '€1,875.50', '320 euros', 'EUR 2,400', '€ 89.95'],
      SMALLAMT: ['50 euros', '€100', '€150', '200 EUR', 'EUR 75'],
    },
  },
  {
    language: 'fr',
    greetings: ['', 'Bonjour,', 'Madame, Monsieur,', 'Bonjour <NAME>,'],
    closings: ['', 'Cordialement,\n<NAME>', 'Bien à vous,\n<NAME>', 'Merci'],
    reminders: EN_REMINDER,
    attributions: [
      'Le mar. 12 mars 2024 a 09:14, Credit Control <credit@supplier.example> a écrit :',
      'On Tue, Mar 12, 2024 at 9:14 AM Accounts Receivable <ar@supplier.example> wrote:',
    ],
    subjects: ['RE: Payment reminder invoice <INV>', 'Re: Relance facture <INV>', 'facture <INV>'],
    slots: {
      ...shared,
      DATE: ['15 mars', 'vendredi 22 mars', '1er avril', '31/05', 'fin du mois'],
      AMT: ['1 250,00 EUR', '450 €', '1.875,50 €'],
      SMALLAMT: ['50 euros', '100 €', '150 EUR'],
    },
  },
  {
    language: 'de',
    greetings: ['', 'Hallo,', 'Sehr geehrte Damen und Herren,', 'Guten Tag <NAME>,'],
    closings: ['', 'Mit freundlichen Grüßen\n<NAME>', 'Viele Grüße\n<NAME>', 'Danke'],
    reminders: EN_REMINDER,
    attributions: [
      'Am Di., 12. März 2024 um 09:14 Uhr schrieb Credit Control <credit@supplier.example>:',
      'On Tue, Mar 12, 2024 at 9:14 AM Accounts Receivable <ar@supplier.example> wrote:',
    ],
    subjects: ['AW: Payment reminder invoice <INV>', 'AW: Zahlungserinnerung <INV>', 'Rechnung <INV>'],
    slots: {
      ...shared,
      DATE: ['15. März', 'Freitag, 22. März', '1. April', '31.05.', 'Monatsende'],
      AMT: ['1.250,00 EUR', '450 €', '1.875,50 €'],
      SMALLAMT: ['50 Euro', '100 €', '150 EUR'],
    },
  },
];
