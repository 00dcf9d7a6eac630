import type { PhraseBook } from './phrase-book.ts';

/**
 * Fifth batch (corpus 1.3.0, issue 16), written after reading the errors of independent-v1 to v3
 * by class (never copying their rows). What the corpus still lacked:
 * - a slip and the payment in one breath ("forgot, paid it just now"): already_paid, as the
 *   priority order says, with the slip only secondary;
 * - a lost, deleted or misfiled invoice with a request for a copy: forgotten first;
 * - "the invoice is correct" or "we don't dispute it" followed by money trouble: liquidity, not a
 *   dispute; formal letters about a drop in turnover, a lost customer, a tax refund, bankruptcy;
 * - payment due under the debtor's own terms ("on our 45-day terms it is due on the 30th") and
 *   short "will transfer on the 1st" turns: promise_to_pay, not already_paid;
 * - accounts-payable rules in other words: purchasing terms, an order-confirmation or job number,
 *   supplier portals by brand, e-mailed invoices not accepted: missing_po;
 * - a company with a near-identical name that never ordered: wrong_contact; a named person who
 *   left with nobody taking over: wrong_contact;
 * - money paid against the wrong invoice number: already_paid;
 * - questions about other contracts or services, complaints about staff: other;
 * - a reason followed by a request for the means to pay ("forgot, please send a payment link"):
 *   the reason stays primary; a payment link is not an invoice copy (corpus 1.3.1).
 * Generated after batch 4 with its own random stream and family split (ids contain `-b5-`), so
 * every earlier row and split is unchanged. Same notation as phrases-nl.ts.
 */
export const BATCH5_NL: PhraseBook = {
  auto_reply: [],
  dispute: [
    '{We hebben|Ik heb} {het contract|het onderhoudsabonnement|de licentie} {in <DATE>|al maanden geleden|per vorige maand} {stopgezet|beëindigd|opgezegd} en {toch|nog steeds} {wordt er gefactureerd|krijg ik facturen}{, dat klopt niet|. Graag crediteren.|}',
    '{We zijn|Wij zijn} {per <DATE>|sinds de zomer} {afgeschaald|teruggegaan} naar {minder gebruikers|een kleiner pakket}, {maar de factuur gaat nog uit van het oude aantal|toch rekent u het oude aantal}{; het verschil betalen we niet|. Graag een creditnota.}',
    '{bedrag|totaal} {klopt niet met|is hoger dan} {wat we afspraken|de offerte}{ en er staat ook geen ordernummer op#missing_po|}',
  ],
  missing_po: [
    '{Onze inkoopvoorwaarden|Ons inkoopbeleid} {schrijven voor|eisen} dat op {iedere|elke} factuur {een verwijzing naar de opdrachtbevestiging|het ordernummer van de opdracht|ons contractnummer} staat; {die ontbreekt hier|dat mist op deze}.',
    '{bedrag is goed|verder prima}{ hoor|}, {mis alleen ons ordernr|ordernr staat er niet op|bestelnr ontbreekt}{ (<PO>)|}',
    'Wij {verwerken|accepteren} {geen facturen per e-mail|geen pdf-facturen per mail}; {upload|dien} {hem|de factuur} {in via|via} {ons leveranciersportaal|Tungsten|Coupa|Basware} {in|}{ met het ordernummer|}.',
  ],
  already_paid: [
    '{ai|oeps|sorry} {glad vergeten|vergeten hoor}{,|!} {is nu betaald|heb t nu overgemaakt|net even overgemaakt}',
    '{Sorry|Excuus}, {die was ik vergeten|die is blijven liggen}{ door de drukte|}. {Inmiddels|Net} {is het bedrag overgemaakt|heb ik <AMT> overgemaakt}.#forgotten',
    '{Onze betaling|Het geld} is {op een ander factuurnummer|bij factuur <INV>} {geboekt|terechtgekomen}{, u heeft het dus al|; betaald is het dus wel}, {het moet alleen goed worden afgeletterd|alleen verkeerd toegewezen}.{ Graag een actueel rekeningoverzicht.#invoice_request|}',
  ],
  liquidity: [
    '{De factuur|Uw factuur} is {op zich|inhoudelijk} {in orde|juist}, {daar gaat het niet om|geen discussie}. {Sinds|Na} {het verlies van een grote opdrachtgever|een slecht kwartaal} {is onze kas leeg|staan we financieel krap}{; kunnen we een regeling treffen?|.}',
    '{We zijn|Ons bedrijf is} {sinds <DATE>|vorige maand} {in staat van faillissement|failliet}{; vorderingen graag bij de curator indienen|, u kunt uw vordering bij de curator melden}.',
    '{Tot|Totdat} {onze belastingteruggave|de btw-teruggave|de uitkering van de verzekering} binnen is, {hebben we geen werkkapitaal|is er geen ruimte om te betalen}{. Kan het wat later?|.}',
    '{Ik betwist niks|Aan de factuur ligt het niet}, {maar|alleen} {de auto moest naar de garage|de verwarming ging kapot|ik had onverwachte kosten} en {nu is het krap|nu komt het slecht uit}. {Mag ik in twee delen betalen?|Kan het in termijnen?}',
  ],
  forgotten: [
    '{Uw factuur|De factuur} is {bij ons zoekgeraakt|kwijtgeraakt}{, ik denk bij het opruimen van de mail|, waarschijnlijk per abuis verwijderd}. {Wilt u hem opnieuw mailen?#invoice_request|Graag nog een exemplaar.#invoice_request}',
    '{De factuur is|Uw factuur is} {wel binnengekomen|bij mij aangekomen} maar {nooit bij de administratie beland|ik heb hem niet doorgestuurd naar de boekhouder}{, sorry|}.{ Kan ik nog een kopie krijgen?#invoice_request|}',
    '{Door|Na} {de overstap naar een nieuw boekhoudpakket|onze systeemmigratie} is {uw factuur|de factuur} {nooit ingeboekt|niet verwerkt}{, excuses|}.',
    '{die heb ik|heb ik} {compleet|echt} gemist{ sorry|}, {morgen betaald|regel ik morgen}#promise_to_pay',
    '{Sorry|Excuses|Oeps}, {die zijn we vergeten|vergeten te betalen|is erbij ingeschoten}. {Kunt u|Kun je} {een betaallink|de betaallink|een Tikkie} {sturen|nog eens sturen}{? Dan betalen we meteen|?}',
    '{vergeten|helemaal vergeten}{ sorry|}{,|!} {stuur maar een betaallink|mag ik een betaallink|graag de link om te betalen}',
  ],
  promise_to_pay: [
    '{De factuur is in orde|Met de factuur is niks mis}; {wij betalen|onze betaaltermijn is} {45|60} dagen na {einde maand|factuurdatum}, {dus u ontvangt het op <DATE>|dus hij gaat op <DATE> mee}.',
    '{maak ik de 1e over|betaal ik begin volgende maand|gaat de 1e eruit}',
    '{Ik betaal|We betalen} {vandaag nog|morgen}{, stuur| en graag} {een betaallink|de betaallink}{ aub|}',
  ],
  invoice_request: [],
  wrong_contact: [
    'U {heeft|hebt} het verkeerde bedrijf: wij zijn {<COMP>|Bakkerij Jansen} {Zwolle|Delft}, niet {<COMP>|Bakkerij Jansen} {Deventer|Leiden}{. Bij u hebben we nooit iets afgenomen|}.',
    '{<NAME>|Mevrouw de Boer} is {al sinds <DATE>|sinds de zomer} {uit dienst|vertrokken}{ en niemand heeft haar taken overgenomen|; wie dit nu doet weet ik niet}.',
  ],
  other: [
    '{Los van de factuur|Iets anders}: {bieden jullie ook|doen jullie ook} {onderhoud aan zonnepanelen|een servicecontract voor de cv-ketel}{? Wat kost dat per jaar?|?}',
    'Hoe {kan ik|dien ik} een klacht {indienen|neerleggen} over {een medewerker|uw buitendienst}? {Het gaat niet over de factuur.|Los van de factuur.}',
  ],
};

export const BATCH5_EN: PhraseBook = {
  auto_reply: [],
  dispute: [
    '{Another invoice|Why an invoice} for {a subscription|a contract} {we ended|that was cancelled} {in <DATE>|months ago}{? Please cancel it.|, we will not pay this.}',
    '{We downsized|We moved to a smaller plan} {on <DATE>|in the summer}{, yet|, but} {you still bill the old number of users|the invoice still shows the old seat count}{; we will pay the correct part|. Please credit the difference.}',
    '{total|amount} {doesnt match|is higher than} {what we agreed|the quote}{ + no PO number on it either#missing_po|}',
  ],
  missing_po: [
    '{Our purchasing terms|Our supplier terms} {state|require} that {every|each} invoice {references our order confirmation|carries the works order number|quotes our contract reference}; {this one does not|that is missing here}.',
    "{emailed pdfs|invoices sent by email} {don't get processed|are ignored} {here|by our AP}{ - use the Coupa supplier portal| - please load it on Tradeshift}",
    '{Finance|Our AP team} {sent it back|rejected it} {because|as} {the works order number|our job reference} {is missing|is not on it}; {that is mandatory for contractors|every contractor invoice needs it}.{ Please add it and reissue.#invoice_request|}',
  ],
  already_paid: [
    '{ugh|oops|argh} {slipped my mind|clean forgot}{,| -} {paid it now|sent it just now|just sent the money}',
    '{To be honest|Truth be told} it {slipped my mind|completely escaped me}{, but|;} {I have just paid it|the full amount went over this morning}.#forgotten',
    '{Our payment|The money} {was booked|went} {to a different invoice|against invoice <INV> instead}{; you have been paid|, so you already have it}, {please reallocate it|it just needs matching}.{ Can we get an updated statement?#invoice_request|}',
  ],
  liquidity: [
    "{No complaints about the job|Happy with the work}{, that's not it|}. {Cash is just very tight|We simply don't have the cash} {after a slow quarter|since a big customer went under}{; could we pay in two parts?|.}",
    '{We have gone into administration|The company has been declared bankrupt|We are insolvent}{; the administrator will contact you|, please direct claims to the receiver}.',
    "{We are waiting for|We're still owed} {a tax rebate|a VAT refund}{ and until it lands|, until then} {there's no cash to pay you|we can't pay}.",
    '{Ongoing restructuring|A reorganisation} means {all supplier payments are delayed|we are paying everyone late} {for now|this quarter}.',
  ],
  forgotten: [
    '{Your invoice|The bill} {went missing|got lost} {in our inbox clean-up|when we changed mail systems}{; please email it again#invoice_request|, could I have another copy?#invoice_request}',
    '{It came in|I received it} but {never got forwarded to|sat unprocessed instead of going to} {our bookkeeper|the accounts team}{ - my bad|}.{ Send a fresh copy?#invoice_request|}',
    '{missed that one|missed your email} {completely|entirely}{, paying it tomorrow#promise_to_pay|, on it first thing tomorrow#promise_to_pay}',
    '{It|Your invoice} {dropped off my radar|fell off my radar}{, sorry|}.',
    '{Sorry|Apologies|Oops}, we {forgot|completely forgot about} {this one|invoice <INV>|the invoice}. {Please send|Could you send|Can you resend} {a payment link|the payment link|a link to pay}{ and we will pay straight away| so we can pay today|}.',
    '{forgot|totally forgot}{ sorry| my bad}{,|!} {send me a link to pay|got a payment link?|link to pay pls}',
  ],
  promise_to_pay: [
    '{The invoice is fine|All good with the invoice}; {our payment terms are|we pay on} {net 60|45 days end of month}, {so expect payment|so it goes out} {on <DATE>|at the end of next month}.',
    '{will transfer|paying} {on the 1st|at the start of next month}',
    '{I will|We will} pay {today|tomorrow|this afternoon}{, please send| if you send} {a payment link|the link to pay}{.|}',
  ],
  invoice_request: [],
  wrong_contact: [
    '{Wrong company|Mix-up}: this is {<COMP>|Parkway Dental} {Leeds|Reading}, not {<COMP>|Parkway Dental} {York|Slough}{; we have never bought from you|}.',
    "{<NAME>|our old office manager} {left the company|moved on} {in <DATE>|a while ago}{ and nobody took over her post|; I don't know who deals with this now}",
  ],
  other: [
    '{Unrelated to the invoice|Separate question}: {do you also offer|can you quote for} {servicing of our air handling units|a support contract for next year}{?|, and what would three years cost?}',
    '{How do I|Where can I} {file|make} a complaint about {one of your staff|your engineer}? {Not about the invoice.|This is not about the invoice.}',
  ],
};

export const BATCH5_FR: PhraseBook = {
  auto_reply: [],
  dispute: [
    "{encore une facture|une facture} pour {un abonnement|un contrat} {resilie|termine} {depuis <DATE>|il y a des mois}{ ?? merci d'annuler|, je ne paierai pas}",
  ],
  missing_po: [
    "{Nos conditions d'achat|Notre politique achats} {exigent|imposent} que {chaque|toute} facture {reprenne|cite} {la reference de la confirmation de commande|notre numero d'ordre}{ ; ce n'est pas le cas ici|, elle manque ici}.",
    "{Depuis notre fusion|Depuis le changement de nom}, {la comptabilite|notre service fournisseurs} {rejette|refuse} les factures {a l'ancien nom|avec l'ancienne denomination}{ ; merci de la refaire#invoice_request|}.",
  ],
  already_paid: [
    "{oups|mince|zut} {oublie|j'avais completement oublie}{,|...} {c'est paye maintenant|virement fait a l'instant|je viens de regler}",
    "{Desole|Pardon}, {la facture m'avait echappe|j'avais oublie la facture}. {Je viens de faire le virement|Le virement vient de partir}.#forgotten",
  ],
  liquidity: [
    "{La facture|Votre facture} {n'est pas en cause|est juste}. {Depuis|Apres} {la perte d'un gros client|un trimestre difficile}, {notre tresorerie est tendue|nous manquons de liquidites}{ ; un echeancier serait possible ?|.}",
    '{La societe|Notre entreprise} est en {liquidation|redressement judiciaire}{ ; le mandataire vous contactera|, adressez-vous au liquidateur}.',
  ],
  forgotten: [
    '{Une erreur de classement chez nous|Erreur de notre part} : {votre facture|la facture} {a ete archivee|a ete marquee comme reglee} {avant paiement|sans etre payee}.{ Pouvez-vous nous en envoyer un duplicata ?#invoice_request|}',
    "{votre courrier|la facture} {a ete envoye|est partie} a {notre ancienne adresse|l'ancien siege} et {on ne l'a recu que maintenant|elle vient seulement d'arriver}{, je paie demain#promise_to_pay|}",
    '{Desole|Toutes nos excuses}, {nous avons oublie|on a oublie} {cette facture|la facture <INV>}. {Pouvez-vous|Pourriez-vous} {envoyer|renvoyer} {un lien de paiement|le lien de paiement}{ ? Nous payons tout de suite| ?}',
  ],
  promise_to_pay: ['{je vire|virement} {le 1er|debut du mois prochain}{ sans faute|}'],
  invoice_request: [],
  wrong_contact: [
    "{erreur de societe|confusion} : ici c'est {<COMP>|Garage Martin} {Lyon|Nantes}, pas {<COMP>|Garage Martin} {Lille|Rennes}{, nous n'avons jamais rien commande chez vous|}",
  ],
  other: [
    "{Sans rapport avec la facture|Autre sujet} : {proposez-vous aussi|faites-vous aussi} {l'entretien des panneaux solaires|un contrat de maintenance annuel}{ ? a quel prix ?| ?}",
  ],
};

export const BATCH5_DE: PhraseBook = {
  auto_reply: [],
  dispute: [
    'Sie {berechnen|stellen} {einen Vertrag|ein Abo} {in Rechnung|}, den ich {im <DATE>|schon lange} {gekündigt|beendet} habe{. Bitte stornieren.|, das ist falsch.}',
  ],
  missing_po: [
    '{Gemäß|Laut} {unseren Einkaufsbedingungen|unseren Lieferantenbedingungen} muss {jede Rechnung|jede Lieferantenrechnung} {die Nummer unserer Auftragsbestätigung|unsere Auftragsnummer} {enthalten|tragen}{; das fehlt hier|}.',
    '{Rechnungen per E-Mail|PDF-Rechnungen per Mail} {können wir nicht bearbeiten|nehmen wir nicht an}{; bitte über unser Lieferantenportal einreichen|, bitte über Coupa hochladen}.',
  ],
  already_paid: [
    '{oh mann|sorry} {ganz vergessen|voll vergessen}{,|.} {gerade bezahlt|eben überwiesen|ist jetzt bezahlt}',
    '{Das Geld|Die Zahlung} {ging|ist} {am Montag|vorgestern} {raus|an Sie raus}{, müsste bald ankommen|.}',
  ],
  liquidity: [
    '{An der Rechnung|Inhaltlich} ist {nichts auszusetzen|alles korrekt}. {Nach dem Ausfall|Seit dem Verlust} {eines Großkunden|unseres wichtigsten Kunden} {fehlt uns aber das Geld|sind wir knapp bei Kasse}{; wäre Ratenzahlung möglich?|.}',
    '{Unsere Firma|Das Unternehmen} ist {insolvent|im Insolvenzverfahren}{; der Insolvenzverwalter meldet sich bei Ihnen|, bitte wenden Sie sich an den Insolvenzverwalter}.',
  ],
  forgotten: [
    '{Bei der Umstellung|Beim Wechsel} auf {ein neues Buchhaltungsprogramm|DATEV} {ist|wurde} Ihre Rechnung {untergegangen|nicht übernommen}{. Bitte senden Sie sie erneut.#invoice_request|}',
    '{Entschuldigung|Sorry}, {das haben wir vergessen|die Rechnung ist bei uns untergegangen}. {Können Sie|Könnten Sie} {einen Zahlungslink|den Zahlungslink} {schicken|nochmal senden}{? Dann zahlen wir sofort|?}',
  ],
  promise_to_pay: ['{geht|kommt} {am 1.|Anfang nächsten Monats} {raus|rüber}{, versprochen|}'],
  invoice_request: [],
  wrong_contact: [
    '{falsche Firma|Verwechslung}: {hier ist|wir sind} {<COMP>|Schulz Bau} {Essen|Köln}, nicht {<COMP>|Schulz Bau} {Bochum|Bonn}{. Bei Ihnen haben wir nie bestellt|}',
    '{<NAME>|Frau Berger} {hat uns verlassen|ist ausgeschieden}{, wer ihre Aufgaben hat weiß ich nicht|; einen Nachfolger gibt es noch nicht}',
  ],
  other: [],
};
