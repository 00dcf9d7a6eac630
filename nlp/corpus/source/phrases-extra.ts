import type { PhraseBook } from './phrase-book.ts';

/**
 * A second batch of Dutch and English families, written after the first model showed which
 * kinds of wording it had never seen (short chat-style answers, indirect statements). Same
 * notation as phrases-nl.ts.
 */
export const EXTRA_NL: PhraseBook = {
  forgotten: [
    'Die heb ik laten liggen{, mea culpa|, dom van me}.',
    'Ik dacht dat {mijn vrouw|mijn compagnon|de boekhouder} hem al betaald had, {maar dat is dus niet gebeurd|blijkt niet zo te zijn}. Vergeten door ons allebei.',
    'Is {compleet|helemaal} aan mijn aandacht ontsnapt{, excuses|}.',
    'Hoe kan ik dat nou vergeten zijn{!|...} {Schaam me een beetje.|Sorry hoor.}',
    'Uw mail {kwam|viel} midden in {de jaarafsluiting|onze verhuizing} en {is|ging} daardoor {ondergesneeuwd|verloren}.',
    'Pfff, {die|deze} was ik echt {kwijt|vergeten}{ in de drukte|}.',
  ],
  liquidity: [
    'Eerlijk gezegd {heb ik|hebben we} het geld niet{ op dit moment|}. Kan ik {maandelijks|elke maand} een deel {afbetalen|overmaken}?',
    'We {draaien|zitten} {verlies|in de min} dit kwartaal{, betalen gaat pas lukken als|; betalen lukt pas wanneer} {de nieuwe opdrachten binnen zijn|de winter voorbij is}.',
    'Mag ik {wat langer|een maand langer} de tijd{ hebben|}? {Mijn salaris komt pas op de 25e.|Ik zit even krap.}',
    'Is het mogelijk om <SMALLAMT> per maand af te lossen tot {het|alles} betaald is?',
    '{Sinds|Na} {mijn scheiding|het overlijden van mijn man|de brand in de zaak} {is het financieel moeilijk|red ik het niet}{, kan ik gespreid betalen?|.}',
    'Mijn {inkomen|omzet} is {gehalveerd|flink gedaald}, {ik kan niet alles tegelijk betalen|dus ik vraag om een betalingsregeling}.',
  ],
  dispute: [
    'Dit bedrag {herken ik niet|kan niet kloppen}, {wij hebben maar <N> uur afgenomen|er is veel minder geleverd}.',
    'De {service|installatie|reparatie} was {waardeloos|ondermaats|een drama}, {daar betaal ik niet de volle prijs voor|ik wil eerst een gesprek}.',
    'We {hebben|hadden} {afgesproken|een deal} dat {de kosten voor jullie rekening waren|dit gratis zou zijn}, dus deze factuur {is onterecht|klopt niet}.',
    '{Er is|Er werd} {te veel|een verkeerd aantal} {berekend|gefactureerd}: we {bestelden|hebben besteld} <N> stuks, niet {meer|het dubbele}.',
    'Ik ga niet betalen voor {iets|een dienst} {dat ik nooit heb gekregen|die nooit is geleverd}.',
    '{De|Uw} monteur heeft {schade|een kras op de vloer|een lekkage} veroorzaakt, die {willen we eerst vergoed zien|verrekenen we met deze factuur}.',
  ],
  missing_po: [
    'Zonder ons {PO|bestelnummer} {komt|gaat} de factuur niet door {de|onze} {goedkeuring|controle}. {Het nummer is <PO>.|Vraag het nummer op bij uw contactpersoon.}',
    '{Graag|Svp} {de factuur|een creditnota en nieuwe factuur} {met|onder vermelding van} {PO|ordernummer} <PO>; {dan boeken we hem direct in|anders blijft hij hangen}.',
    'Ik {mis|zie geen} {de|onze} {referentie|PO-referentie} op de factuur{, die is nodig voor ons ERP|}.',
    'Uw factuur {staat|zit} in de wachtrij van {AP|crediteuren}: {geen inkooporder gekoppeld|inkooporder onbekend}.',
    'Voor {ons|onze} {gemeente|ziekenhuis|universiteit} moet {het ordernummer|het inkoopnummer} en {de kostenplaats|het projectnummer} op de factuur staan.',
  ],
  already_paid: [
    'Heb ik {toch al|al lang} gedaan{?|!} {Kijk maar na.|Check je bank.}',
    '{Dat|Die} is {vorige maand|op <DATE>} {al|gewoon} {afgelost|voldaan}{, het saldo moet nul zijn|}.',
    '{Het|De betaling} {staat|stond} {op|in} {mijn|ons} {bankoverzicht|rekeningoverzicht} als uitgevoerd op <DATE>.',
    '{Mijn|Onze} {boekhouder|administratie} heeft {het|de factuur} {op <DATE>|vorige week} {overgemaakt|betaald}, {u moet het ontvangen hebben|het zit al bij u}.',
    'Er staat bij ons niks meer open: {alles|de factuur} is {betaald|voldaan} {in <DATE>|vorige maand}.',
    '{Volgens de bank|Mijn bank zegt dat} {het geld|de overboeking} {al|gewoon} {bij jullie|op uw rekening} {is bijgeschreven|staat}.',
  ],
  promise_to_pay: [
    '{Ik doe het|Doe ik} {morgen|maandag|eind van de week}{, echt|, beloofd|}.',
    '{Reken|U kunt rekenen} op betaling {voor|uiterlijk} <DATE>.',
    '{Zodra|Als} {ik|we} {dit weekend|maandag} {thuis ben|terug zijn} {maak ik het over|betaal ik}, {dus uiterlijk|rond} <DATE>.',
    'Ik {heb|had} {het|de betaling} al klaargezet{, gaat er morgen uit| voor vrijdag}.',
    'Wordt {met|in} {de volgende|onze eerstvolgende} {uitbetaling|batch} {meegenomen|overgemaakt}{, begin volgende maand|}.',
    'Morgen {staat|heeft u} het {geld|bedrag} {op de rekening|binnen}.',
  ],
  invoice_request: [
    '{Kan|Kunt} u {de|een} factuur {sturen|maken} {met|waarop} {de btw apart|de btw vermeld|ons btw-nummer} {staat|vermeld}? {Anders kan onze boekhouder er niks mee.|}',
    'Waar {is|kan ik} {deze factuur|het} {voor|terugvinden}? Ik {kan hem nergens terugvinden|heb hem niet in mijn mail}. {Graag opnieuw.|Stuur nog eens.}',
    '{Mag|Kan} ik {het|een} {overzicht|specificatie} {van|met} {de ritten|de gewerkte uren|de geleverde artikelen} {ontvangen|krijgen}?',
    'Stuur de factuur {maar|even} {naar|via} {mijn privemail|<EMAIL>}, {hij komt niet aan op dit adres|dan pak ik hem op}.',
    'Zou u {een|de} {creditnota|factuur en creditnota} {en|plus} {het|een} {saldo-overzicht|overzicht} kunnen mailen{ zodat ik kan afletteren|}?',
  ],
  wrong_contact: [
    '{Ik|Wij} {ben|zijn} {geen|niet de} {eigenaar|klant|contactpersoon} {van dit account|voor deze klant}{, ik heb geen idee waarover dit gaat|}.',
    '<NAME> is {niet meer|al lang niet meer} {bij ons|in dienst}; {haar|zijn} {taken|mail} {zijn overgenomen door|gaat naar} <EMAIL>.',
    'U {stuurt|mailt} {dit|deze herinneringen} naar {een privepersoon|mijn persoonlijke adres}, {ik heb|wij hebben} niets met die firma {te maken|te doen}.',
    '{Dit|Deze} {moet|hoort} {naar|bij} {de financiele administratie|onze boekhouder|het bestuur}, {niet bij mij|ik ben alleen {vrijwilliger|stagiair}}.',
    'Ik {zit|werk} {op een andere afdeling|bij een andere vestiging}, {kunt u|wil je} de {juiste|goede} persoon {mailen|benaderen}?',
  ],
  auto_reply: [
    'Bedankt voor uw bericht. {Ik ben|Wij zijn} {momenteel|op dit moment} {niet bereikbaar|afwezig}{ en vanaf <DATE> weer aanwezig|}.',
    'Let op: dit is een automatisch bericht. Uw e-mail {is|werd} {ontvangen|in behandeling genomen} en {krijgt|heeft} {nummer|kenmerk} <TICKET>.',
    '{Buiten kantoortijden|In het weekend} {worden e-mails niet gelezen|lezen wij geen e-mail}. {Wij reageren op de eerstvolgende werkdag.|Tot maandag.}',
  ],
  other: [
    'Oke, {dank je|bedankt}{ voor de info|}.',
    '{Kun je|Kunt u} me {uitleggen|vertellen} {hoe de incassokosten|waarom er incassokosten} {berekend worden|in rekening komen}?',
    '{Ik|Wij} {wil|willen} {graag|} {een klacht indienen over|melden dat} {de medewerker aan de telefoon|jullie klantenservice} {onbeschoft was|niet terugbelde}.',
    '{Heeft|Hebben} {u|jullie} {ook|} een {Tikkie|betaallink}{ voor me|}?',
    'Wat {moet ik doen|is de procedure} om {mijn gegevens|mijn adres} te {laten verwijderen|wijzigen}?',
  ],
};

export const EXTRA_EN: PhraseBook = {
  forgotten: [
    "That one's on me{, I left it sitting in my inbox|, I just didn't get to it}.",
    'I assumed {my business partner|our bookkeeper} had paid it{, turns out nobody did|, clearly not}. We both forgot.',
    'Completely escaped my attention{, sorry|}.',
    'How did I forget that{!|...} {Embarrassing.|Sorry.}',
    'Your email arrived in the middle of {year-end closing|our office move} and {got buried|got lost}.',
    'Ugh, {lost track of|forgot about} {this one|that invoice}{ with everything going on|}.',
  ],
  liquidity: [
    "Honestly {I|we} don't have the money{ right now|}. Can I pay {a part|something} {every month|monthly}?",
    'We are {running at a loss|in the red} this quarter; paying will only be possible once {new orders come in|winter is over}.',
    'Could I have {a bit longer|another month}? {My salary only comes in on the 25th.|Things are tight.}',
    'Is it possible to pay off <SMALLAMT> a month until {it is|everything is} paid?',
    "Since {my divorce|my husband passed away|the fire at the shop} {money has been very hard|I can't make ends meet}{, can I spread the payments?|.}",
    "My {income|turnover} has {halved|dropped a lot}, {I can't pay it all at once|so I'm asking for a payment arrangement}.",
  ],
  dispute: [
    "I don't recognise this amount, {we only used <N> hours|far less was delivered}.",
    'The {service|installation|repair} was {terrible|sub-standard|a disaster}, {I will not pay full price for it|I want to talk first}.',
    'We agreed that {the costs were on you|this would be free of charge}, so this invoice {is not right|is unjustified}.',
    'You {charged|billed} {too many|the wrong number of} units: we ordered <N>, not {more|double}.',
    "I'm not paying for {something|a service} {I never got|that was never delivered}.",
    'Your {engineer|technician} {caused damage|scratched the floor|caused a leak}, {we want that compensated first|we will deduct it from this invoice}.',
  ],
  missing_po: [
    "Without our {PO|order number} the invoice won't pass {approval|our checks}. {The number is <PO>.|Ask your contact for the number.}",
    'Please {reissue|send a credit note and a new invoice} quoting PO <PO>; {then we can book it straight away|otherwise it stays stuck}.',
    "I {can't see|am missing} our {reference|PO reference} on the invoice{, our ERP needs it|}.",
    'Your invoice is sitting in the {AP|payables} queue: {no purchase order linked|purchase order unknown}.',
    'For {our council|the hospital|the university} the order number and {the cost centre|the project number} must be on the invoice.',
  ],
  already_paid: [
    'Did that {ages ago|already}{?|!} {Have a look.|Check your bank.}',
    'That was {cleared|settled} {last month|on <DATE>}{, the balance should be zero|}.',
    'The payment shows on {my|our} bank statement as executed on <DATE>.',
    '{My|Our} {accountant|bookkeeper} {paid|transferred} it {on <DATE>|last week}, {you should have it|it is with you already}.',
    'Nothing is outstanding on our side: {everything|the invoice} was {paid|settled} {in <DATE>|last month}.',
    'According to {the bank|my bank} the transfer {has already been credited|is already} {to your account|in your account}.',
  ],
  promise_to_pay: [
    "I'll do it {tomorrow|on Monday|at the end of the week}{, honestly|, promise|}.",
    'You can count on payment {before|no later than} <DATE>.',
    "As soon as {I get home this weekend|we are back on Monday} {I'll transfer it|I'll pay}, so {by|around} <DATE>.",
    "I've {queued|set up} the payment{, it goes out tomorrow| for Friday}.",
    "It'll be included in {the next|our next} {disbursement|batch}{, early next month|}.",
    'Tomorrow the money will be in your account.',
  ],
  invoice_request: [
    "Can you {send|issue} an invoice {that shows the VAT separately|with our VAT number on it}? {Otherwise our accountant can't use it.|}",
    "Where can I find {this invoice|it}? It's not in my mailbox. {Please send it again.|Send it once more.}",
    'May I {get|receive} {an overview|a specification} of {the trips|the hours worked|the items delivered}?',
    "Just send the invoice to {my personal email|<EMAIL>}, {it does not arrive at this address|then I'll pick it up}.",
    'Could you email {a credit note|the invoice and the credit note} and {a balance overview|an account statement} so I can reconcile?',
  ],
  wrong_contact: [
    '{I am|We are} not the {account owner|customer|contact} for this account{, I have no idea what this is about|}.',
    '<NAME> is {no longer|not} with us; {her|his} {work|email} {has been taken over by|goes to} <EMAIL>.',
    'You are sending {these reminders|this} to {a private person|my personal address}, I have nothing to do with that firm.',
    "This should go to {the finance office|our accountant|the board}, not to me{, I'm just a volunteer|, I'm only an intern|}.",
    'I {work in|am at} {another department|another site}, could you {email|contact} the right person?',
  ],
  auto_reply: [
    'Thank you for your message. I am {currently|at the moment} {unavailable|away}{ and will be back on <DATE>|}.',
    'Please note: this is an automated message. Your email has been {received|taken into processing} and has {number|reference} <TICKET>.',
    '{Outside office hours|At weekends} emails are not read. {We will reply on the next working day.|Until Monday.}',
  ],
  other: [
    'Ok, {thanks|thank you}{ for the info|}.',
    'Can you explain {how the collection costs are calculated|why collection costs are charged}?',
    'I want to {file a complaint about|report that} {the person on the phone|your customer service} {was rude|never called back}.',
    'Do you have a {payment link|pay link} for me?',
    'What do I need to do to {have my data removed|change my address}?',
  ],
};
