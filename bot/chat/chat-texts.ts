import { formatMoney, money } from '../../domain/money.ts';

export type ChatLanguage = 'nl' | 'en';

/** Everything the chat says, in Dutch and English. Debtor-supplied values are inserted as plain text. */
export interface ChatTexts {
  greeting(p: { name: string; invoice: string; amountCents: number; dueDate: string }): string;
  menuPrompt: string;
  menu: { plan: string; dispute: string; po: string; promise: string; paid: string; person: string };
  notUnderstood: string;
  handedToPerson: string;
  forgotten(amountCents: number): string;
  invoiceResent: string;
  contactUpdate: string;
  planIntro(totalCents: number): string;
  planOption(count: number, amountCents: number, period: 'month' | 'week', needsApproval: boolean): string;
  planOther: string;
  planNone: string;
  planConfirm(lines: readonly string[]): string;
  planLine(index: number, dueDate: string, amountCents: number): string;
  planApproved(lines: readonly string[]): string;
  planPending: string;
  planRejected: string;
  yes: string;
  no: string;
  disputeWhat(invoice: string): string;
  disputeLines: string;
  disputeDone: string;
  poAsk: string;
  poInvalid: string;
  poDone(po: string): string;
  promiseAsk: string;
  promiseInvalid: string;
  promisePast: string;
  promiseTooFar(maxDays: number): string;
  promiseDone(date: string, needsApproval: boolean): string;
  paidWhen: string;
  paidInvalid: string;
  paidFuture: string;
  paidReference: string;
  paidReferenceInvalid: string;
  paidDone: string;
  tooLong: string;
  sorry: string;
}

const eur = (cents: number, language: ChatLanguage) => formatMoney(money(cents), language);
const day = (iso: string, language: ChatLanguage) => {
  const [y, m, d] = iso.split('-');
  return language === 'nl' ? `${d}-${m}-${y}` : `${d}/${m}/${y}`;
};

const NL: ChatTexts = {
  greeting: (p) =>
    `Goedendag ${p.name}. U bekijkt factuur ${p.invoice} van ${eur(p.amountCents, 'nl')}, vervallen op ${day(p.dueDate, 'nl')}. ` +
    'Wat is er aan de hand? U kunt hier betalen, uitleggen waarom het nog niet lukt, een inkoopordernummer (PO) doorgeven of een betalingsregeling vragen. Typ "mens" als u een medewerker wilt spreken.',
  menuPrompt: 'Waar kan ik u mee helpen?',
  menu: {
    plan: 'Betalingsregeling',
    dispute: 'Factuur klopt niet',
    po: 'PO-nummer doorgeven',
    promise: 'Ik betaal op een datum',
    paid: 'Ik heb al betaald',
    person: 'Medewerker',
  },
  notUnderstood: 'Ik weet niet zeker of ik u goed begrijp. Gaat het om een van deze?',
  handedToPerson:
    'Ik heb uw vraag doorgezet naar een medewerker. U krijgt zo snel mogelijk antwoord. Zolang ontvangt u geen herinneringen.',
  forgotten: (c) =>
    `Geen probleem. U kunt ${eur(c, 'nl')} direct betalen met de knop "Betalen" op deze pagina.`,
  invoiceResent:
    'We sturen u de factuur opnieuw toe. Herinneringen staan even stil zodat u tijd heeft om hem te verwerken.',
  contactUpdate:
    'Dank u. Een medewerker past de contactgegevens aan en stuurt de factuur naar het juiste adres.',
  planIntro: (c) => `U kunt ${eur(c, 'nl')} in termijnen betalen. Kies wat bij u past:`,
  planOption: (n, c, p, approval) =>
    `${n} × ${eur(c, 'nl')} per ${p === 'month' ? 'maand' : 'week'}${approval ? ' (na akkoord)' : ''}`,
  planOther: 'Liever iets anders',
  planNone:
    'Voor dit bedrag kan ik zelf geen regeling voorstellen. Een medewerker bekijkt uw verzoek en neemt contact op.',
  planConfirm: (lines) => `Dit wordt uw regeling:\n${lines.join('\n')}\nKlopt dat?`,
  planLine: (i, d, c) => `${i}. ${day(d, 'nl')}: ${eur(c, 'nl')}`,
  planApproved: (lines) =>
    `Uw betalingsregeling is vastgelegd:\n${lines.join('\n')}\nZolang u deze termijnen betaalt, ontvangt u geen herinneringen.`,
  planPending:
    'Dank u. Uw verzoek ligt ter beoordeling bij onze financiële afdeling. U hoort het antwoord hier in de chat. Tot die tijd ontvangt u geen herinneringen.',
  planRejected:
    'Onze financiële afdeling kan de gevraagde betalingsregeling helaas niet goedkeuren. Een medewerker neemt contact met u op. U kunt hier ook een ander voorstel doen, of "mens" typen.',
  yes: 'Ja',
  no: 'Nee',
  disputeWhat: (inv) => `Vervelend. Wat klopt er niet aan factuur ${inv}?`,
  disputeLines: 'Om welke regels of producten gaat het? (Typ "weet ik niet" als dat niet van toepassing is.)',
  disputeDone:
    'Dank u. Ik heb dit doorgegeven aan de verantwoordelijke collega van verkoop. Zolang het niet is opgelost, ontvangt u geen herinneringen voor deze factuur.',
  poAsk: 'Wat is het inkoopordernummer (PO) dat op de factuur moet staan?',
  poInvalid:
    'Dat lijkt geen geldig PO-nummer: gebruik 3 tot 35 letters en cijfers, met minstens één cijfer (bijv. PO-45001234). Probeer het nog eens.',
  poDone: (po) =>
    `Dank u. We maken de factuur opnieuw op met PO-nummer ${po} en sturen hem u toe. Tot die tijd ontvangt u geen herinneringen.`,
  promiseAsk: 'Op welke datum betaalt u? (bijv. 15-12-2026)',
  promiseInvalid: 'Die datum herken ik niet. Schrijf hem als dag-maand-jaar, bijvoorbeeld 15-12-2026.',
  promisePast: 'Die datum ligt in het verleden. Op welke datum gaat u betalen?',
  promiseTooFar: (d) =>
    `Die datum ligt verder dan ${d} dagen vooruit. Kies een eerdere datum, of typ "mens" voor een regeling op maat.`,
  promiseDone: (d, approval) =>
    `Genoteerd: u betaalt op ${day(d, 'nl')}.${approval ? ' Een medewerker bevestigt dit nog.' : ''} Tot die datum ontvangt u geen herinneringen.`,
  paidWhen: 'Op welke datum heeft u betaald?',
  paidInvalid: 'Die datum herken ik niet. Schrijf hem als dag-maand-jaar, bijvoorbeeld 20-11-2026.',
  paidFuture: 'Die datum ligt in de toekomst. Op welke datum heeft u betaald?',
  paidReference: 'Met welke omschrijving of welk kenmerk heeft u betaald?',
  paidReferenceInvalid: 'Geef een omschrijving of kenmerk van 2 tot 100 tekens.',
  paidDone: 'Dank u. We zoeken uw betaling op. Zolang we dat doen, ontvangt u geen herinneringen.',
  tooLong: 'Dat bericht is te lang. Wilt u het korter samenvatten?',
  sorry: 'Er ging iets mis aan onze kant. Probeer het zo nog eens, of typ "mens" voor een medewerker.',
};

const EN: ChatTexts = {
  greeting: (p) =>
    `Hello ${p.name}. You are looking at invoice ${p.invoice} for ${eur(p.amountCents, 'en')}, due on ${day(p.dueDate, 'en')}. ` +
    'What is going on? You can pay here, tell us why it has not been paid yet, give us a purchase order (PO) number or ask for a payment plan. Type "human" to talk to a person.',
  menuPrompt: 'How can I help you?',
  menu: {
    plan: 'Payment plan',
    dispute: 'Invoice is wrong',
    po: 'Give a PO number',
    promise: 'I will pay on a date',
    paid: 'I already paid',
    person: 'A person',
  },
  notUnderstood: 'I am not sure I understand. Is it one of these?',
  handedToPerson:
    'I have passed your question to a colleague, who will answer as soon as possible. Until then you will not receive reminders.',
  forgotten: (c) => `No problem. You can pay ${eur(c, 'en')} right away with the "Pay" button on this page.`,
  invoiceResent: 'We will send you the invoice again. Reminders pause so you have time to process it.',
  contactUpdate:
    'Thank you. A colleague will update the contact details and send the invoice to the right address.',
  planIntro: (c) => `You can pay ${eur(c, 'en')} in instalments. Choose what suits you:`,
  planOption: (n, c, p, approval) =>
    `${n} × ${eur(c, 'en')} per ${p}${approval ? ' (subject to approval)' : ''}`,
  planOther: 'Something else',
  planNone:
    'I cannot propose a plan for this amount myself. A colleague will look at your request and contact you.',
  planConfirm: (lines) => `This will be your plan:\n${lines.join('\n')}\nIs that right?`,
  planLine: (i, d, c) => `${i}. ${day(d, 'en')}: ${eur(c, 'en')}`,
  planApproved: (lines) =>
    `Your payment plan is set up:\n${lines.join('\n')}\nAs long as you pay these instalments you will not receive reminders.`,
  planPending:
    'Thank you. Your request is with our finance team for approval. You will get the answer here in this chat. Until then you will not receive reminders.',
  planRejected:
    'Our finance team cannot approve the payment plan you asked for. A colleague will contact you. You can also suggest another plan here, or type "human".',
  yes: 'Yes',
  no: 'No',
  disputeWhat: (inv) => `I am sorry to hear that. What is wrong with invoice ${inv}?`,
  disputeLines: 'Which lines or products is it about? (Type "not sure" if that does not apply.)',
  disputeDone:
    'Thank you. I have passed this to the responsible colleague in sales. Until it is resolved you will not receive reminders for this invoice.',
  poAsk: 'What purchase order (PO) number should be on the invoice?',
  poInvalid:
    'That does not look like a valid PO number: use 3 to 35 letters and digits, with at least one digit (e.g. PO-45001234). Please try again.',
  poDone: (po) =>
    `Thank you. We will reissue the invoice with PO number ${po} and send it to you. Until then you will not receive reminders.`,
  promiseAsk: 'On what date will you pay? (e.g. 15/12/2026)',
  promiseInvalid: 'I do not recognise that date. Please write it as day/month/year, for example 15/12/2026.',
  promisePast: 'That date is in the past. On what date will you pay?',
  promiseTooFar: (d) =>
    `That date is more than ${d} days ahead. Choose an earlier date, or type "human" for a tailored arrangement.`,
  promiseDone: (d, approval) =>
    `Noted: you will pay on ${day(d, 'en')}.${approval ? ' A colleague will confirm this.' : ''} Until that date you will not receive reminders.`,
  paidWhen: 'On what date did you pay?',
  paidInvalid: 'I do not recognise that date. Please write it as day/month/year, for example 20/11/2026.',
  paidFuture: 'That date is in the future. On what date did you pay?',
  paidReference: 'What description or reference did you use for the payment?',
  paidReferenceInvalid: 'Please give a description or reference of 2 to 100 characters.',
  paidDone: 'Thank you. We are looking up your payment. While we do, you will not receive reminders.',
  tooLong: 'That message is too long. Could you summarise it?',
  sorry: 'Something went wrong on our side. Please try again in a moment, or type "human" for a person.',
};

export function textsFor(language: string): ChatTexts {
  return language === 'nl' ? NL : EN;
}
