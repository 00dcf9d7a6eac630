import { formatMoney, money } from '../../domain/money.ts';
import type { ChannelCapabilities } from '../server/read-channel-capabilities.ts';

export type ChatLanguage = 'nl' | 'en';

/** A plan instalment as the chat tells it, with whether it is paid. */
export interface ChatInstalment {
  readonly dueDate: string;
  readonly amountCents: number;
  readonly paid: boolean;
}

/**
 * Everything the chat says, in Dutch and English. Debtor-supplied values are inserted as plain
 * text. What it promises depends on the installation (ChannelCapabilities): contact by a colleague
 * only when a staff channel tells one, a pay button only when there is one.
 */
export interface ChatTexts {
  greeting(p: { name: string; invoice: string; amountCents: number; dueDate: string }): string;
  /** What is on file for the invoice, said after the greeting. */
  planActive(
    instalments: readonly ChatInstalment[],
    next: { dueDate: string; amountCents: number } | null,
    invoice: string,
  ): string;
  requestPending(
    sinceDay: string,
    instalments: readonly { dueDate: string; amountCents: number }[] | null,
  ): string;
  disputeOnFile(sinceDay: string): string;
  menuPrompt: string;
  menu: { plan: string; dispute: string; po: string; promise: string; paid: string; person: string };
  notUnderstood: string;
  handedToPerson: string;
  forgotten(amountCents: number, invoice: string): string;
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
  poDoneRecorded(po: string): string;
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

const NL = (can: ChannelCapabilities): ChatTexts => ({
  greeting: (p) =>
    `Goedendag ${p.name}. U bekijkt factuur ${p.invoice} van ${eur(p.amountCents, 'nl')}, vervallen op ${day(p.dueDate, 'nl')}. ` +
    `Wat is er aan de hand? U kunt hier ${can.payment.online ? 'betalen, ' : ''}uitleggen waarom het nog niet lukt, een inkoopordernummer (PO) doorgeven of een betalingsregeling vragen. Typ "mens" als u een medewerker wilt spreken.`,
  planActive: (instalments, next, invoice) =>
    `Deze factuur betaalt u met een betalingsregeling:\n${instalments
      .map(
        (i, n) =>
          `${n + 1}. ${day(i.dueDate, 'nl')}: ${eur(i.amountCents, 'nl')}${i.paid ? ' (betaald)' : ''}`,
      )
      .join('\n')}` +
    (next
      ? `\nDe volgende termijn is ${eur(next.amountCents, 'nl')} op ${day(next.dueDate, 'nl')}.${payHowNl(can, invoice)}`
      : '\nAlle termijnen zijn betaald.'),
  requestPending: (since, instalments) =>
    `Uw verzoek${instalments ? ' om een betalingsregeling' : ''} van ${day(since, 'nl')} ligt nog ter beoordeling bij onze financiële afdeling${
      instalments
        ? ` (${instalments.length} termijnen, de eerste ${eur(instalments[0]?.amountCents ?? 0, 'nl')} op ${day(instalments[0]?.dueDate ?? since, 'nl')})`
        : ''
    }. Een tweede verzoek is niet nodig.${can.staffChannel ? ' U hoort het antwoord hier in de chat.' : ` ${RECORDED_NL(can)}`}`,
  disputeOnFile: (since) =>
    `Uw bezwaar tegen deze factuur van ${day(since, 'nl')} is vastgelegd en nog niet afgehandeld${
      can.staffChannel ? '; de verantwoordelijke collega van verkoop heeft het' : ''
    }. U hoeft het niet opnieuw te melden. Zolang het loopt, ontvangt u voor deze factuur geen herinneringen.${can.staffChannel ? '' : ` ${RECORDED_NL(can)}`}`,
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
  handedToPerson: can.staffChannel
    ? 'Ik heb uw vraag doorgezet naar een medewerker. U krijgt zo snel mogelijk antwoord. Zolang ontvangt u geen herinneringen.'
    : `${RECORDED_NL(can)} Zolang ontvangt u geen herinneringen.`,
  forgotten: (c, invoice) =>
    can.payment.online
      ? `Geen probleem. U kunt ${eur(c, 'nl')} direct betalen met de knop "Betaal ${eur(c, 'nl')} met iDEAL" op deze pagina.`
      : `Geen probleem. ${transferNl(can, c, invoice)}`,
  invoiceResent:
    'U vindt de factuur als PDF op deze pagina ("Download de factuur (PDF)"). Herinneringen staan even stil zodat u tijd heeft om hem te verwerken.',
  contactUpdate: can.staffChannel
    ? 'Dank u. Een medewerker past de contactgegevens aan en stuurt de factuur naar het juiste adres.'
    : `Dank u. ${RECORDED_NL(can)}`,
  planIntro: (c) => `U kunt ${eur(c, 'nl')} in termijnen betalen. Kies wat bij u past:`,
  planOption: (n, c, p, approval) =>
    `${n} × ${eur(c, 'nl')} per ${p === 'month' ? 'maand' : 'week'}${approval ? ' (na akkoord)' : ''}`,
  planOther: 'Liever iets anders',
  planNone:
    'Voor deze factuur kan ik hier geen betalingsregeling binnen onze voorwaarden aanbieden (termijnen worden te klein of de looptijd te lang). Typ "mens" als u het aan een medewerker wilt voorleggen.',
  planConfirm: (lines) => `Dit wordt uw regeling:\n${lines.join('\n')}\nKlopt dat?`,
  planLine: (i, d, c) => `${i}. ${day(d, 'nl')}: ${eur(c, 'nl')}`,
  planApproved: (lines) =>
    `Uw betalingsregeling is vastgelegd:\n${lines.join('\n')}\nZolang u deze termijnen betaalt, ontvangt u geen herinneringen.`,
  planPending: can.staffChannel
    ? 'Dank u. Uw verzoek ligt ter beoordeling bij onze financiële afdeling. U hoort het antwoord hier in de chat. Tot die tijd ontvangt u geen herinneringen.'
    : `Dank u. Uw verzoek moet door onze financiële afdeling worden beoordeeld. ${RECORDED_NL(can)} Tot die tijd ontvangt u geen herinneringen.`,
  planRejected:
    'Onze financiële afdeling kan de gevraagde betalingsregeling helaas niet goedkeuren. U kunt hier een ander voorstel doen, of "mens" typen om het met een medewerker te bespreken.',
  yes: 'Ja',
  no: 'Nee',
  disputeWhat: (inv) => `Vervelend. Wat klopt er niet aan factuur ${inv}?`,
  disputeLines: 'Om welke regels of producten gaat het? (Typ "weet ik niet" als dat niet van toepassing is.)',
  disputeDone: can.staffChannel
    ? 'Dank u. Ik heb dit doorgegeven aan de verantwoordelijke collega van verkoop. Zolang het niet is opgelost, ontvangt u geen herinneringen voor deze factuur.'
    : `Dank u. ${RECORDED_NL(can)} Zolang het niet is opgelost, ontvangt u geen herinneringen voor deze factuur.`,
  poAsk: 'Wat is het inkoopordernummer (PO) dat op de factuur moet staan?',
  poInvalid:
    'Dat lijkt geen geldig PO-nummer: gebruik 3 tot 35 letters en cijfers, met minstens één cijfer (bijv. PO-45001234). Probeer het nog eens.',
  poDone: (po) =>
    `Dank u. We maken de factuur opnieuw op met PO-nummer ${po} en sturen hem u toe. Tot die tijd ontvangt u geen herinneringen.`,
  poDoneRecorded: (po) =>
    `Dank u. PO-nummer ${po} is bij uw dossier vastgelegd; de factuur wordt opnieuw opgemaakt zodra onze financiële afdeling het heeft gecontroleerd. ${RECORDED_NL(can)} Tot die tijd ontvangt u geen herinneringen.`,
  promiseAsk: 'Op welke datum betaalt u? (bijv. 15-12-2026)',
  promiseInvalid: 'Die datum herken ik niet. Schrijf hem als dag-maand-jaar, bijvoorbeeld 15-12-2026.',
  promisePast: 'Die datum ligt in het verleden. Op welke datum gaat u betalen?',
  promiseTooFar: (d) =>
    `Die datum ligt verder dan ${d} dagen vooruit. Kies een eerdere datum, of typ "mens" voor een regeling op maat.`,
  promiseDone: (d, approval) =>
    `Genoteerd: u betaalt op ${day(d, 'nl')}.${approval ? (can.staffChannel ? ' Een medewerker bevestigt dit nog.' : ' Ons team bekijkt dit nog op werkdagen.') : ''} Tot die datum ontvangt u geen herinneringen.`,
  paidWhen: 'Op welke datum heeft u betaald?',
  paidInvalid: 'Die datum herken ik niet. Schrijf hem als dag-maand-jaar, bijvoorbeeld 20-11-2026.',
  paidFuture: 'Die datum ligt in de toekomst. Op welke datum heeft u betaald?',
  paidReference: 'Met welke omschrijving of welk kenmerk heeft u betaald?',
  paidReferenceInvalid: 'Geef een omschrijving of kenmerk van 2 tot 100 tekens.',
  paidDone: can.staffChannel
    ? 'Dank u. Onze financiële afdeling zoekt uw betaling op. Zolang we dat doen, ontvangt u geen herinneringen.'
    : `Dank u. ${RECORDED_NL(can)} Zolang we uw betaling zoeken, ontvangt u geen herinneringen.`,
  tooLong: 'Dat bericht is te lang. Wilt u het korter samenvatten?',
  sorry: 'Er ging iets mis aan onze kant. Probeer het zo nog eens, of typ "mens" voor een medewerker.',
});

const EN = (can: ChannelCapabilities): ChatTexts => ({
  greeting: (p) =>
    `Hello ${p.name}. You are looking at invoice ${p.invoice} for ${eur(p.amountCents, 'en')}, due on ${day(p.dueDate, 'en')}. ` +
    `What is going on? You can ${can.payment.online ? 'pay here, ' : ''}tell us why it has not been paid yet, give us a purchase order (PO) number or ask for a payment plan. Type "human" to talk to a person.`,
  planActive: (instalments, next, invoice) =>
    `This invoice is in a payment plan:\n${instalments
      .map(
        (i, n) => `${n + 1}. ${day(i.dueDate, 'en')}: ${eur(i.amountCents, 'en')}${i.paid ? ' (paid)' : ''}`,
      )
      .join('\n')}` +
    (next
      ? `\nThe next instalment is ${eur(next.amountCents, 'en')} on ${day(next.dueDate, 'en')}.${payHowEn(can, invoice)}`
      : '\nAll instalments are paid.'),
  requestPending: (since, instalments) =>
    `Your request${instalments ? ' for a payment plan' : ''} of ${day(since, 'en')} is still with our finance team for approval${
      instalments
        ? ` (${instalments.length} instalments, the first ${eur(instalments[0]?.amountCents ?? 0, 'en')} on ${day(instalments[0]?.dueDate ?? since, 'en')})`
        : ''
    }. There is no need to ask again.${can.staffChannel ? ' You will get the answer here in this chat.' : ` ${RECORDED_EN(can)}`}`,
  disputeOnFile: (since) =>
    `Your dispute of this invoice of ${day(since, 'en')} is on file and not resolved yet${
      can.staffChannel ? '; the responsible colleague in sales has it' : ''
    }. There is no need to report it again. While it is open you will not receive reminders for this invoice.${can.staffChannel ? '' : ` ${RECORDED_EN(can)}`}`,
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
  handedToPerson: can.staffChannel
    ? 'I have passed your question to a colleague, who will answer as soon as possible. Until then you will not receive reminders.'
    : `${RECORDED_EN(can)} Until then you will not receive reminders.`,
  forgotten: (c, invoice) =>
    can.payment.online
      ? `No problem. You can pay ${eur(c, 'en')} right away with the "Pay ${eur(c, 'en')} with iDEAL" button on this page.`
      : `No problem. ${transferEn(can, c, invoice)}`,
  invoiceResent:
    'You will find the invoice as a PDF on this page ("Download the invoice (PDF)"). Reminders pause so you have time to process it.',
  contactUpdate: can.staffChannel
    ? 'Thank you. A colleague will update the contact details and send the invoice to the right address.'
    : `Thank you. ${RECORDED_EN(can)}`,
  planIntro: (c) => `You can pay ${eur(c, 'en')} in instalments. Choose what suits you:`,
  planOption: (n, c, p, approval) =>
    `${n} × ${eur(c, 'en')} per ${p}${approval ? ' (subject to approval)' : ''}`,
  planOther: 'Something else',
  planNone:
    'I cannot offer a payment plan within our terms for this invoice here (the instalments would be too small or the plan too long). Type "human" if you want to put it to a person.',
  planConfirm: (lines) => `This will be your plan:\n${lines.join('\n')}\nIs that right?`,
  planLine: (i, d, c) => `${i}. ${day(d, 'en')}: ${eur(c, 'en')}`,
  planApproved: (lines) =>
    `Your payment plan is set up:\n${lines.join('\n')}\nAs long as you pay these instalments you will not receive reminders.`,
  planPending: can.staffChannel
    ? 'Thank you. Your request is with our finance team for approval. You will get the answer here in this chat. Until then you will not receive reminders.'
    : `Thank you. Your request needs approval by our finance team. ${RECORDED_EN(can)} Until then you will not receive reminders.`,
  planRejected:
    'Our finance team cannot approve the payment plan you asked for. You can suggest another plan here, or type "human" to discuss it with a person.',
  yes: 'Yes',
  no: 'No',
  disputeWhat: (inv) => `I am sorry to hear that. What is wrong with invoice ${inv}?`,
  disputeLines: 'Which lines or products is it about? (Type "not sure" if that does not apply.)',
  disputeDone: can.staffChannel
    ? 'Thank you. I have passed this to the responsible colleague in sales. Until it is resolved you will not receive reminders for this invoice.'
    : `Thank you. ${RECORDED_EN(can)} Until it is resolved you will not receive reminders for this invoice.`,
  poAsk: 'What purchase order (PO) number should be on the invoice?',
  poInvalid:
    'That does not look like a valid PO number: use 3 to 35 letters and digits, with at least one digit (e.g. PO-45001234). Please try again.',
  poDone: (po) =>
    `Thank you. We will reissue the invoice with PO number ${po} and send it to you. Until then you will not receive reminders.`,
  poDoneRecorded: (po) =>
    `Thank you. PO number ${po} is recorded with your file; the invoice is reissued once our finance team has checked it. ${RECORDED_EN(can)} Until then you will not receive reminders.`,
  promiseAsk: 'On what date will you pay? (e.g. 15/12/2026)',
  promiseInvalid: 'I do not recognise that date. Please write it as day/month/year, for example 15/12/2026.',
  promisePast: 'That date is in the past. On what date will you pay?',
  promiseTooFar: (d) =>
    `That date is more than ${d} days ahead. Choose an earlier date, or type "human" for a tailored arrangement.`,
  promiseDone: (d, approval) =>
    `Noted: you will pay on ${day(d, 'en')}.${approval ? (can.staffChannel ? ' A colleague will confirm this.' : ' Our team reviews this on business days.') : ''} Until that date you will not receive reminders.`,
  paidWhen: 'On what date did you pay?',
  paidInvalid: 'I do not recognise that date. Please write it as day/month/year, for example 20/11/2026.',
  paidFuture: 'That date is in the future. On what date did you pay?',
  paidReference: 'What description or reference did you use for the payment?',
  paidReferenceInvalid: 'Please give a description or reference of 2 to 100 characters.',
  paidDone: can.staffChannel
    ? 'Thank you. Our finance team is looking up your payment. While we do, you will not receive reminders.'
    : `Thank you. ${RECORDED_EN(can)} While we look for your payment, you will not receive reminders.`,
  tooLong: 'That message is too long. Could you summarise it?',
  sorry: 'Something went wrong on our side. Please try again in a moment, or type "human" for a person.',
});

/**
 * Without a staff channel nobody is told, so the debtor hears only what is true: the message is
 * stored with their file and read on business days (and where to write if it is urgent).
 */
const RECORDED_NL = (can: ChannelCapabilities) =>
  `Uw bericht is vastgelegd bij uw dossier. Ons team bekijkt deze berichten op werkdagen.${
    can.payment.contactEmail ? ` Is het dringend? Mail naar ${can.payment.contactEmail}.` : ''
  }`;
const RECORDED_EN = (can: ChannelCapabilities) =>
  `Your message is recorded with your file. Our team reviews these messages on business days.${
    can.payment.contactEmail ? ` If it is urgent, e-mail ${can.payment.contactEmail}.` : ''
  }`;

/** How to pay without a pay button: the configured IBAN, else the account on the invoice. */
const transferNl = (can: ChannelCapabilities, cents: number, invoice: string) =>
  can.payment.iban
    ? `U kunt ${eur(cents, 'nl')} overmaken naar IBAN ${can.payment.iban}, onder vermelding van factuur ${invoice}.`
    : `U kunt ${eur(cents, 'nl')} overmaken naar de rekening op uw factuur, onder vermelding van factuur ${invoice}.`;
const transferEn = (can: ChannelCapabilities, cents: number, invoice: string) =>
  can.payment.iban
    ? `You can transfer ${eur(cents, 'en')} to IBAN ${can.payment.iban}, quoting invoice ${invoice}.`
    : `You can transfer ${eur(cents, 'en')} to the account on your invoice, quoting invoice ${invoice}.`;
const payHowNl = (can: ChannelCapabilities, invoice: string) =>
  `${can.payment.iban ? ` Maak het over naar IBAN ${can.payment.iban}, onder vermelding van factuur ${invoice}.` : ''}${
    can.payment.online ? ' Met de knop op deze pagina betaalt u het hele openstaande bedrag in één keer.' : ''
  }`;
const payHowEn = (can: ChannelCapabilities, invoice: string) =>
  `${can.payment.iban ? ` Please transfer it to IBAN ${can.payment.iban}, quoting invoice ${invoice}.` : ''}${
    can.payment.online ? ' The button on this page pays the whole open amount at once.' : ''
  }`;

export function textsFor(language: string, capabilities: ChannelCapabilities): ChatTexts {
  return language === 'nl' ? NL(capabilities) : EN(capabilities);
}
