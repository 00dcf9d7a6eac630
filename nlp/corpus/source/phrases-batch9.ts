import type { PhraseBook } from './phrase-book.ts';

/**
 * Ninth batch (corpus 1.7.0, issue 16, seventh round), written after the errors of independent-v9
 * under model 1.8.0 had been read by class, with the same classes checked on v1 to v8 (never
 * copying their rows: every family is written from the definition in nlp/eval/LABELS.md, in other
 * situations, trades and words). The classes:
 * - forgotten with a request to resend: the invoice never reached the debtor or was thrown out
 *   ("lost in the mail/pile" is forgotten by definition; the request is secondary), and a slip
 *   because the invoices went to a closed branch or an absent colleague (wrong_contact secondary);
 * - invoice_request without a slip: the reminder shows only a number and a total, an invoice in
 *   the company's name or with VAT shown for an expense claim, labour and materials billed apart,
 *   the invoice with a new address;
 * - liquidity with a date that hangs on money coming in (a year-end bonus, a tax refund, a grant):
 *   liquidity first, the date makes promise_to_pay secondary; an operation, a lost job, a
 *   separation, a budget coach or debt help, with a request for small amounts or time;
 * - dispute next to other reasons: money short and the work wrong (dispute, liquidity secondary),
 *   the sound part paid and the rest held back (already_paid secondary), proof asked for the
 *   disputed visits or quantities (invoice_request secondary), a slip followed by a fault found on
 *   reading the invoice (forgotten secondary); bare complaints without a dispute word;
 * - already_paid: paid twice (a direct debit and a manual transfer) with a refund asked, the parts
 *   of a repayment plan paid, a transfer prepared but never sent and now approved;
 * - missing_po: invoice details the tax rules require (sequential number, supply date, business
 *   address or registration number), an order whose quantity or cap the invoice exceeds, a cost
 *   centre or project code missing;
 * - wrong_contact: a deceased debtor's family pointing to the executor or notary, a father or
 *   junior with the same name, a payroll bureau or accountant with no say over payments, customer
 *   service or scheduling pointing to finance, a retired person or an ended contract;
 * - auto_reply: a system notice that the address is no longer processed after a change of system
 *   and names the new one (wrong_contact secondary), an automatic queue confirmation;
 * - promise_to_pay: management, trustees or a treasurer who sign large amounts at a set meeting,
 *   then the payment; a bare chat turn with a transfer set in the bank;
 * - other: doubts whether the mail is genuine (a changed IBAN), questions about how the term is
 *   counted, volume discounts or a cheaper plan, a price for unrelated new work.
 * Honesty note: a first draft, trained once, echoed the wording of v9 rows read during the analysis
 * (the same nouns, openers and sentence shapes); every family was rewritten with other situations
 * and words (garden centres, cable runs, parental leave, payroll bureaus, year-end bonuses,
 * executors, trustees) before the model was trained again, and only the rewrite is shipped.
 * Own random stream and family split (ids contain `-b9-`), generated after batch 8, so every
 * earlier row and split is unchanged. Same notation as phrases-nl.ts.
 */
export const BATCH9_NL: PhraseBook = {
  auto_reply: [
    '{Automatisch bericht|Dit is een automatisch gegenereerde melding}: {sinds de overstap naar ons nieuwe boekhoudsysteem komt post op dit adres nergens meer aan|dit adres is na de reorganisatie voor leveranciers opgeheven}. {Inkoopfacturen: <EMAIL>.|Leveranciers gebruiken voortaan <EMAIL>.}#wrong_contact',
    '{Dit is een automatische bevestiging|Automatisch antwoord}. {Uw bericht staat in onze wachtrij|Uw vraag is aan de wachtrij toegevoegd}{; de gemiddelde reactietijd is drie werkdagen|, een medewerker pakt hem op zodra het aan de beurt is|}.',
  ],
  dispute: [
    '{Ons budget is deze maand op|We hebben het geld nu ook niet liggen}, {en bovendien|en daarbij komt:} {de lamellen zijn verkeerd gemonteerd|jullie rekenen een spoedtoeslag die nooit is afgesproken|drie van de tien panelen zijn gebarsten geleverd}. {Voor dat deel betalen we hoe dan ook niet.|Zolang dat niet rechtgezet is, blijft de factuur liggen.}#liquidity',
    '{Voor de planten die gezond aankwamen|Voor de eerste fase} {hebben we <SMALLAMT> overgemaakt|is het geld sinds <DATE> onderweg}. {De verdorde hagen|Het meerwerk dat nooit is uitgevoerd} {betalen we niet|laten we openstaan tot er een oplossing is}.#already_paid',
    '{Volgens de factuur stonden er drie monteurs op het werk|Jullie rekenen 200 meter kabel|Er staan vijf bezoeken op de nota}, {wij hebben er twee gezien|onze uitvoerder komt op hooguit 120 meter|wij tellen er drie}. {Laat zien waar dat op gebaseerd is: graag de registratie van de bezoeken.|Stuur de uitdraai uit jullie planning.} {Pas dan praten we over betalen.|Eerder komt er geen geld.}#invoice_request',
    '{Die was ik helemaal vergeten, mijn fout|Lag nog in mijn postvak, excuus}. {Maar nu ik erin duik:|Alleen, nu ik erin kijk,} {de offerte was <SMALLAMT> lager|de btw is twee keer berekend|de steiger zat bij de prijs inbegrepen}. {Zo betaal ik hem niet.|Dat moet eerst kloppen.}#forgotten',
    '{betalen? de lamp die jullie stuurden flikkert vanaf dag 1|factuur voor een cursus die werd afgelast|rekening voor een abonnement dat ik in september heb opgezegd}{, regel dat eerst|, nee dus|}',
  ],
  missing_po: [
    '{Onze crediteurenadministratie keurt hem af|De factuur komt niet door onze controle}: {het factuurnummer is niet doorlopend|de leverdatum ontbreekt|uw bedrijfsadres staat er niet op}{, en dat is fiscaal verplicht|; zonder dat mogen we de btw niet aftrekken}. {Stuur een gecorrigeerde factuur.|Graag een nieuwe versie met die gegevens.}',
    '{De bestelbon was voor tien stuks en u factureert er veertien|Op de order zat een maximumbedrag en dat wordt overschreden}. {Ons systeem houdt de factuur tegen tot de inkoper de order ophoogt|Vraag onze inkoper eerst om een aanvullende order}{ en zet dat nummer op een nieuwe factuur|}.',
    '{geen kostenplaats op de factuur|projectcode ontbreekt|ons klantnummer staat er niet op}{, dan boekt de adm hem niet|, zo komt ie niet door}{. kun je m aanpassen|}',
  ],
  already_paid: [
    '{per abuis twee keer overgemaakt|de incasso liep én ik heb zelf ook betaald|oeps, twee keer betaald}{, storten jullie het terug?|, graag het dubbele bedrag retour|}',
    '{Ik betaal volgens de regeling die we in de zomer maakten|De afbetaling loopt gewoon}: {elke eerste van de maand gaat er <SMALLAMT> af|drie van de zes delen zijn inmiddels voldaan}. {Deze aanmaning over het totaal klopt dus niet; wilt u dat nakijken?|Graag uw administratie aanpassen.}',
    '{Ik had de overboeking klaargezet maar nooit op verzenden gedrukt|De betaling wachtte nog op de tweede handtekening in de bankapp}. {Zojuist goedgekeurd, hij is weg.|Vanochtend alsnog afgerond.}#forgotten',
  ],
  liquidity: [
    '{De betaling volgt|U krijgt uw geld} {na de uitbetaling van mijn eindejaarsuitkering|als de belastingteruggave binnen is|zodra de gemeente ons de subsidie heeft overgemaakt}{, verwacht rond <DATE>|, dat zou half december moeten zijn|}. {Tot die tijd is er geen ruimte.|Eerder gaat niet.|}#promise_to_pay',
    '{Na mijn operatie werk ik halve dagen|Mijn partner is zijn baan kwijt|We leven sinds de scheiding van één inkomen}{ en het geld is op|, we komen elke maand tekort}. {Een budgetcoach helpt ons nu.|We staan op de wachtlijst bij de schuldhulp.|} {Kunnen we iets regelen met kleine bedragen?|Mag ik wat langer de tijd?}',
  ],
  forgotten: [
    '{Die factuur heeft ons nooit bereikt|Een factuur van oktober hebben we hier nooit gezien}{; de post van ons oude kantoor wordt niet doorgestuurd|, misschien verdwenen toen de buren de brievenbus leeghaalden|; waarschijnlijk is de envelop onderweg kwijtgeraakt}. {Mail me een kopie, dan neem ik hem mee.|Stuurt u hem digitaal?|Kan ik hem als pdf krijgen?}#invoice_request',
    '{zat tussen de folders en is bij het grofvuil beland|mijn zoon heeft de post weggegooid|hond heeft m opgegeten haha}{, stuur je een nieuwe?|, kan ik een pdf krijgen|}#invoice_request',
    '{Alles van u kwam binnen bij ons filiaal in Assen, dat sinds de zomer dicht is|Alles ging naar de projectleider die met ouderschapsverlof is}{, dus niemand heeft ernaar gekeken|; daar is het ondergesneeuwd}. {Dat had niet mogen gebeuren.|Slordig van ons.} {Onze administratie heeft hem nu|Ik heb hem zelf ingeboekt}; {gebruik vanaf nu <EMAIL>|zet u <EMAIL> als factuuradres in uw systeem?}#wrong_contact',
  ],
  promise_to_pay: [
    '{De directie tekent uitgaven boven de €5.000 alleen in hun maandoverleg|Onze raad van toezicht moet dit soort bedragen eerst zien|Facturen van deze omvang gaan langs de penningmeester van het bestuur}. {Dat overleg is op <DATE>|De volgende bijeenkomst is over twee weken}{; de week erna gaat hij mee in de betaalrun|, daarna betalen we binnen vijf werkdagen|}.',
    "{staat ingepland in de bank voor de 20e|automatische overboeking gezet op <DATE>|gaat maandag van m'n rekening af}{, top|, tot dan|}",
  ],
  invoice_request: [
    '{Ik zie in uw mail alleen een factuurnummer en een totaal|De aanmaning verwijst naar een nota die ik niet kan openen}. {Wat is er precies geleverd? Stuur de nota met de regels erop.|Mag ik de volledige factuur, met de specificatie?}',
    '{Voor mijn werkgever heb ik een factuur op naam van de zaak nodig|Mijn declaratie wordt alleen vergoed met een factuur waar de btw apart op staat}. {Kunt u die opmaken?|Stuurt u er een?}',
    '{Kunnen de arbeidsuren en het materiaal op twee aparte facturen?|Graag de huur en de servicekosten los gefactureerd}{, dat wil onze accountant zo|}.',
    '{Per 1 november zitten we op een ander adres|Onze administratie is overgegaan naar het hoofdkantoor}{ en uw post kwam nog op de oude plek|}. {Zet de factuur op het juiste adres en mail hem naar <EMAIL>.|Graag met ons nieuwe adres erop.}',
  ],
  wrong_contact: [
    '{Mijn schoonvader is in het voorjaar gestorven|Deze klant leeft niet meer; ik ben zijn dochter}. {Zijn zaken worden afgehandeld door de executeur, mijn zwager|De erfenis loopt via het notariskantoor in Meppel}{: <EMAIL>|}. {Wendt u zich daartoe.|}',
    '{u zoekt waarschijnlijk mijn vader, die heet precies hetzelfde|ik ben de junior, de rekening is van senior|verkeerde Jan de Vries, ik woon in Zwolle}{, hij woont in Emmen|, ik heb nooit iets besteld|}',
    '{Wij zijn het loonbureau van deze ondernemer|Als administratiekantoor maken wij alleen de jaarrekening}{; over betalingen beslissen wij niet|, de bankzaken doet hij zelf}. {Uw herinnering hoort bij de eigenaar thuis.|Mail de eigenaar op zijn eigen adres.}',
    '{Dit is de klantenservice van de webshop|U schrijft naar de planning, niet naar de boekhouding}; {de financiële afdeling bereikt u via <EMAIL>|voor betalingen is <EMAIL> het juiste adres}.',
    '{Ik ben met pensioen en lees deze mailbox nog af en toe|Mijn contract liep in oktober af}. {Mijn opvolger is <NAME>: <EMAIL>.|Neem contact op met <EMAIL>.}',
  ],
  other: [
    '{Hoe weet ik dat dit geen nepmail is?|Het IBAN in deze mail wijkt af van de vorige keer.}{ Ik bel eerst even met uw kantoor.| Ik controleer het eerst via uw website.|}',
    '{Telt de termijn vanaf de factuurdatum of vanaf ontvangst?|Is de vervaldatum de dag van afschrijving of van bijschrijving?}',
    '{Hebben jullie staffelkorting bij grotere afnames?|Kan ik overstappen naar een goedkoper pakket?}',
    '{Los hiervan: kunnen jullie ook onze kantine schilderen?|Apart daarvan zoeken we iemand voor het snoeiwerk in het voorjaar.} {Stuur maar een prijs.|Wie kan er komen kijken?}',
  ],
};

export const BATCH9_EN: PhraseBook = {
  auto_reply: [
    '{Automatic notice|This is a system-generated message}: {since our move to a new finance system nothing sent to this address is picked up|this address was closed to suppliers after the reorganisation}. {Supplier invoices: <EMAIL>.|Suppliers should now use <EMAIL>.}#wrong_contact',
    '{This is an automatic confirmation|Automated reply}. {Your message is in our queue|Your query has been added to the queue}{; average response time is three working days|, an agent will pick it up when it is its turn|}.',
  ],
  dispute: [
    "{Our budget for the month is gone|We don't have the cash right now either}, {and on top of that|and besides,} {the blinds were fitted the wrong way round|you've charged a rush fee nobody agreed|three of the ten panels arrived cracked}. {We won't pay for that part regardless.|Until that's put right the invoice stays where it is.}#liquidity",
    "{For the plants that arrived healthy|For phase one} {we've sent <SMALLAMT>|the money has been on its way since <DATE>}. {The hedges that died|The extra work that was never done} {we're not paying for|stays open until there's a solution}.#already_paid",
    '{Your invoice has three engineers on site|You charge for 200 metres of cable|The bill lists five visits}, {we only ever saw two|our foreman reckons 120 at most|we count three}. {Show us what that is based on: the visit log, please.|Send the printout from your scheduling system.} {Only then will we talk about paying.|No money before that.}#invoice_request',
    "{I'd completely forgotten this one, my fault|It was still in my tray, sorry}. {But digging into it now,|Only, reading through it,} {the quote was <SMALLAMT> lower|VAT has been added twice|the scaffolding was included in the price}. {I won't pay it like this.|That needs to be right first.}#forgotten",
    '{pay? the lamp you sent has flickered since day one|a bill for a course that got cancelled|invoice for a subscription i cancelled in september}{, fix that first|, no way|}',
  ],
  missing_po: [
    "{Our payables team has rejected it|The invoice fails our checks}: {the invoice number isn't sequential|there's no supply date|your business address isn't on it}{, which the tax rules require|; without it we can't reclaim the VAT}. {Send a corrected invoice.|Please issue a new version with those details.}",
    "{The purchase order covered ten units and you've invoiced fourteen|The order had a cap and the invoice goes over it}. {Our system blocks it until the buyer raises the order|Ask our buyer for a supplementary order first}{ and put that number on a new invoice|}.",
    "{no cost centre on the invoice|project code missing|our account number isn't on it}{, accounts won't book it|, it won't get through like that}{. can you amend it|}",
  ],
  already_paid: [
    '{sent the money twice by accident|the direct debit ran and i paid by hand too|oops, paid it twice}{, can you refund the extra?|, please return the duplicate|}',
    "{I'm paying under the plan we agreed in the summer|The repayment is running as agreed}: {<SMALLAMT> leaves my account on the first of each month|three of the six parts are done}. {So this reminder for the total is wrong; could you check?|Please update your records.}",
    "{I'd set up the transfer but never pressed send|The payment was waiting for the second signature in the banking app}. {Approved it just now, it's gone.|Finished it this morning.}#forgotten",
  ],
  liquidity: [
    "{The payment will follow|You'll get your money} {after my year-end bonus is paid out|when the tax refund comes through|once the council has paid us the grant}{, expected around <DATE>|, which should be mid-December|}. {There's no room before then.|Sooner isn't possible.|}#promise_to_pay",
    "{Since my operation I'm on half days|My partner has lost his job|We've been on one income since the separation}{ and the money's gone|, we come up short every month}. {A budget coach is helping us now.|We're on the waiting list for debt help.|} {Can we arrange small amounts?|Could I have a bit more time?}",
  ],
  forgotten: [
    "{That invoice never reached us|We never saw an October invoice here}{; post to our old office isn't forwarded|, maybe it vanished when the neighbours emptied the letterbox|; the envelope probably went missing on the way}. {Email me a copy and I'll deal with it.|Could you send it digitally?|Can I have it as a PDF?}#invoice_request",
    '{it was mixed in with the flyers and got binned|my son threw the post out|the dog chewed it, honestly}{, send a new one?|, can i get a pdf|}#invoice_request',
    "{Everything from you went to our Leeds branch, closed since the summer|Everything went to the project lead who is on parental leave}{, so nobody looked at it|; it got buried there}. {That shouldn't have happened.|Sloppy of us.} {Our accounts team has it now|I've booked it myself}; {please use <EMAIL> from now on|could you set <EMAIL> as our billing address?}#wrong_contact",
  ],
  promise_to_pay: [
    "{Management only signs spend above €5,000 at their monthly meeting|Our trustees have to see amounts like this first|Invoices this size go past the board's treasurer}. {That meeting is on <DATE>|The next one is in two weeks}{; the week after, it goes into the payment run|, then we pay within five working days|}.",
    '{set up in the bank for the 20th|automatic transfer booked for <DATE>|leaves my account monday}{, cheers|, until then|}',
  ],
  invoice_request: [
    "{Your email only shows an invoice number and a total|The reminder refers to a bill I can't open}. {What exactly was supplied? Send the bill with the lines on it.|May I have the full invoice with the breakdown?}",
    "{My employer needs an invoice in the company's name for my expenses|My expense claim is only paid with an invoice showing the VAT separately}. {Could you draw one up?|Would you send one?}",
    '{Could labour and materials go on two separate invoices?|Please bill the rent and the service charge separately}{, our accountant wants it that way|}.',
    "{From 1 November we're at a different address|Our bookkeeping moved to head office}{ and your post still went to the old place|}. {Put the right address on the invoice and mail it to <EMAIL>.|Please issue it with our new address on it.}",
  ],
  wrong_contact: [
    "{My father-in-law died in the spring|This customer is no longer alive; I'm his daughter}. {His affairs are being handled by the executor, my brother-in-law|The estate goes through the probate office}{: <EMAIL>|}. {Please write to them.|}",
    "{you probably want my dad, same name exactly|i'm the junior, the bill is the senior's|wrong John Smith, i live in Leeds}{, he lives in York|, i never ordered anything|}",
    "{We're this business's payroll bureau|As the accountants we only prepare the annual accounts}{; payments aren't our decision|, he handles his own banking}. {Your reminder belongs with the owner.|Email the owner at his own address.}",
    "{This is the webshop's customer service|You've written to scheduling, not to accounts}; {finance can be reached at <EMAIL>|the right address for payments is <EMAIL>}.",
    "{I've retired and only check this inbox now and then|My contract ended in October}. {My successor is <NAME>: <EMAIL>.|Please contact <EMAIL>.}",
  ],
  other: [
    "{How do I know this isn't a fake email?|The IBAN in this email differs from last time.}{ I'll ring your office first.| I'll check via your website first.|}",
    '{Does the term run from the invoice date or from receipt?|Is the due date the day it leaves my account or the day it arrives?}',
    '{Do you offer volume discounts on bigger orders?|Can I switch to a cheaper plan?}',
    '{Separately: could you also paint our canteen?|Unrelated, we need someone for the spring pruning.} {Send us a price.|Who could come and have a look?}',
  ],
};

export const BATCH9_FR: PhraseBook = {
  auto_reply: [
    "{Message automatique|Ceci est un message généré par le système} : {depuis le passage à notre nouveau logiciel comptable, rien n'est traité à cette adresse|cette adresse est fermée aux fournisseurs depuis la réorganisation}. {Factures fournisseurs : <EMAIL>.|Les fournisseurs utilisent désormais <EMAIL>.}#wrong_contact",
    "{Ceci est une confirmation automatique|Réponse automatique}. {Votre message est dans notre file d'attente|Votre demande a été ajoutée à la file}{ ; délai moyen de réponse : trois jours ouvrés|, un conseiller la prendra à son tour|}.",
  ],
  dispute: [
    "{Notre budget du mois est épuisé|Nous n'avons pas la trésorerie non plus}, {et en plus|et de surcroît} {les stores sont montés à l'envers|vous facturez un supplément urgence jamais convenu|trois panneaux sur dix sont arrivés fêlés}. {Cette partie, nous ne la paierons pas.|Tant que ce n'est pas réglé, la facture attend.}#liquidity",
    "{Pour les plantes arrivées en bon état|Pour la première phase} {nous avons versé <SMALLAMT>|le paiement est parti le <DATE>}. {Les haies mortes|Les travaux supplémentaires jamais faits} {nous ne les payons pas|restent en suspens jusqu'à une solution}.#already_paid",
    "{Selon votre facture, trois techniciens étaient sur place|Vous facturez 200 mètres de câble}, {nous n'en avons vu que deux|notre chef de chantier en compte 120 au plus}. {Montrez-nous le relevé des interventions.|Envoyez l'extrait de votre planning.} {Ensuite seulement nous parlerons du paiement.|Pas d'argent avant.}#invoice_request",
    "{Je l'avais complètement oubliée, ma faute|Elle traînait dans ma bannette, pardon}. {Mais en y regardant de près,|Seulement, en la parcourant,} {le devis était inférieur de <SMALLAMT>|la TVA est comptée deux fois|l'échafaudage était compris dans le prix}. {Je ne la paierai pas ainsi.|Il faut d'abord corriger.}#forgotten",
  ],
  missing_po: [
    "{Notre service fournisseurs l'a rejetée|La facture ne passe pas nos contrôles} : {la numérotation n'est pas continue|la date de livraison manque|votre SIRET n'y figure pas}{, c'est obligatoire| ; sans cela nous ne pouvons pas déduire la TVA}. {Envoyez une facture rectifiée.|Merci d'une nouvelle version avec ces éléments.}",
    "{Le bon de commande portait sur dix unités, vous en facturez quatorze|Le plafond de la commande est dépassé}. {Notre système bloque la facture tant que l'acheteur n'a pas augmenté la commande|Demandez d'abord une commande complémentaire à notre acheteur}{ et indiquez ce numéro sur une nouvelle facture|}.",
  ],
  already_paid: [
    "{payé deux fois par erreur|le prélèvement est passé et j'ai aussi viré}{, merci de me rembourser|, comment récupérer le doublon ?}",
    "{Je paie selon l'échéancier convenu cet été|Le remboursement suit son cours} : {<SMALLAMT> partent le 1er de chaque mois|trois des six échéances sont réglées}. {Cette relance pour le total est donc erronée ; pouvez-vous vérifier ?|Merci de mettre à jour votre suivi.}",
  ],
  liquidity: [
    "{Le paiement suivra|Vous serez payé} {après le versement de ma prime de fin d'année|quand le remboursement d'impôts arrivera|dès que la mairie nous aura versé la subvention}{, vers le <DATE>|}. {Avant, je n'ai aucune marge.|Pas plus tôt.|}#promise_to_pay",
    "{Depuis mon opération je suis à mi-temps|Mon conjoint a perdu son emploi}{ et l'argent manque|}. {Une conseillère budgétaire nous accompagne.|} {Peut-on convenir de petits montants ?|Puis-je avoir un peu plus de temps ?}",
  ],
  forgotten: [
    "{Cette facture ne nous a jamais atteints|Nous n'avons jamais vu de facture d'octobre}{ ; le courrier de notre ancien bureau n'est pas réexpédié| ; l'enveloppe a sans doute disparu en route}. {Envoyez-m'en une copie par mail et je m'en occupe.|Puis-je l'avoir en PDF ?}#invoice_request",
    '{elle était dans les prospectus et a fini à la poubelle|mon fils a jeté le courrier}{, vous en renvoyez une ?|, je peux avoir un pdf|}#invoice_request',
  ],
  promise_to_pay: [
    "{La direction ne signe les dépenses de plus de 5 000 € qu'en réunion mensuelle|Notre bureau doit d'abord voir ce type de montant}. {La réunion est le <DATE>|La prochaine est dans quinze jours}{ ; la semaine suivante elle part avec les paiements|, puis nous payons sous cinq jours ouvrés|}.",
    '{programmé dans la banque pour le 20|virement automatique réglé au <DATE>|part lundi de mon compte}{, merci|}',
  ],
  invoice_request: [
    "{Votre mail ne montre qu'un numéro et un total|La relance renvoie à une facture que je n'arrive pas à ouvrir}. {Quelles prestations exactement ? Envoyez la facture détaillée.|Puis-je avoir la facture complète avec le détail ?}",
    "{Mon employeur ne rembourse que sur facture au nom de la société|Pour ma note de frais il me faut une facture avec la TVA à part}. {Pouvez-vous l'établir ?|}",
    "{Depuis le 1er novembre nous sommes à une autre adresse|Notre comptabilité est passée au siège}. {Merci de refaire la facture à la bonne adresse et de l'envoyer à <EMAIL>.|Merci de l'établir avec notre nouvelle adresse.}",
  ],
  wrong_contact: [
    "{Mon beau-père est mort au printemps|Ce client n'est plus en vie ; je suis sa fille}. {La succession est suivie par l'exécuteur testamentaire|Tout passe par le notaire chargé de la succession}{ : <EMAIL>|}.",
    "{vous cherchez sans doute mon père, même prénom même nom|mauvais Pierre Martin, j'habite à Lille}{, je n'ai rien commandé|}",
    '{Nous sommes seulement le cabinet de paie de cette entreprise|Comme expert-comptable nous faisons le bilan annuel}{ ; les paiements ne dépendent pas de nous|}. {Votre relance concerne le gérant.|}',
    "{Je suis à la retraite et ne consulte cette boîte que rarement|Mon contrat s'est terminé en octobre}. {Mon successeur : <EMAIL>.|Contactez <EMAIL>.}",
  ],
  other: [
    "{Comment savoir que ce n'est pas un faux mail ?|L'IBAN diffère de la dernière fois.}{ J'appelle d'abord votre agence.|}",
    '{Le délai court-il à partir de la date de facture ou de la réception ?|La date d’échéance, c’est le jour du débit ou celui du crédit ?}',
    '{Faites-vous une remise sur quantité ?|Puis-je passer à une formule moins chère ?}',
    '{Par ailleurs, pourriez-vous repeindre notre cantine ?|Autre chose : nous cherchons quelqu’un pour la taille au printemps.} {Envoyez-nous un prix.|Qui peut passer voir ?}',
  ],
};

export const BATCH9_DE: PhraseBook = {
  auto_reply: [
    '{Automatische Mitteilung|Dies ist eine systemgenerierte Nachricht}: {Seit der Umstellung auf unser neues Buchhaltungssystem wird hier nichts mehr bearbeitet|diese Adresse ist seit der Umstrukturierung für Lieferanten stillgelegt}. {Eingangsrechnungen: <EMAIL>.|Lieferanten nutzen bitte <EMAIL>.}#wrong_contact',
    '{Dies ist eine automatische Bestätigung|Automatische Antwort}. {Ihre Nachricht steht in unserer Warteschlange|Ihre Anfrage wurde eingereiht}{; durchschnittliche Antwortzeit drei Werktage|, ein Mitarbeiter bearbeitet sie, sobald sie an der Reihe ist|}.',
  ],
  dispute: [
    '{Unser Budget für den Monat ist aufgebraucht|Flüssig sind wir gerade auch nicht}, {und außerdem|und obendrein} {sind die Jalousien falsch montiert|berechnen Sie einen Eilzuschlag, der nie vereinbart war|kamen drei von zehn Platten gesprungen an}. {Dafür zahlen wir ohnehin nicht.|Solange das nicht in Ordnung ist, bleibt die Rechnung liegen.}#liquidity',
    '{Für die gesunden Pflanzen|Für den ersten Bauabschnitt} {haben wir <SMALLAMT> gezahlt|ist das Geld seit dem <DATE> unterwegs}. {Die eingegangenen Hecken|Die nie ausgeführten Zusatzarbeiten} {zahlen wir nicht|bleiben offen, bis es eine Lösung gibt}.#already_paid',
    '{Laut Rechnung waren drei Monteure vor Ort|Sie berechnen 200 Meter Kabel}, {wir haben nur zwei gesehen|unser Polier kommt auf höchstens 120}. {Zeigen Sie uns bitte die Einsatzprotokolle.|Schicken Sie den Auszug aus Ihrer Einsatzplanung.} {Erst dann reden wir über die Zahlung.|Vorher gibt es kein Geld.}#invoice_request',
    '{Die hatte ich völlig vergessen, mein Fehler|Lag noch in meinem Fach, sorry}. {Aber jetzt, wo ich reinschaue:|Nur: beim Durchgehen sehe ich,} {das Angebot lag <SMALLAMT> niedriger|die Mehrwertsteuer ist doppelt berechnet|das Gerüst war im Preis enthalten}. {So zahle ich sie nicht.|Das muss erst stimmen.}#forgotten',
  ],
  missing_po: [
    '{Unsere Kreditorenbuchhaltung hat sie abgelehnt|Die Rechnung besteht unsere Prüfung nicht}: {die Rechnungsnummer ist nicht fortlaufend|das Lieferdatum fehlt|Ihre Steuernummer steht nicht drauf}{, das ist steuerlich Pflicht|; so können wir keinen Vorsteuerabzug machen}. {Schicken Sie eine korrigierte Rechnung.|Bitte eine neue Fassung mit diesen Angaben.}',
    '{Die Bestellung lautete auf zehn Stück, berechnet sind vierzehn|Der Bestellwert ist überschritten}. {Das System sperrt die Rechnung, bis der Einkauf die Bestellung erhöht|Fordern Sie beim Einkauf erst eine Nachbestellung an}{ und setzen Sie die Nummer auf eine neue Rechnung|}.',
  ],
  already_paid: [
    '{versehentlich doppelt überwiesen|die Lastschrift lief und ich habe auch selbst gezahlt}{, bitte zurücküberweisen|, wie bekomme ich das zurück?}',
    '{Ich zahle nach dem Plan, den wir im Sommer vereinbart haben|Die Abzahlung läuft wie besprochen}: {am Ersten jedes Monats gehen <SMALLAMT> raus|drei von sechs Teilen sind erledigt}. {Diese Mahnung über den Gesamtbetrag stimmt also nicht; bitte prüfen Sie das.|Bitte passen Sie Ihre Buchhaltung an.}',
  ],
  liquidity: [
    '{Die Zahlung folgt|Sie bekommen Ihr Geld} {nach Auszahlung des Weihnachtsgeldes|wenn die Steuererstattung da ist|sobald die Stadt uns den Zuschuss überwiesen hat}{, voraussichtlich um den <DATE>|}. {Vorher ist kein Spielraum.|Früher geht es nicht.|}#promise_to_pay',
    '{Seit meiner Operation arbeite ich nur halbtags|Mein Partner hat seine Stelle verloren}{ und das Geld reicht nicht|}. {Wir sind jetzt bei einer Budgetberatung.|} {Können wir kleine Raten vereinbaren?|Kann ich etwas mehr Zeit bekommen?}',
  ],
  forgotten: [
    '{Diese Rechnung hat uns nie erreicht|Eine Oktoberrechnung haben wir hier nie gesehen}{; Post an unser altes Büro wird nicht nachgesandt|; der Umschlag ist wohl unterwegs verschwunden}. {Mailen Sie mir eine Kopie, dann kümmere ich mich.|Kann ich sie als PDF bekommen?}#invoice_request',
    '{lag zwischen der Werbung und ist im Müll gelandet|mein Sohn hat die Post weggeworfen}{, schicken Sie eine neue?|, kann ich ein PDF haben|}#invoice_request',
  ],
  promise_to_pay: [
    '{Die Geschäftsleitung zeichnet Ausgaben über 5.000 € nur in ihrer Monatsrunde ab|Unser Vorstand muss solche Beträge vorher sehen}. {Die Sitzung ist am <DATE>|Die nächste ist in zwei Wochen}{; in der Woche danach geht sie in den Zahllauf|, danach zahlen wir binnen fünf Werktagen|}.',
    '{in der Bank für den 20. eingeplant|Überweisung zum <DATE> angelegt|geht Montag vom Konto}{, danke|}',
  ],
  invoice_request: [
    '{In Ihrer Mail steht nur eine Nummer und ein Betrag|Die Mahnung verweist auf eine Rechnung, die ich nicht öffnen kann}. {Was wurde genau geliefert? Bitte die Rechnung mit den Positionen.|Kann ich die vollständige Rechnung mit Aufstellung bekommen?}',
    '{Mein Arbeitgeber erstattet nur gegen eine Rechnung auf die Firma|Für die Spesen brauche ich eine Rechnung mit ausgewiesener MwSt.}. {Können Sie die ausstellen?|}',
    '{Seit dem 1. November sitzen wir woanders|Unsere Buchhaltung ist in die Zentrale gewechselt}. {Bitte die Rechnung mit der richtigen Anschrift an <EMAIL> mailen.|Bitte mit der neuen Anschrift ausstellen.}',
  ],
  wrong_contact: [
    '{Mein Schwiegervater ist im Frühjahr gestorben|Dieser Kunde lebt nicht mehr; ich bin seine Tochter}. {Um den Nachlass kümmert sich der Testamentsvollstrecker|Das Erbe läuft über das Notariat}{: <EMAIL>|}.',
    '{Sie meinen wohl meinen Vater, gleicher Name|falscher Thomas Müller, ich wohne in Kiel}{, ich habe nie etwas bestellt|}',
    '{Wir sind nur das Lohnbüro dieses Betriebs|Als Steuerkanzlei machen wir nur den Jahresabschluss}{; über Zahlungen entscheiden wir nicht|}. {Ihre Mahnung gehört zum Inhaber.|}',
    '{Ich bin in Rente und schaue nur selten hier rein|Mein Vertrag ist im Oktober ausgelaufen}. {Meine Nachfolgerin erreichen Sie unter <EMAIL>.|Wenden Sie sich an <EMAIL>.}',
  ],
  other: [
    '{Woher weiß ich, dass das keine Fälschung ist?|Die IBAN weicht vom letzten Mal ab.}{ Ich rufe erst bei Ihnen an.|}',
    '{Läuft die Frist ab Rechnungsdatum oder ab Eingang?|Zählt als Fälligkeit der Tag der Abbuchung oder der Gutschrift?}',
    '{Gibt es Mengenrabatt?|Kann ich in einen günstigeren Tarif wechseln?}',
    '{Unabhängig davon: Könnten Sie auch unsere Kantine streichen?|Nebenbei: Wir suchen jemanden für den Baumschnitt im Frühjahr.} {Schicken Sie uns einen Preis.|Wer kann vorbeikommen?}',
  ],
};
