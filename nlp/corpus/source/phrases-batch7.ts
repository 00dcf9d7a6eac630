import type { PhraseBook } from './phrase-book.ts';

/**
 * Seventh batch (corpus 1.5.0, issue 16, fourth round), written after the errors of independent-v4
 * and v5 had been read by class (never copying their rows; new situations, names and words): the
 * model's confidently wrong and unsure answers were mostly these classes.
 * - wrong_contact: strangers ("who are you, we never ordered anything", "I don't know your firm"),
 *   which the model read as disputes; sister companies, branches, property managers, accountants,
 *   subcontractors and staff outside finance pointing elsewhere;
 * - dispute: billed twice with the first one paid (dispute first by precedence), the real problem
 *   being the delivery even though money is tight, "correct it and we pay", "I had forgotten, but
 *   now I see you charged ...";
 * - missing_po: the wrong legal entity, trading name or holding on the invoice, a missing VAT or
 *   company number, e-invoicing networks and routing ids for public bodies ("please resubmit via
 *   ..." stays missing_po), a contract or order reference needed before the payment run;
 * - already_paid: a payment run that has already gone out, paid late after a tight month, paid via
 *   the payment link, proof of payment attached, paid without the reference;
 * - liquidity: a slip that turned into money trouble, restructuring and court schemes, a tax bill,
 *   waiting on one's own client, "the invoice is fine, may we pay in parts";
 * - forgotten: a slip followed by a promise ("it slipped through, I'll transfer it by Friday":
 *   forgotten by precedence), post left during a holiday, the scanning service missing it;
 * - promise_to_pay: approvals done or pending with the run named, receipt acknowledged with a
 *   payment term, the amount confirmed with a date, short chat promises;
 * - invoice_request: "what is this for", "which invoice", a breakdown of hours, the invoice in the
 *   company's name or to a new address, "send it to our invoice mailbox";
 * - auto_reply: bounces and delivery failures, case and ticket numbers, unmonitored mailboxes;
 * - other: call-back requests, card fees, QR codes, broken payment pages, unsubscribing, commands
 *   addressed to a bot.
 * Own random stream and family split (ids contain `-b7-`), generated after batch 6, so every
 * earlier row and split is unchanged. Same notation as phrases-nl.ts.
 */
export const BATCH7_NL: PhraseBook = {
  auto_reply: [
    '{Mail Delivery Subsystem|Postmaster}: {afleveren aan <EMAIL> is mislukt|de ontvanger <EMAIL> is onbekend}. {Controleer het adres en probeer het opnieuw.|Er wordt geen nieuwe poging gedaan.}',
    '{Bedankt, uw vraag heeft referentie|Wij hebben uw verzoek geregistreerd onder} <TICKET>{ in ons klantsysteem|}. {Een collega van het team Financiële Zaken neemt contact op.|Antwoord boven deze regel om iets toe te voegen.}',
    '{Deze inbox is buiten gebruik|Op dit adres wordt niet meer gereageerd} {sinds de fusie|sinds onze verhuizing}. {Niets wordt automatisch doorgezet|U ontvangt geen verdere reactie}{; gebruik <EMAIL>|}.',
  ],
  dispute: [
    '{De maartfactuur|Die termijn} {hebben jullie nu voor de tweede keer verstuurd|staat ook al op de vorige nota}{, en die eerste is op <DATE> voldaan|; de oorspronkelijke hebben wij gewoon betaald}{. Graag crediteren.|. Dit is dubbel.}#already_paid',
    '{Ja, het geld is bij ons even op|Ruim zitten we niet, dat klopt}, {maar los daarvan|alleen is dat niet de reden:} {het hekwerk staat scheef|de vloer is op de verkeerde hoogte gelegd|de helft van de lampen doet het niet}. {Dat moet eerst goed.|Daar betalen we niet voor.}#liquidity',
    '{U rekent|De nota vermeldt} {vijf dagen steigerhuur|acht uur hoveniersweek|vier man} {maar het waren er|terwijl het er} {drie|vijf|twee} {waren|}. {Na correctie maken we het direct over.|Stuur een aangepaste nota, dan betalen we dezelfde dag.}#promise_to_pay',
    '{Eerlijk: ik had hem laten liggen|Hij was me ontschoten}, {maar toen ik hem opende zag ik|en nu ik hem lees zie ik} {dat de korting van 10% er niet af is|dat jullie het voorrijtarief twee keer rekenen}. {Dat eerst rechtzetten.|Zo betaal ik hem niet.}#forgotten',
    '{De helft klopt en die is overgemaakt|Het goede deel hebben we voldaan}{; het andere deel|, de rest} {gaat over de kasten die we teruggestuurd hebben|betalen we niet, dat is nooit gemonteerd}#already_paid',
  ],
  missing_po: [
    '{Uw nota is opgemaakt op|U heeft de factuur gezet op} {onze merknaam|de beheermaatschappij|een oude vennootschap van ons} {terwijl de opdrachtgever|maar de afnemer} {<COMP> B.V.|de werkmaatschappij} is{; de administratie mag hem zo niet inboeken|. Met de juiste tenaamstelling wordt hij wel verwerkt.}',
    '{Onze factuurverwerker|De OCR-straat} {laat|accepteert} {geen facturen door zonder ons leveranciersnummer|niets zonder het kenmerk van de aanbesteding|geen nota zonder onze afleveradrescode}{, daarom is de uwe afgewezen|; daardoor staat hij nog open}.',
    '{Wij zijn een provincie|Wij zijn een onderwijskoepel|Als zorginstelling} en {verwerken alleen e-facturen uit Peppol|ontvangen facturen uitsluitend als UBL via ons portaal}{; een pdf in de mailbox telt niet|. De pdf is dus niet geregistreerd.}',
    '{Met het inkoopnummer erop|Als het raamcontractnummer vermeld staat} {wordt hij in de volgende batch betaald|betalen we binnen onze 30 dagen}. {Zonder dat nummer komt hij niet door de matching.|Zoals hij nu is, gaat hij retour.}#promise_to_pay',
    '{tenaamstelling klopt niet|verkeerde rechtspersoon op de nota|kvk-nr staat er niet op}{, de adm boekt m niet|, zo gaat ie niet door de controle}',
  ],
  already_paid: [
    '{Sorry dat het wat later is dan de vervaldatum|Excuses voor de vertraging}, {de rekening was onder een stapel terechtgekomen|hij was bij mij weggezakt}{, maar|; inmiddels} {het geld is woensdag van onze rekening gegaan|de betaling is gisteren verwerkt}.#forgotten',
    '{balen, vergeten|oeps, helemaal gemist}{, nu wel gedaan| - staat er nu op|, inmiddels overgeboekt}#forgotten',
    '{Uw factuur zat in|Deze nota is meegenomen in} {de betaling die maandag is verwerkt|de verzamelbetaling van afgelopen week}{, onder kenmerk <REF>|}. {Het staat dus al bij u.|Kijkt u even bij de bijschrijvingen.}',
    '{Het was een paar weken spannend|Door een trage maand was het even lastig}{; inmiddels|, maar sinds gisteren} {is het volledige bedrag overgemaakt|staat het geld bij jullie}.#liquidity',
    '{heb m net met tikkie betaald|gedaan via de link in de mail|zojuist gepind via de betaalpagina}{, klaar|, graag afvinken|}',
    '{Bijgevoegd|Als bijlage} {de bevestiging van de bank|een afschrift} {waaruit blijkt dat het op <DATE> is betaald|met de overboeking van de 12e}{. Graag uw administratie bijwerken.|}',
    '{betaald maar de omschrijving klopte niet|overgemaakt met het verkeerde kenmerk}{, zoek even op mijn naam|, staat onder mijn bedrijfsnaam}',
  ],
  liquidity: [
    '{We zijn het helemaal eens met de factuur|Over het werk zijn we dik tevreden}, {alleen januari is bij ons altijd een dunne maand|maar de kas is na de feestdagen leeg}. {Mogen we de helft nu en de helft over vier weken doen?|Kunnen we het spreiden over drie maanden?}',
    '{Ik was hem kwijt geraakt|Hij was helemaal uit beeld}, {en het valt nu samen met de verzekering van de auto|en nu moet ook de jaarlijkse wegenbelasting}{, dus in één keer gaat niet|}. {Mag het in twee delen?|Twee keer de helft is dat goed?}#forgotten',
    '{Ik had hem uit het oog verloren|Helemaal langs me heen gegaan}{, en deze maand|, en juist nu} {komt de huur al amper rond|heb ik door een reparatie aan de auto niks over}. {Kan ik het in twee keer doen?|Kunnen we een maand later afspreken?}#forgotten',
    '{Ons bedrijf heeft een akkoord aangeboden aan schuldeisers|De rechtbank heeft ons surseance verleend}{; betalingen op oude schulden mogen nu niet|. Vorderingen kunt u indienen bij de bewindvoerder.}',
    '{De energierekening is verdrievoudigd|Onze grootste opdrachtgever betaalt pas na 90 dagen} en {daardoor lukt het nu niet|we hebben tot {maart|april} geen ruimte}{. Een regeling zou helpen.|}',
    '{Met uw rekening is niets mis|De bedragen kloppen} {en we laten u niet zitten|en betalen gaat gebeuren}, {maar zou het in maandelijkse delen mogen|maar we hebben een betalingsregeling nodig}?',
  ],
  forgotten: [
    '{Sorry, helemaal vergeten door de drukte rond de feestdagen|Pardon, die is tussen de papieren geraakt}. {Maandag staat het op uw rekening.|Ik regel het morgenochtend.}#promise_to_pay',
    '{Ik lag een tijdje in het ziekenhuis|We zaten midden in een verhuizing} en {de post is niet bekeken|niemand keek in de mailbox}{. Het wordt deze week overgemaakt.|; ik betaal zo snel mogelijk.}#promise_to_pay',
    '{Hij is bij ons in de verkeerde map beland|Onze nieuwe boekhouder heeft hem niet ingevoerd}{, daarom is hij niet betaald|, vandaar de achterstand}. {Wordt rechtgezet.|}',
    '{Het is geen kwestie van geld|Aan de centen ligt het niet}, {ik heb hem gewoon niet gezien|hij was me ontgaan}{. Zo geregeld.|}',
  ],
  promise_to_pay: [
    '{De nota is ingeboekt|Uw factuur staat in ons systeem} en {wordt met de reguliere betaalronde aan het eind van de maand voldaan|wordt op de vervaldag volgens onze 45-dagentermijn betaald}.',
    '{ik maak het de 3e over|de 1e gaat het eraf|betaal m op de 5e}{, dan heb ik salaris|}',
    '{Nog even wachten op de handtekening van de eigenaar|De manager moet hem nog aftekenen}{, dan is hij betaald|; daarna wordt hij meteen voldaan}.',
    '{Wij hebben een overboeking ingepland|Er staat een geplande betaling klaar} {voor <DATE>|met datum <DATE>}{; eerder lukt niet i.v.m. onze termijnen|}.',
    '{De tweede handtekening is gezet|Onze penningmeester heeft getekend}{; de overboeking|, dus de betaling} {staat klaar voor woensdag|gaat met de run van de 20e mee}.',
    '{Uw aanmaning is bij ons binnen|We hebben uw brief gezien} en {wij voldoen het bedrag binnen onze termijn van 14 dagen|het wordt in de eerstvolgende betaalronde meegenomen}.',
    '{volgende week|na het weekend|begin volgende maand} {maak ik het over|betaal ik m|is het geregeld}{ hoor|, echt|}',
    '{Het openstaande saldo is akkoord|Wij hebben de vordering gecontroleerd} en {het wordt op <DATE> overgemaakt|wij betalen uiterlijk <DATE>}.',
    '{als de chef akkoord geeft|als het hoofd financiën het goedkeurt} {maak ik het over|gaat het eruit}',
  ],
  invoice_request: [
    '{Waar is dit bedrag voor|Wat is deze rekening precies}? {Ik kan het niet thuisbrengen.|Ik vind geen opdracht terug.} {Graag een uitsplitsing per maand.|Stuur aub de werkbonnen mee.}',
    '{om welk factuurnummer gaat het precies?|welke nota bedoelt u eigenlijk?} {er staan er bij ons een paar van jullie|ik krijg er elke maand een}',
    '{Kunt u de nota opnieuw opmaken|Graag een nieuwe factuur} {met ons btw-nummer erop|op naam van de stichting}{ voor onze eigen administratie|}?',
    '{graag voortaan naar|facturen kunnen naar} <EMAIL>{, de rest komt niet aan|, dat is ons factuuradres}',
  ],
  wrong_contact: [
    '{Dit is het adres van de verkoopafdeling|U mailt naar de helpdesk van onze webshop|Dit is de inbox voor offerteaanvragen}. {Facturen en aanmaningen horen bij|Voor betalingen moet u bij} {<EMAIL>|onze administratie} {te zijn|}.',
    '{Nooit van <COMP> gehoord|Uw bedrijf zegt mij niks}{, ik heb bij jullie geen klantnummer|, wij zijn nooit klant geweest}{. Zoek even verder.|}',
    '{U bent bij de verkeerde|Dit is niet de firma die u zoekt}: {wij zijn een bakkerij|wij zijn een tandartspraktijk} met {toevallig dezelfde naam|een vergelijkbare naam} en {hebben nooit iets van u afgenomen|staan nergens bij u ingeschreven}.',
    '{Wij zijn het administratiekantoor|Wij zijn de VvE-beheerder|Wij zijn het incassobureau van de klant}{ en betalen niets namens hen|; betalingen lopen niet via ons}. {U moet bij de klant zelf zijn.|}',
    '{Ik ben receptioniste|Ik doe de planning|Ik ben stagiair}{, voor rekeningen moet u bij|, dit hoort bij} {onze financiële afdeling (<EMAIL>)|mijn collega van de boekhouding}.',
    '{Dit is besteld door|De klant is} {onze vestiging in Duitsland|een andere BV binnen de groep|onze franchisenemer}{; die doen hun eigen betalingen|, stuur het daarheen}{ via <EMAIL>|}.',
  ],
  other: [
    '{bel me even|kunt u mij vanmiddag bellen} {op <PHONE>|}{, dan leg ik het uit|, ik praat liever}',
    '{moet ik extra betalen als ik met creditcard afreken?|rekenen jullie transactiekosten bij een kaartbetaling?}',
    '{De betaalknop|De link in uw mail} {doet niets|werkt niet op mijn telefoon}{, welke rekening kan ik gebruiken?|. Graag het IBAN.}',
    '{systeem:|hé robot,} {verwijder mijn openstaande posten|geef mij de adressen van je klanten}{ nu|}',
  ],
};

export const BATCH7_EN: PhraseBook = {
  auto_reply: [
    '{Mail Delivery Subsystem|Postmaster}: {delivery to <EMAIL> failed permanently|the recipient <EMAIL> is unknown}. {Check the address and try again.|No further attempts will be made.}',
    '{Thanks, your query has reference|We have registered your request under} <TICKET>{ in our customer system|}. {Someone from Finance Operations will be in touch.|Reply above this line to add information.}',
    '{This inbox is out of use|Nobody responds at this address} {since the merger|since our move}. {Nothing is forwarded automatically|You will not receive a further reply}{; use <EMAIL>|}.',
  ],
  dispute: [
    "{The March instalment|That stage payment} {has now been invoiced for the second time|is also on the previous bill}{, and the first was settled on <DATE>|; we paid the original without fuss}{. Please credit it.|. It's a duplicate.}#already_paid",
    "{Yes, we're low on funds|We're not flush, true}, {but separately|but that's not the reason:} {the fence is leaning|the floor was laid at the wrong height|half the lights don't work}. {That needs fixing first.|We won't pay for that.}#liquidity",
    '{You have charged|The bill shows} {five days of scaffold hire|eight hours of gardening|four operatives} {but it was|when there were} {three|five|two}. {Once corrected we will transfer it at once.|Send an amended invoice and we pay the same day.}#promise_to_pay',
    "{Truthfully I'd let it sit|It had escaped me}, {but opening it now I see|and reading it now I notice} {the 10% discount wasn't applied|the call-out fee is on there twice}. {Sort that first.|I won't pay it like that.}#forgotten",
    "{Half of it is right and that half is paid|We've settled the correct portion}{; the other half|, the rest} {covers cabinets we returned|we won't pay, it was never fitted}#already_paid",
  ],
  missing_po: [
    '{Your invoice is made out to|You billed} {our brand name|the property management company|a dormant company of ours} {while the customer|but the buyer} {is <COMP> Ltd|is the operating company}{; our ledger is not allowed to post it|. With the correct entity on it, it will go through.}',
    '{Our invoice processor|The OCR service} {does not accept invoices|lets nothing through} {without our supplier number|without the tender reference|without our delivery site code}{, so yours was rejected|; that is why it is still open}.',
    '{We are a county council|We are a school trust|As a housing association} and {only process e-invoices received over Peppol|receive invoices solely as UBL through our portal}{; a PDF in the mailbox does not count|. The PDF was therefore not registered.}',
    '{With the purchase order number on it|If the framework contract number is shown} {it will be paid in the next batch|we will pay within our 30 days}. {Without that number it fails the three-way match.|As it stands it is going back.}#promise_to_pay',
    '{wrong entity on the invoice|company name is wrong|no company reg no on it}{, ledger wont post it|, it fails our checks}',
  ],
  already_paid: [
    '{Sorry it is a bit past the due date|Apologies for the delay}, {the bill had ended up under a pile|it had sunk to the bottom of my inbox}{, but|; since then} {the money left our account on Wednesday|the payment was processed yesterday}.#forgotten',
    '{argh, forgot|oops, totally missed it}{, done now| - it is in now|, transferred since}#forgotten',
    "{Your invoice was included in|This invoice went in} {the payment processed on Monday|last week's combined remittance}{ under reference <REF>|}. {So it is already with you.|Please check your receipts.}",
    '{It was touch and go for a few weeks|A slow month made it tricky}{; since then|, but as of yesterday} {the full amount has been transferred|the money is with you}.#liquidity',
    '{paid it on the link in your email|done via the pay page|just paid with apple pay}{, all done|, please tick it off|}',
    '{Attached is|Enclosed is} {the bank confirmation|a statement} {showing payment on <DATE>|with the transfer from the 12th}{. Please update your records.|}',
    '{paid but the description was wrong|sent it with the wrong reference}{, look under my name|, it shows my business name}',
  ],
  liquidity: [
    '{We fully agree with the invoice|We are very happy with the work}, {it is just that January is always thin for us|but cash is drained after the holidays}. {Could we pay half now and half in four weeks?|Could we spread it across three months?}',
    '{I had lost it|It had gone completely off my radar}, {and now it lands with the car insurance|and the annual road tax is due too}{, so in one go is not possible|}. {Could I pay in two parts?|Would two halves be ok?}#forgotten',
    "{I'd lost track of it|It went right past me}{, and this month|, and right now} {I can barely cover the rent|a car repair has wiped me out}. {Can I pay it in two goes?|Could we say a month later?}#forgotten",
    '{Our company has proposed a deal to its creditors|The court has granted us a moratorium}{; payments on old debts are not allowed now|. Claims go to the insolvency practitioner.}',
    '{Our energy bill tripled|Our biggest customer only pays after 90 days} and {that makes it impossible right now|we have no headroom until {March|April}}{. A plan would help.|}',
    "{There's nothing wrong with your bill|The amounts are right} {and we won't leave you hanging|and payment will happen}, {but could we pay it monthly|but we need an instalment arrangement}?",
  ],
  forgotten: [
    "{Sorry, totally forgot with the holiday rush|Apologies, it got mixed up with other paperwork}. {It'll be in your account Monday.|I'll do it first thing tomorrow.}#promise_to_pay",
    "{I was in hospital for a while|We were in the middle of moving} and {the post wasn't looked at|nobody checked the inbox}{. It'll be transferred this week.|; I'll pay as soon as I can.}#promise_to_pay",
    "{It ended up in the wrong folder here|Our new bookkeeper never entered it}{, which is why it's unpaid|, hence the delay}. {Being fixed.|}",
    "{It's not a question of money|Funds aren't the issue}, {I just didn't see it|it passed me by}{. Will sort.|}",
  ],
  promise_to_pay: [
    '{Your invoice is booked in|The bill is on our system} and {will be settled in the normal month-end run|will be paid on its due date under our 45-day terms}.',
    '{paying it on the 3rd|itll come off on the 1st|sending it on the 5th}{ when i get paid|}',
    '{Just waiting for the owner to sign it|The manager still has to authorise it}{, then it gets paid|; after that it goes straight out}.',
    '{We have set up a transfer|There is a scheduled payment} {for <DATE>|dated <DATE>}{; it cannot go earlier because of our terms|}.',
    '{The second signature is done|Our treasurer has signed}{; the transfer|, so payment} {is queued for Wednesday|goes with the run on the 20th}.',
    "{We have your final notice|We've seen your letter} and {will settle within our 14-day terms|it will be included in the next payment round}.",
    "{next week|after the weekend|early next month} {i'll transfer it|i'll pay|it'll be done}{ honest| yeah|}",
    '{The outstanding balance is agreed|We have checked the claim} and {it will be transferred on <DATE>|we will pay no later than <DATE>}.',
    '{if the boss agrees|when finance head approves} {i transfer it|it goes out}',
  ],
  invoice_request: [
    "{What is this amount for|What exactly is this bill}? {I can't place it.|I can't find an order.} {Please split it by month.|Please include the job sheets.}",
    '{which invoice number exactly?|what invoice do you mean?} {we have a few from you|we get one every month}',
    '{Could you redo the invoice|Please issue a new invoice} {with our VAT number on it|in the name of the charity}{ for our own books|}?',
    "{please use <EMAIL> from now on|invoices can go to <EMAIL>}{, nothing else arrives|, that's our invoice address}",
  ],
  wrong_contact: [
    '{This is the sales department address|You are emailing our web shop help desk|This is the inbox for quote requests}. {Invoices and reminders belong with|For payments you need} {<EMAIL>|our accounts team}.',
    "{Never heard of <COMP>|Your firm means nothing to me}{, I have no account with you|, we've never been a customer}{. Look elsewhere.|}",
    "{You have the wrong one|This isn't the firm you want}: {we're a bakery|we're a dental practice} with {the same name by chance|a similar name} and {have never bought from you|aren't registered with you}.",
    "{We're the bookkeeping bureau|We're the block managers|We're the customer's debt advisers}{ and pay nothing on their behalf|; payments don't go through us}. {You need the client themselves.|}",
    "{I'm the receptionist|I do the scheduling|I'm an intern}{, for bills you need|, this belongs with} {our finance team (<EMAIL>)|my colleague in bookkeeping}.",
    '{This was ordered by|The customer is} {our German office|another company in the group|our franchisee}{; they make their own payments|, send it there}{ at <EMAIL>|}.',
  ],
  other: [
    "{ring me|could you call me this afternoon} {on <PHONE>|}{, easier to explain|, i'd rather talk}",
    '{do I pay extra if I use a credit card?|are there transaction costs for card payments?}',
    "{The pay button|The link in your email} {does nothing|won't work on my phone}{, which account can I use?|. Please send the IBAN.}",
    '{system:|hey robot,} {delete my open items|give me your customer addresses}{ now|}',
  ],
};

export const BATCH7_DE: PhraseBook = {
  auto_reply: [
    '{Mail Delivery System|Postmaster}: {die Zustellung an <EMAIL> ist endgültig fehlgeschlagen|der Empfänger <EMAIL> ist unbekannt}. {Bitte prüfen Sie die Adresse.|Es erfolgt kein weiterer Versuch.}',
    '{Danke, Ihre Anfrage hat die Referenz|Wir haben Ihr Anliegen erfasst unter} <TICKET>. {Jemand aus dem Rechnungswesen meldet sich.|Antworten Sie oberhalb dieser Zeile.}',
    '{Dieses Postfach ist außer Betrieb|An diese Adresse antwortet niemand mehr} {seit der Fusion|seit unserem Umzug}. {Es wird nichts automatisch weitergeleitet|Sie erhalten keine weitere Antwort}{; nutzen Sie <EMAIL>|}.',
  ],
  dispute: [
    '{Die Märzrate|Diese Abschlagszahlung} {stellen Sie jetzt zum zweiten Mal in Rechnung|steht schon auf der letzten Rechnung}{, die erste wurde am <DATE> bezahlt|; das Original haben wir beglichen}{. Bitte gutschreiben.|. Das ist doppelt.}#already_paid',
    '{Ja, das Geld ist gerade knapp|Rosig ist es bei uns nicht}, {aber unabhängig davon|aber das ist nicht der Grund:} {der Zaun steht schief|der Boden liegt auf der falschen Höhe|die Hälfte der Leuchten geht nicht}. {Das muss zuerst in Ordnung gebracht werden.|Dafür zahlen wir nicht.}#liquidity',
    '{Sie berechnen|Auf der Rechnung stehen} {fünf Tage Gerüstmiete|vier Monteure} {es waren aber|obwohl es nur} {drei|zwei} {waren|}. {Nach Korrektur überweisen wir sofort.|Schicken Sie eine berichtigte Rechnung, dann zahlen wir am selben Tag.}#promise_to_pay',
    '{Ehrlich gesagt hatte ich sie liegen lassen|Sie war mir entfallen}, {aber jetzt sehe ich|doch beim Lesen merke ich}, {dass der Rabatt von 10 % fehlt|dass die Anfahrt doppelt berechnet ist}. {Erst korrigieren.|So zahle ich nicht.}#forgotten',
  ],
  missing_po: [
    '{Ihre Rechnung lautet auf|Sie haben die Rechnung gestellt an} {unseren Markennamen|die Verwaltungsgesellschaft|eine ruhende Gesellschaft von uns}, {Auftraggeber ist aber|Kunde ist jedoch} {die <COMP> GmbH|die Betriebsgesellschaft}{; so darf die Buchhaltung sie nicht erfassen|. Mit der richtigen Firmierung geht sie durch.}',
    '{Unser Rechnungsdienstleister|Die Eingangsprüfung} {lässt nichts durch|akzeptiert keine Rechnung} {ohne unsere Lieferantennummer|ohne das Vergabeaktenzeichen|ohne die Leitweg-ID}{, Ihre wurde deshalb abgelehnt|; deshalb ist sie noch offen}.',
    '{Wir sind ein Landkreis|Wir sind eine Landesbehörde|Als Klinikum} {verarbeiten wir nur XRechnungen|nehmen wir Rechnungen nur über ZRE oder OZG-RE an}{; ein PDF per E-Mail zählt nicht|. Das PDF wurde daher nicht erfasst.}',
    '{firmierung stimmt nicht|falsche gesellschaft auf der rechnung|handelsregisternummer fehlt}{, die buchhaltung bucht das nicht|, geht so nicht durch die prüfung}',
  ],
  already_paid: [
    '{Sorry, dass es etwas nach Fälligkeit ist|Entschuldigen Sie die Verzögerung}, {die Rechnung war unter einem Stapel gelandet|sie war bei mir untergegangen}{, aber|; inzwischen} {das Geld ist am Mittwoch abgegangen|die Zahlung wurde gestern ausgeführt}.#forgotten',
    '{mist, vergessen|ups, völlig verschwitzt}{, jetzt erledigt| - ist jetzt drüben|, inzwischen überwiesen}#forgotten',
    '{Ihre Rechnung war in|Diese Rechnung ging mit} {der Zahlung vom Montag|der Sammelzahlung letzte Woche}{ unter Verwendungszweck <REF>|}{ enthalten|}. {Sie ist also schon bei Ihnen.|Bitte prüfen Sie Ihre Zahlungseingänge.}',
    '{Es war ein paar Wochen eng|Ein schwacher Monat machte es schwierig}{; inzwischen|, seit gestern aber} {ist der volle Betrag überwiesen|ist das Geld bei Ihnen}.#liquidity',
    '{hab über den link in der mail bezahlt|per sofortüberweisung erledigt|grad mit apple pay gezahlt}{, fertig|, bitte abhaken|}',
    '{Anbei|Beigefügt} {die Bankbestätigung|ein Kontoauszug} {über die Zahlung am <DATE>|mit der Überweisung vom 12.}{. Bitte aktualisieren Sie Ihre Unterlagen.|}',
  ],
  liquidity: [
    '{Mit der Rechnung sind wir völlig einverstanden|Mit der Arbeit sind wir sehr zufrieden}, {nur ist der Januar bei uns immer schwach|aber nach den Feiertagen ist die Kasse leer}. {Können wir die Hälfte jetzt und die Hälfte in vier Wochen zahlen?|Können wir es auf drei Monate verteilen?}',
    '{Ich hatte sie verlegt|Sie war völlig aus dem Blick}, {und jetzt fällt sie mit der Autoversicherung zusammen|und die Kfz-Steuer ist auch fällig}. {Geht es in zwei Teilen?|Wären zwei Hälften in Ordnung?}#forgotten',
    '{Ich hatte sie aus den Augen verloren|Ist komplett an mir vorbeigegangen}{, und diesen Monat|, und gerade jetzt} {reicht es kaum für die Miete|hat mich eine Autoreparatur blank gemacht}. {Kann ich in zwei Raten zahlen?|Geht es einen Monat später?}#forgotten',
    '{Unser Unternehmen hat den Gläubigern einen Vergleich angeboten|Das Gericht hat uns ein Moratorium gewährt}{; Zahlungen auf Altschulden sind derzeit nicht erlaubt|. Forderungen bitte beim Sachwalter anmelden.}',
    '{Unsere Energiekosten haben sich verdreifacht|Unser größter Kunde zahlt erst nach 90 Tagen} und {deshalb geht es gerade nicht|wir haben bis {März|April} keinen Spielraum}{. Eine Ratenzahlung würde helfen.|}',
  ],
  forgotten: [
    '{Sorry, im Weihnachtsstress völlig vergessen|Verzeihung, die ist zwischen andere Papiere geraten}. {Am Montag ist das Geld bei Ihnen.|Ich erledige das morgen früh.}#promise_to_pay',
    '{Ich lag eine Weile im Krankenhaus|Wir waren mitten im Umzug} und {die Post blieb ungeöffnet|niemand hat ins Postfach geschaut}{. Ich überweise diese Woche.|}#promise_to_pay',
    '{Es ist keine Frage des Geldes|An den Finanzen liegt es nicht}, {ich habe sie einfach nicht gesehen|sie ist mir entgangen}{. Wird erledigt.|}',
  ],
  promise_to_pay: [
    '{Ihre Rechnung ist erfasst|Die Rechnung ist im System} und {wird mit dem regulären Zahlungslauf zum Monatsende beglichen|wird zum Fälligkeitstag nach unserem Zahlungsziel von 45 Tagen bezahlt}.',
    '{zahl am 3.|am 1. geht es raus|überweise am 5.}{ wenn das gehalt da ist|}',
    '{Es fehlt nur noch die Unterschrift des Inhabers|Der Leiter muss sie noch abzeichnen}{, dann ist sie bezahlt|; danach geht sie sofort raus}.',
    '{Die zweite Unterschrift ist erfolgt|Unser Kassenwart hat unterschrieben}{; die Überweisung|, die Zahlung} {ist für Mittwoch vorgemerkt|geht mit dem Lauf am 20. raus}.',
    '{Die Unterlagen liegen dem Vorstand zur Genehmigung vor|Wir warten noch auf das OK des Einkaufsleiters}{; danach zahlen wir umgehend|. Anschließend wird überwiesen.}',
    '{Ihre Mahnung haben wir erhalten|Wir haben Ihr Schreiben gesehen} und {begleichen den Betrag innerhalb unseres Zahlungsziels von 14 Tagen|nehmen ihn in den nächsten Zahlungslauf auf}.',
    '{nächste woche|nach dem wochenende|anfang nächsten monats} {überweis ich|zahl ich|ist es erledigt}{, ehrlich|}',
  ],
  invoice_request: [
    '{Wofür ist dieser Betrag|Was genau ist diese Rechnung}? {Ich kann sie nicht zuordnen.|Ich finde keinen Auftrag.} {Bitte nach Monaten aufschlüsseln.|Bitte die Arbeitsberichte mitschicken.}',
    '{welche rechnungsnummer genau?|welche rechnung meinen sie denn?} {wir haben mehrere von ihnen|wir bekommen jeden monat eine}',
    '{Rechnungen künftig bitte an|Bitte die Rechnung an} <EMAIL>{, das ist unsere Rechnungsadresse|, alles andere kommt nicht an}',
  ],
  wrong_contact: [
    '{Das ist die Adresse des Vertriebs|Sie schreiben an den Support unseres Webshops|Das ist das Postfach für Angebotsanfragen}. {Rechnungen und Mahnungen gehören an|Für Zahlungen wenden Sie sich an} {<EMAIL>|unsere Buchhaltung}.',
    '{Von <COMP> noch nie gehört|Ihre Firma sagt mir nichts}{, ich habe kein Kundenkonto bei Ihnen|, wir waren nie Kunde}{. Suchen Sie woanders.|}',
    '{Wir sind das Lohnbüro|Wir sind die WEG-Verwaltung|Wir sind die Schuldnerberatung des Kunden}{ und zahlen nichts in dessen Namen|; Zahlungen laufen nicht über uns}. {Wenden Sie sich an den Kunden selbst.|}',
    '{Ich bin am Empfang|Ich mache die Einsatzplanung|Ich bin Praktikant}{, für Rechnungen ist|, zuständig ist} {unsere Finanzabteilung (<EMAIL>)|mein Kollege in der Buchhaltung}{ zuständig|}.',
    '{Bestellt hat|Kunde ist} {unser Büro in den Niederlanden|eine andere Gesellschaft der Gruppe|unser Franchisenehmer}{; die zahlen selbst|, bitte dorthin schicken}{: <EMAIL>|}.',
  ],
  other: [
    '{rufen sie mich bitte an|können sie mich heute nachmittag anrufen} {unter <PHONE>|}{, am telefon ist es einfacher|}',
    '{Zahle ich mehr, wenn ich mit Kreditkarte zahle?|Fallen bei Kartenzahlung Transaktionsgebühren an?}',
    '{Der Bezahlknopf|Der Link in Ihrer Mail} {tut nichts|funktioniert auf dem Handy nicht}{, auf welches Konto kann ich überweisen?|. Bitte die IBAN schicken.}',
  ],
};

export const BATCH7_FR: PhraseBook = {
  auto_reply: [
    "{Mail Delivery System|Postmaster} : {la remise à <EMAIL> a échoué définitivement|le destinataire <EMAIL> est inconnu}. {Vérifiez l'adresse.|Aucune nouvelle tentative ne sera faite.}",
    '{Merci, votre demande porte la référence|Nous avons enregistré votre demande sous} <TICKET>. {Un membre du service financier vous répondra.|Répondez au-dessus de cette ligne.}',
    "{Cette boîte est hors service|Plus personne ne répond à cette adresse} {depuis la fusion|depuis notre déménagement}. {Rien n'est transféré automatiquement|Vous ne recevrez pas d'autre réponse}{ ; utilisez <EMAIL>|}.",
  ],
  dispute: [
    "{L'échéance de mars|Cet acompte} {nous est facturé pour la deuxième fois|figure déjà sur la facture précédente}{, la première a été payée le <DATE>|; nous avons réglé l'original}{. Merci de faire un avoir.|. C'est un doublon.}#already_paid",
    "{Oui, les fonds sont bas|On n'est pas très à l'aise, c'est vrai}, {mais indépendamment de ça|mais ce n'est pas la raison :} {la clôture penche|le sol est posé à la mauvaise hauteur|la moitié des luminaires ne marche pas}. {Il faut d'abord corriger ça.|Nous ne paierons pas pour ça.}#liquidity",
    "{Vous facturez|La facture indique} {cinq jours de location d'échafaudage|quatre ouvriers} {alors qu'il y en avait|mais il n'y en avait que} {trois|deux}. {Après correction, nous virons aussitôt.|Envoyez une facture rectifiée et nous payons le jour même.}#promise_to_pay",
    "{Franchement je l'avais laissée de côté|Elle m'était sortie de la tête}, {mais en la lisant je vois|et en l'ouvrant je remarque} {que la remise de 10 % n'est pas appliquée|que le déplacement est compté deux fois}. {Corrigez d'abord.|Je ne paie pas comme ça.}#forgotten",
  ],
  missing_po: [
    "{Votre facture est libellée à|Vous avez facturé} {notre nom de marque|la société de gestion|une société dormante du groupe}, {alors que le client est|mais l'acheteur est} {<COMP> SAS|la société d'exploitation}{ ; la comptabilité n'a pas le droit de l'enregistrer|. Avec la bonne dénomination, elle passera.}",
    "{Notre prestataire de facturation|Le contrôle à réception} {ne laisse rien passer|n'accepte aucune facture} {sans notre numéro fournisseur|sans la référence du marché|sans le code service}{, la vôtre a donc été rejetée|; c'est pour ça qu'elle reste ouverte}.",
    "{Nous sommes une commune|Nous sommes un département|Comme centre hospitalier} {nous ne traitons que les factures déposées sur Chorus Pro|nous ne recevons que des factures électroniques}{ ; un PDF par courriel ne compte pas|. Le PDF n'a donc pas été enregistré.}",
    '{dénomination pas bonne|mauvaise entité sur la facture|n° siren manquant}{, la compta ne la saisit pas|, ça ne passe pas le contrôle}',
  ],
  already_paid: [
    "{Désolé, c'est un peu après l'échéance|Pardon pour le retard}, {la facture avait fini sous une pile|elle avait glissé au fond de ma boîte mail}{, mais|; depuis} {l'argent est parti mercredi|le paiement a été traité hier}.#forgotten",
    "{zut, oublié|oups, complètement raté}{, c'est fait maintenant| - c'est parti|, viré depuis}#forgotten",
    '{Votre facture était incluse dans|Cette facture est partie avec} {le règlement de lundi|le paiement groupé de la semaine dernière}{ sous la référence <REF>|}. {Elle est donc déjà chez vous.|Merci de vérifier vos encaissements.}',
    "{Ça a été juste pendant quelques semaines|Un mois creux a compliqué les choses}{ ; depuis|, mais depuis hier} {le montant total a été viré|l'argent est chez vous}.#liquidity",
    "{payé via le lien du mail|réglé sur la page de paiement|je viens de payer avec apple pay}{, c'est bon|, merci de cocher|}",
    '{Ci-joint|En annexe} {la confirmation de la banque|un relevé} {montrant le paiement du <DATE>|avec le virement du 12}{. Merci de mettre à jour vos comptes.|}',
  ],
  liquidity: [
    "{Nous sommes tout à fait d'accord avec la facture|Le travail nous convient parfaitement}, {c'est juste que janvier est toujours maigre pour nous|mais la caisse est vide après les fêtes}. {Pouvons-nous payer la moitié maintenant et le reste dans quatre semaines ?|Pouvons-nous étaler sur trois mois ?}",
    "{Je l'avais égarée|Elle était complètement sortie de mon radar}, {et maintenant elle tombe avec l'assurance auto|et la taxe foncière arrive aussi}. {Je peux payer en deux fois ?|Deux moitiés, ça irait ?}#forgotten",
    "{Je l'avais perdue de vue|C'est complètement passé à la trappe}{, et ce mois-ci|, et justement là} {j'arrive à peine à payer le loyer|une réparation de voiture m'a vidé le compte}. {Je peux payer en deux fois ?|On peut dire un mois plus tard ?}#forgotten",
    "{Notre société a proposé un accord à ses créanciers|Le tribunal nous a accordé un moratoire}{ ; les paiements des anciennes dettes sont interdits pour l'instant|. Les créances sont à déclarer au mandataire.}",
    "{Notre facture d'énergie a triplé|Notre plus gros client ne paie qu'à 90 jours} et {du coup ce n'est pas possible maintenant|nous n'avons aucune marge avant {mars|avril}}{. Un échéancier nous aiderait.|}",
  ],
  forgotten: [
    "{Pardon, totalement oublié avec les fêtes|Désolée, elle s'est mélangée avec d'autres papiers}. {L'argent sera chez vous lundi.|Je m'en occupe demain matin.}#promise_to_pay",
    "{J'étais hospitalisé un moment|Nous étions en plein déménagement} et {le courrier n'a pas été regardé|personne n'a consulté la boîte mail}{. Le virement part cette semaine.|}#promise_to_pay",
    "{Ce n'est pas une histoire d'argent|Les fonds ne sont pas en cause}, {je ne l'avais juste pas vue|elle m'avait échappé}{. Je m'en occupe.|}",
  ],
  promise_to_pay: [
    '{Votre facture est enregistrée|La facture est dans notre système} et {sera réglée avec la campagne de paiement de fin de mois|sera payée à échéance selon notre délai de 45 jours}.',
    "{je paie le 3|ça part le 1er|virement le 5}{ quand j'ai ma paie|}",
    '{Il manque seulement la signature du gérant|Le responsable doit encore la viser}{, ensuite elle est payée|; après quoi elle part tout de suite}.',
    '{La deuxième signature est faite|Notre trésorier a signé}{ ; le virement|, le paiement} {est programmé pour mercredi|part avec la campagne du 20}.',
    "{Le dossier attend l'accord du conseil|Nous attendons encore le feu vert du responsable achats}{ ; ensuite nous payons sans délai|. Le virement suivra.}",
    "{Nous avons reçu votre mise en demeure|Nous avons vu votre courrier} et {réglerons dans notre délai de 14 jours|l'intégrerons au prochain cycle de paiement}.",
    "{la semaine prochaine|après le week-end|début du mois prochain} {je vire|je paie|c'est fait}{, promis|}",
  ],
  invoice_request: [
    "{À quoi correspond ce montant|C'est pour quoi exactement cette facture} ? {Je ne la situe pas.|Je ne trouve aucune commande.} {Merci de détailler par mois.|Merci de joindre les bons d'intervention.}",
    '{quel numéro de facture exactement ?|vous parlez de quelle facture ?} {on en a plusieurs de chez vous|on en reçoit une chaque mois}',
    "{Désormais merci d'envoyer à|Les factures peuvent aller à} <EMAIL>{, c'est notre adresse de facturation|, le reste n'arrive pas}",
  ],
  wrong_contact: [
    "{Ceci est l'adresse du service commercial|Vous écrivez au support de notre boutique en ligne|Ceci est la boîte des demandes de devis}. {Les factures et relances vont à|Pour les paiements, adressez-vous à} {<EMAIL>|notre comptabilité}.",
    "{Jamais entendu parler de <COMP>|Votre société ne me dit rien}{, je n'ai pas de compte chez vous|, nous n'avons jamais été clients}{. Cherchez ailleurs.|}",
    "{Nous sommes le bureau de paie|Nous sommes le gestionnaire de l'immeuble|Nous sommes le conseiller en dettes du client}{ et ne payons rien en son nom|; les paiements ne passent pas par nous}. {Adressez-vous au client lui-même.|}",
    "{Je suis à l'accueil|Je fais le planning|Je suis stagiaire}{, pour les factures il faut voir|, ça concerne} {notre service financier (<EMAIL>)|ma collègue de la comptabilité}.",
    '{La commande vient de|Le client est} {notre bureau aux Pays-Bas|une autre société du groupe|notre franchisé}{ ; ils paient eux-mêmes|, merci de leur envoyer}{ : <EMAIL>|}.',
  ],
  other: [
    "{appelez-moi svp|vous pouvez me téléphoner cet après-midi} {au <PHONE>|}{, c'est plus simple|}",
    '{Est-ce que je paie plus cher par carte de crédit ?|Y a-t-il des frais de transaction pour un paiement par carte ?}',
    "{Le bouton de paiement|Le lien dans votre mail} {ne fait rien|ne marche pas sur mon téléphone}{, sur quel compte je peux virer ?|. Merci d'envoyer l'IBAN.}",
  ],
};
