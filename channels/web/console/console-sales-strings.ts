import type { PageLanguage } from '../page-strings.ts';

/** The sales view's texts, in Dutch and English. Data (names, the debtor's words) is never in here. */
export const CONSOLE_SALES_STRINGS = {
  nl: {
    title: 'Geschillen',
    intro: 'Geschillen die bij jou liggen: wat de debiteur schreef, waar het om gaat, en hoe je het afsluit.',
    mine: 'Voor mij',
    unassigned: 'Nog van niemand (geen accounteigenaar)',
    handoffs: 'Nieuwe overdrachten, nog niet geopend',
    nothing: 'Niets.',
    invoice: 'Factuur',
    amount: 'Factuurbedrag',
    open: 'Open',
    due: 'Vervaldatum',
    summary: 'Samenvatting',
    theirWords: 'In hun woorden',
    status: 'Status',
    statuses: { open: 'open, nog niet genomen', taken: 'genomen' } as Record<string, string>,
    owner: (who: string) => `bij ${who}`,
    opened: 'Geopend',
    take: 'Neem het',
    takeHandoff: 'Neem het en open het geschil',
    creditTitle: 'Creditnota',
    creditAmount: 'Bedrag van de creditnota (€)',
    creditButton: 'Boek creditnota',
    correctedTitle: 'Gecorrigeerde factuur',
    correctedNumber: 'Nummer van de gecorrigeerde factuur',
    correctedButton: 'Vervang door gecorrigeerde factuur',
    rejectTitle: 'Afgewezen: de factuur blijft staan',
    rejectReason: 'Reden (verplicht)',
    rejectButton: 'Wijs het geschil af',
    note: 'Notitie (optioneel)',
    readOnly: 'Alleen sales neemt en beslecht geschillen; jij kunt meekijken.',
    notices: {
      taken: (n: number) => (n === 1 ? 'Je hebt het geschil genomen.' : `Je hebt ${n} geschillen genomen.`),
      already: (status: string) => `Dit geschil was al ${status}; er is niets veranderd.`,
      alreadyHandoff: 'Deze overdracht was al geopend; er is niets veranderd.',
      gone: 'Dit geschil bestaat niet (meer).',
      invalid: 'Vul het formulier volledig in: een factuurnummer, of een reden van minstens 3 tekens.',
      invalidAmount: (open: string) =>
        `Vul een bedrag in groter dan 0 en hoogstens ${open} (het openstaande bedrag).`,
      credited: (invoice: string, credit: string, open: string, resumes: boolean) =>
        `Creditnota van ${credit} geboekt op ${invoice}; nog open: ${open}. ${resumes ? 'Aanmanen gaat verder op wat open staat.' : 'Er staat niets meer open: aanmanen stopt.'}`,
      corrected: (invoice: string, corrected: string) =>
        `${invoice} is gesloten en vervangen door gecorrigeerde factuur ${corrected}; aanmanen op ${invoice} stopt.`,
      rejected: (invoice: string, open: string) =>
        `Geschil afgewezen: ${invoice} blijft staan (${open} open) en aanmanen gaat verder.`,
      stillPaused:
        'Er loopt nog een ander geschil op deze factuur: aanmanen blijft gepauzeerd tot dat ook is afgesloten.',
      reason: (note: string) => `Vastgelegde reden: ${note}`,
    },
  },
  en: {
    title: 'Disputes',
    intro: 'Disputes that are yours: what the debtor wrote, what they dispute, and how to settle it.',
    mine: 'Mine',
    unassigned: 'Nobody’s yet (no account owner)',
    handoffs: 'New hand-offs, not opened yet',
    nothing: 'Nothing.',
    invoice: 'Invoice',
    amount: 'Invoice amount',
    open: 'Open',
    due: 'Due',
    summary: 'Summary',
    theirWords: 'In their words',
    status: 'Status',
    statuses: { open: 'open, nobody took it yet', taken: 'taken' } as Record<string, string>,
    owner: (who: string) => `with ${who}`,
    opened: 'Opened',
    take: 'Take it',
    takeHandoff: 'Take it and open the dispute',
    creditTitle: 'Credit note',
    creditAmount: 'Credit note amount (€)',
    creditButton: 'Book the credit note',
    correctedTitle: 'Corrected invoice',
    correctedNumber: 'Number of the corrected invoice',
    correctedButton: 'Replace with the corrected invoice',
    rejectTitle: 'Rejected: the invoice stands',
    rejectReason: 'Reason (required)',
    rejectButton: 'Reject the dispute',
    note: 'Note (optional)',
    readOnly: 'Only sales takes and resolves disputes; you can look along.',
    notices: {
      taken: (n: number) => (n === 1 ? 'You took the dispute.' : `You took ${n} disputes.`),
      already: (status: string) => `This dispute was already ${status}; nothing changed.`,
      alreadyHandoff: 'This hand-off was already opened; nothing changed.',
      gone: 'This dispute does not exist (any more).',
      invalid: 'Fill in the form completely: an invoice number, or a reason of at least 3 characters.',
      invalidAmount: (open: string) => `Enter an amount above 0 and at most ${open} (what is open).`,
      credited: (invoice: string, credit: string, open: string, resumes: boolean) =>
        `Credit note of ${credit} booked on ${invoice}; still open: ${open}. ${resumes ? 'Dunning resumes on what is open.' : 'Nothing is left open: dunning ends.'}`,
      corrected: (invoice: string, corrected: string) =>
        `${invoice} is closed and replaced by corrected invoice ${corrected}; dunning on ${invoice} ends.`,
      rejected: (invoice: string, open: string) =>
        `Dispute rejected: ${invoice} stands (${open} open) and dunning resumes.`,
      stillPaused:
        'Another dispute on this invoice is still open: dunning stays paused until that one is settled too.',
      reason: (note: string) => `Reason recorded: ${note}`,
    },
  },
} as const;

export type ConsoleSalesStrings = (typeof CONSOLE_SALES_STRINGS)[PageLanguage];
