export type PageLanguage = 'nl' | 'en';

/** The page's own words in Dutch and English. Debtor data never goes in here. */
export const PAGE_STRINGS = {
  nl: {
    htmlTitle: (invoice: string) => `Factuur ${invoice} betalen`,
    languageNav: 'Taal',
    skipToContent: 'Naar de inhoud',
    heading: (invoice: string) => `Factuur ${invoice}`,
    greeting: (name: string) => `Voor ${name}`,
    invoiceNumber: 'Factuurnummer',
    poNumber: 'Inkoopordernummer (PO)',
    issueDate: 'Factuurdatum',
    dueDate: 'Vervaldatum',
    invoiceAmount: 'Factuurbedrag',
    amountDue: 'Nog te betalen',
    payWithIdeal: (amount: string) => `Betaal ${amount} met iDEAL`,
    payHint: 'U gaat naar de beveiligde betaalpagina van onze betaalprovider en komt daarna hier terug.',
    noOnlinePayment: 'Online betalen is hier nu niet mogelijk.',
    bankTransfer: (iban: string, invoice: string) =>
      `Maak het bedrag over naar IBAN ${iban}, onder vermelding van factuur ${invoice}.`,
    downloadPdf: 'Download de factuur (PDF)',
    planTitle: 'Uw betalingsregeling',
    planIntro: (total: string, agreed: string | null) =>
      `U betaalt ${total} in termijnen${agreed ? `, afgesproken op ${agreed}` : ''}.`,
    planCaption: 'Termijnen van uw betalingsregeling',
    planNumber: 'Nr.',
    planDate: 'Datum',
    planAmount: 'Bedrag',
    planState: 'Status',
    instalmentPaid: 'Betaald',
    instalmentDue: 'Nog te betalen',
    instalmentMissed: 'Niet op tijd betaald',
    instalmentPartly: (paid: string) => `Deels betaald (${paid})`,
    nextDue: 'Volgende termijn',
    nextDueValue: (amount: string, date: string) => `${amount} op ${date}`,
    disputeTitle: 'Bezwaar vastgelegd',
    disputeText: (date: string) =>
      `Uw bezwaar tegen deze factuur van ${date} is vastgelegd en nog niet afgehandeld.`,
    pendingTitle: 'Verzoek in behandeling',
    pendingPlanText: (date: string) =>
      `Uw verzoek om een betalingsregeling van ${date} wacht op beoordeling door onze financiële afdeling.`,
    pendingText: (date: string) =>
      `Uw verzoek van ${date} wacht op beoordeling door onze financiële afdeling.`,
    bankTransferPlan: (iban: string, invoice: string) =>
      `Maak elke termijn over naar IBAN ${iban}, onder vermelding van factuur ${invoice}.`,
    noBankDetails: (invoice: string) =>
      `Maak het bedrag over naar de rekening op uw factuur, onder vermelding van factuur ${invoice}.`,
    paidTitle: 'Betaald',
    paidText: 'Deze factuur is betaald. Dank u wel! U ontvangt hierover geen herinneringen meer.',
    partlyPaid: (paid: string) => `Al ontvangen: ${paid}.`,
    settledTitle: 'Niets meer te betalen',
    settledText: 'Voor deze factuur staat niets meer open.',
    checking:
      'We hebben uw betaling nog niet binnen. Dat kan een paar minuten duren; ververs deze pagina straks.',
    notCompleted: 'De betaling is niet afgerond. U kunt het opnieuw proberen.',
    chatHeading: 'Vragen? Chat met ons',
    chatIntro:
      'Geef een inkoopordernummer door, vraag om een betalingsregeling of vertel ons wat er aan de hand is.',
    chatLoading: 'De chat wordt geladen…',
    chatUnavailable: 'De chat is nu niet beschikbaar. Beantwoord onze e-mail of neem contact met ons op.',
    contact: (email: string) => `Vragen over deze factuur? Mail ${email}.`,
    // error pages
    invalidTitle: 'Deze link werkt niet',
    invalidText:
      'De link is niet compleet of niet geldig. Kopieer de volledige link uit onze e-mail, of neem contact met ons op voor een nieuwe link.',
    expiredTitle: 'Deze link is verlopen',
    expiredText:
      'Betaallinks zijn een beperkte tijd geldig. Beantwoord onze laatste e-mail of neem contact met ons op, dan sturen we u een nieuwe link.',
    rateLimitedTitle: 'Even geduld',
    rateLimitedText: (seconds: number) =>
      `Er kwamen te veel verzoeken tegelijk binnen. Probeer het over ${seconds} seconden opnieuw.`,
    unavailableTitle: 'Tijdelijk niet beschikbaar',
    unavailableText: 'Er ging iets mis aan onze kant. Probeer het over een paar minuten opnieuw.',
    tooLargeTitle: 'Verzoek te groot',
    tooLargeText: 'Het verzoek was groter dan we accepteren.',
  },
  en: {
    htmlTitle: (invoice: string) => `Pay invoice ${invoice}`,
    languageNav: 'Language',
    skipToContent: 'Skip to content',
    heading: (invoice: string) => `Invoice ${invoice}`,
    greeting: (name: string) => `For ${name}`,
    invoiceNumber: 'Invoice number',
    poNumber: 'Purchase order number (PO)',
    issueDate: 'Invoice date',
    dueDate: 'Due date',
    invoiceAmount: 'Invoice amount',
    amountDue: 'Amount due',
    payWithIdeal: (amount: string) => `Pay ${amount} with iDEAL`,
    payHint: "You will go to our payment provider's secure checkout and come back here afterwards.",
    noOnlinePayment: 'Paying online is not possible here right now.',
    bankTransfer: (iban: string, invoice: string) =>
      `Please transfer the amount to IBAN ${iban}, quoting invoice ${invoice}.`,
    downloadPdf: 'Download the invoice (PDF)',
    planTitle: 'Your payment plan',
    planIntro: (total: string, agreed: string | null) =>
      `You pay ${total} in instalments${agreed ? `, agreed on ${agreed}` : ''}.`,
    planCaption: 'Instalments of your payment plan',
    planNumber: 'No.',
    planDate: 'Date',
    planAmount: 'Amount',
    planState: 'Status',
    instalmentPaid: 'Paid',
    instalmentDue: 'To pay',
    instalmentMissed: 'Not paid on time',
    instalmentPartly: (paid: string) => `Partly paid (${paid})`,
    nextDue: 'Next instalment',
    nextDueValue: (amount: string, date: string) => `${amount} on ${date}`,
    disputeTitle: 'Dispute on file',
    disputeText: (date: string) => `Your dispute of this invoice of ${date} is on file and not resolved yet.`,
    pendingTitle: 'Request being reviewed',
    pendingPlanText: (date: string) =>
      `Your request for a payment plan of ${date} is waiting for review by our finance team.`,
    pendingText: (date: string) => `Your request of ${date} is waiting for review by our finance team.`,
    bankTransferPlan: (iban: string, invoice: string) =>
      `Please transfer each instalment to IBAN ${iban}, quoting invoice ${invoice}.`,
    noBankDetails: (invoice: string) =>
      `Please transfer the amount to the account on your invoice, quoting invoice ${invoice}.`,
    paidTitle: 'Paid',
    paidText: 'This invoice is paid. Thank you! You will receive no more reminders about it.',
    partlyPaid: (paid: string) => `Received so far: ${paid}.`,
    settledTitle: 'Nothing left to pay',
    settledText: 'Nothing is open on this invoice any more.',
    checking:
      'We have not received your payment yet. This can take a few minutes; please refresh this page shortly.',
    notCompleted: 'The payment was not completed. You can try again.',
    chatHeading: 'Questions? Chat with us',
    chatIntro: 'Give us a purchase order number, ask for a payment plan, or tell us what is going on.',
    chatLoading: 'Loading the chat…',
    chatUnavailable: 'The chat is not available right now. Please reply to our e-mail or contact us.',
    contact: (email: string) => `Questions about this invoice? E-mail ${email}.`,
    invalidTitle: 'This link does not work',
    invalidText:
      'The link is incomplete or not valid. Copy the full link from our e-mail, or contact us for a new link.',
    expiredTitle: 'This link has expired',
    expiredText:
      'Payment links are valid for a limited time. Reply to our latest e-mail or contact us and we will send you a new link.',
    rateLimitedTitle: 'Please wait a moment',
    rateLimitedText: (seconds: number) =>
      `Too many requests arrived at once. Please try again in ${seconds} seconds.`,
    unavailableTitle: 'Temporarily unavailable',
    unavailableText: 'Something went wrong on our side. Please try again in a few minutes.',
    tooLargeTitle: 'Request too large',
    tooLargeText: 'The request was larger than we accept.',
  },
} as const;

export type PageStrings = (typeof PAGE_STRINGS)[PageLanguage];

/** ?lang=nl|en wins; otherwise the debtor's language when it is Dutch, else English. */
export function choosePageLanguage(requested: string | null, debtorLanguage: string | null): PageLanguage {
  if (requested === 'nl' || requested === 'en') return requested;
  return debtorLanguage === 'nl' ? 'nl' : 'en';
}
