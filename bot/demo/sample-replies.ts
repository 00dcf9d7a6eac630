/** Debtor replies as they arrive in the reminder mailbox; ids are stable so a rerun stores nothing twice. */
export interface SampleReply {
  readonly id: string;
  readonly debtorReference: string;
  readonly invoiceNumber: string | null;
  readonly from: string;
  readonly subject: string;
  readonly text: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export const SAMPLE_REPLIES: readonly SampleReply[] = [
  {
    id: '<demo-1@bakkerijvandijk.nl>',
    debtorReference: 'D-1001',
    invoiceNumber: 'DEMO-2026-0141',
    from: 'administratie@bakkerijvandijk.nl',
    subject: 'RE: Herinnering factuur DEMO-2026-0141',
    text: 'Hoi,\n\nExcuses, deze is er bij ons helemaal doorheen geglipt. Ik zet hem vandaag nog klaar voor betaling.\n\nGroet,\nMarieke\n\nOp 20 nov. 2026 om 09:12 schreef Debiteurenbeheer <incasso@example.com>:\n> Beste klant,\n> Volgens onze administratie staat factuur DEMO-2026-0141 nog open.\n> Wilt u het bedrag van EUR 1.452,00 binnen 7 dagen voldoen?\n',
  },
  {
    id: '<demo-2@northwind.example>',
    debtorReference: 'D-1002',
    invoiceNumber: 'DEMO-2026-0102',
    from: 'ap@northwind.example',
    subject: 'RE: Reminder invoice DEMO-2026-0102',
    text: 'Hello,\n\nWe will not pay this invoice. Only 8 of the 10 pallets were delivered and two arrived damaged; we reported this to your driver at the time and never heard back.\nPlease send a corrected invoice.\n\nRegards,\nJames Carter\nAccounts Payable',
  },
  {
    id: '<demo-3@example.nl>',
    debtorReference: 'D-1003',
    invoiceNumber: 'DEMO-2026-0120',
    from: 'jdevries@example.nl',
    subject: 'Re: Betalingsherinnering',
    text: 'Geachte heer/mevrouw,\n\nIk ben vorige maand mijn baan kwijtgeraakt en kan het bedrag nu niet in een keer betalen. Zou ik het in 3 termijnen mogen betalen?\n\nMet vriendelijke groet,\nJan de Vries',
  },
  {
    id: '<demo-4@brightside.example>',
    debtorReference: 'D-1004',
    invoiceNumber: 'DEMO-2026-0097',
    from: 'invoices@brightside.example',
    subject: 'RE: Overdue invoice DEMO-2026-0097',
    text: 'Hi,\n\nOur accounts payable team cannot process invoice DEMO-2026-0097 because it has no purchase order number on it. Please reissue it with PO 4500012345 and we will pay it in the next payment run.\n\nBest,\nAnna',
  },
  {
    id: '<demo-5@smit-installatie.nl>',
    debtorReference: 'D-1005',
    invoiceNumber: 'DEMO-2026-0089',
    from: 'boekhouding@smit-installatie.nl',
    subject: 'RE: Aanmaning DEMO-2026-0089',
    text: 'Goedemiddag,\n\nDeze factuur hebben wij al betaald, het bedrag is vorige week van onze rekening afgeschreven.\n\nMvg,\nPeter Smit',
  },
  {
    id: '<demo-6@example.com>',
    debtorReference: 'D-1006',
    invoiceNumber: 'DEMO-2026-0150',
    from: 'emily.clarke@example.com',
    subject: 'Re: Your invoice',
    text: 'Sorry for the delay! I get paid on Friday and will transfer the full amount then.\n\nEmily\n\nSent from my iPhone',
  },
  {
    id: '<demo-7@groenrijk.example>',
    debtorReference: 'D-1007',
    invoiceNumber: null,
    from: 'info@groenrijk.example',
    subject: 'Automatisch antwoord: Herinnering factuur DEMO-2026-0133',
    text: 'Bedankt voor uw bericht. Ik ben afwezig tot en met 4 december en heb beperkt toegang tot mijn e-mail. Voor dringende zaken kunt u bellen met 020-1234567.',
    headers: { 'auto-submitted': 'auto-replied', 'x-autoreply': 'yes' },
  },
  {
    id: '<demo-8@harbourdental.example>',
    debtorReference: 'D-1008',
    invoiceNumber: null,
    from: 'office@harbourdental.example',
    subject: 'RE: Reminder',
    text: "Hi there, I'm not the right person for this. Invoices are handled by our bookkeeper, please send it to accounts@harbourdental.example instead.\nThanks, Sam",
  },
];
