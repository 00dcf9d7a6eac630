/** The triage page's form that places a bank transfer on an invoice, in Dutch and English. */
export const CONSOLE_PAYMENT_REVIEW_STRINGS = {
  nl: {
    title: 'Op een factuur boeken',
    candidates: 'Facturen die erbij kunnen passen',
    open: (amount: string) => `open ${amount}`,
    invoice: 'Of typ het factuurnummer',
    invoiceOnly: 'Factuurnummer',
    anyway: 'Toch boeken: het is een tweede overboeking, geen herhaling',
    likelyRepeat:
      'Deze overboeking lijkt al ingelezen uit een ander afschrift. Boek hem alleen als het een tweede overboeking is.',
    apply: 'Boek op deze factuur',
    notPlaceable:
      'Niet hier te boeken (een deel is al geboekt, of het is geen inkomende overboeking): corrigeer het in de boekhouding.',
    readOnly: 'Alleen finance boekt een overboeking op een factuur.',
    errors: {
      missing: 'Kies een factuur of typ het factuurnummer.',
      duplicate: (statement: string, file: string) =>
        `Dit lijkt de overboeking die al is ingelezen uit afschrift ${statement} (${file}). Is het een tweede overboeking, vink dan "toch boeken" aan.`,
      refused: (why: string) => `Niet geboekt: ${why}.`,
    },
    notices: {
      applied: (invoice: string, open: string) =>
        `Geboekt op factuur ${invoice}; nog open: ${open}. De rekening van de betaler hoort nu bij deze debiteur.`,
      already: 'Over deze overboeking is al beslist (hier of in Slack); er is niets veranderd.',
      left: (why: string) => `Wat meer betaald is wacht hieronder: ${why}.`,
    },
  },
  en: {
    title: 'Apply to an invoice',
    candidates: 'Invoices it may pay',
    open: (amount: string) => `open ${amount}`,
    invoice: 'Or type the invoice number',
    invoiceOnly: 'Invoice number',
    anyway: 'Apply it anyway: it is a second transfer, not a repeat',
    likelyRepeat:
      'This transfer looks already imported from another statement. Apply it only if it is a second transfer.',
    apply: 'Apply to this invoice',
    notPlaceable:
      'Not placed from here (part of it is booked already, or it is no incoming transfer): correct it in the ledger.',
    readOnly: 'Only finance applies a transfer to an invoice.',
    errors: {
      missing: 'Pick an invoice or type its number.',
      duplicate: (statement: string, file: string) =>
        `This looks like the transfer already imported from statement ${statement} (${file}). If it is a second transfer, tick "apply it anyway".`,
      refused: (why: string) => `Not applied: ${why}.`,
    },
    notices: {
      applied: (invoice: string, open: string) =>
        `Applied to invoice ${invoice}; still open: ${open}. The payer's account belongs to this debtor from now on.`,
      already: 'This transfer was decided already (here or in Slack); nothing changed.',
      left: (why: string) => `What it paid beyond the open amount waits below: ${why}.`,
    },
  },
} as const;
