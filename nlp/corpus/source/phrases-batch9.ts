import type { PhraseBook } from './phrase-book.ts';

/**
 * Ninth batch (corpus 1.7.0, issue 16, seventh round), written after the errors of independent-v9
 * under model 1.8.0 had been read by class, with the same classes checked on v1 to v8 (never
 * copying their rows: every family is written from the definition in nlp/eval/LABELS.md, in other
 * situations, trades and words). The classes:
 * - forgotten with a request to resend: the first invoice never arrived, went astray or was thrown
 *   out ("lost in the mail/pile" is forgotten by definition; the request is secondary), and a slip
 *   caused by a mailbox nobody reads after a colleague left (forgotten, wrong_contact secondary);
 * - invoice_request without a slip: the reminder carries no invoice, a proper tax invoice instead
 *   of a receipt, one invoice per delivery or site, the invoice again to a new address;
 * - liquidity with a date that hangs on money coming in (wages, holiday pay, a client's payment, a
 *   benefit): liquidity first, the date makes promise_to_pay secondary; sick leave, debt advice and
 *   a request to put the account on hold;
 * - dispute next to other reasons: money short and the work wrong (dispute, liquidity secondary),
 *   the undisputed part paid and the rest held back (already_paid secondary), proof asked for the
 *   disputed hours or quantities (invoice_request secondary), a slip followed by a fault found on
 *   reading the invoice (forgotten secondary); bare complaints without a dispute word;
 * - already_paid: paid twice and a refund asked, the instalments of an arrangement paid, a payment
 *   batch that had been left unsent and has now gone out;
 * - missing_po: legally required invoice details missing (VAT number, service period, the legal
 *   name), an order number that is used up or closed, a contract number the rules require;
 * - wrong_contact: a deceased debtor's family pointing to the executor, a relative with the same
 *   name, a bookkeeper with no say over payments, a reception or info mailbox naming the finance
 *   address, a person who left writing it in their own words (not an automatic reply);
 * - auto_reply: a mailbox no longer read that names the new address (wrong_contact secondary), an
 *   automatic "received, handled in order of arrival";
 * - promise_to_pay: a council, board or committee that approves on a set date, then the payment;
 *   a bare chat turn with a scheduled transfer date;
 * - other: scam doubts, questions about the payment term, discounts for paying ahead, quotes and
 *   contact numbers for new work, "we will discuss it internally".
 * Own random stream and family split (ids contain `-b9-`), generated after batch 8, so every
 * earlier row and split is unchanged. Same notation as phrases-nl.ts.
 */
export const BATCH9_NL: PhraseBook = {
  auto_reply: [
    '{Deze mailbox wordt niet meer gelezen|Dit adres is niet langer in gebruik voor facturen|Wij lezen dit adres niet meer}. {Stuur facturen en aanmaningen voortaan naar <EMAIL>.|Richt uw factuur en herinneringen aan <EMAIL>.|Voor financiële zaken: <EMAIL>.}#wrong_contact',
    '{Wij hebben uw bericht ontvangen|Uw e-mail is bij ons binnengekomen|Dank voor uw mail, deze is goed aangekomen}. {Berichten worden op volgorde van binnenkomst behandeld|We nemen alle mails in volgorde van ontvangst in behandeling|Reken op een reactie binnen vijf werkdagen}{; stuurt u alstublieft geen herhaling|. Dit is een automatisch antwoord|}.',
  ],
  dispute: [
    '{We kunnen het nu even niet missen|Financieel zit het deze maand tegen|Het geld is op dit moment krap}, {dat is waar|eerlijk is eerlijk}. {Maar de kozijnen lekken nog steeds|Maar jullie hebben twee extra uren gerekend die niet gemaakt zijn|Maar de helft van de bestelling is nooit gekomen}{ en dat betaal ik niet|, dus eerst dat oplossen|}.#liquidity',
    '{Het deel waar we het over eens zijn|Het bedrag voor de geleverde stoelen|De eerste <SMALLAMT>} {is op <DATE> overgemaakt|hebben we al betaald|staat al op jullie rekening}. {De rest houden we in|Het restant betalen we niet} {tot de creditnota voor de kapotte tafel binnen is|tot de ontbrekende onderdelen er zijn|zolang de klacht over de montage openstaat}.#already_paid',
    '{Op de factuur staan 40 uur|U rekent 9 dagen|Er zijn 30 dozen gefactureerd}, {maar volgens onze urenstaten waren het er 32|terwijl onze planning er 7 laat zien|wij hebben er 24 geteld bij ontvangst}. {Stuur de getekende werkbonnen mee|Graag de onderbouwing van het verschil|Kunt u de bonnen laten zien}; {tot dan houden we de betaling aan|eerder betalen wij niet}.#invoice_request',
    '{Excuses, die was er bij ons doorgeglipt|Sorry, blijven liggen door de vakantie|Deze was ik uit het oog verloren}. {Nu ik hem bekijk zie ik wel|Maar bij nader inzien klopt er iets niet:|Toen ik hem nu opende zag ik} {dat u het oude uurtarief rekent|dat de korting niet is verwerkt|dat er 14 stuks staan en wij er 10 kregen}. {Graag een aangepaste factuur.|Wilt u dat corrigeren?}#forgotten',
    '{alweer een aanmaning|nou mooi, herinnering}{ voor een keuken die nog steeds niet af is| terwijl de monteur nooit is komen opdagen| voor een pakket dat nooit is bezorgd}{. eerst afmaken|, echt niet|. dacht het niet}',
  ],
  missing_po: [
    '{Op uw factuur ontbreekt ons btw-nummer|Uw factuur mist de leveringsperiode|De factuur staat niet op onze volledige statutaire naam}{ en het KvK-nummer|}. {Zonder die verplichte gegevens mag onze administratie hem niet inboeken|Onze boekhouding kan hem zo fiscaal niet verwerken|Zo wordt hij door de crediteurenadministratie afgekeurd}. {Graag een nieuwe factuur.|Wilt u hem opnieuw uitreiken?}',
    '{Het geld is er wel, daar ligt het niet aan|Aan het budget ligt het niet}. {De inkooporder op uw factuur is al volledig afgeboekt|Het ordernummer dat u gebruikt is gesloten|Op die bestelling staat geen saldo meer}{; voor het meerwerk is <PO> aangemaakt|, gebruik voor deze levering <PO>|}. {Graag opnieuw factureren op die order.|Pas dat aan, dan gaat hij door.}',
    '{contractnummer ontbreekt|geen contractnummer op de factuur|mist ons raamcontractnummer}{, bij ons verplicht|, zonder gaat ie niet door}{. graag nieuwe versie|}',
  ],
  already_paid: [
    '{heb hem per ongeluk twee keer betaald|2x overgemaakt ipv 1x|dubbel betaald zie ik nu}{, graag het teveel terug|, wanneer krijg ik het terugbetaald?|. kunnen jullie het terugstorten}',
    '{Volgens de afspraak|Zoals we hebben afgesproken} {betaal ik elke maand <SMALLAMT>|loopt er een regeling van vier termijnen}{ en de termijnen van oktober en november zijn voldaan|; de eerste drie zijn al overgemaakt}. {Waarom krijg ik dan een herinnering voor alles?|Deze aanmaning klopt dus niet.}',
    '{De betaling stond klaar maar was nooit verzonden|Ik had de betaalopdracht aangemaakt en vergeten te bevestigen|De batch stond nog als concept in de bank}. {Dat is nu gebeurd|Vandaag alsnog verstuurd|Inmiddels is hij de deur uit}.#forgotten',
  ],
  liquidity: [
    '{Ik maak het over|Ik betaal hem|U krijgt het geld} {zodra mijn vakantiegeld er is|als mijn loon binnenkomt|wanneer onze klant ons heeft betaald}{, dat is rond de 25e|, naar verwachting op <DATE>|}. {Eerder lukt niet.|Tot dan zit ik krap.|}#promise_to_pay',
    '{Ik zit thuis in de ziektewet|Ik ben langdurig ziek|Mijn inkomen is door ziekte gehalveerd} {en kom niet rond|en heb nu hulp van schuldhulpverlening|en kan de vaste lasten amper betalen}. {Kan de vordering een maand on hold?|Kunt u de incasso even stilzetten?|Mag ik in kleine bedragen afbetalen?}',
  ],
  forgotten: [
    '{De eerste factuur is nooit bij ons aangekomen|Wij hebben de oorspronkelijke factuur nooit gehad|De papieren factuur is bij ons nooit binnengekomen}{, waarschijnlijk zoek geraakt bij de postbezorging|, die is denk ik kwijtgeraakt|, misschien verdwenen in de spam}. {Kunt u hem nog eens mailen?|Wilt u hem opnieuw sturen?|Graag een kopie naar <EMAIL>.}#invoice_request',
    '{die is per ongeluk bij het oud papier beland|heb m weggegooid met de reclame|de envelop is zoekgeraakt}{, kun je m opnieuw sturen?|, nog een keer mailen aub|}#invoice_request',
    '{Uw facturen gingen naar de mailbox van een collega die al weg is|De factuur is naar het adres van een vertrokken medewerker gegaan|Uw mail kwam in de inbox van onze oud-boekhouder}{, niemand keek daar meer in|, en daar is hij blijven liggen}. {Ons fout.|Dat ligt aan ons.} {Hij is nu doorgezet naar de administratie|Ik heb hem nu ingeboekt}; {stuur voortaan naar <EMAIL>|wilt u ons adres aanpassen naar <EMAIL>?}#wrong_contact',
  ],
  promise_to_pay: [
    '{Het bedrag gaat boven het mandaat van de afdeling|De uitgave moet door het bestuur worden goedgekeurd|De gemeenteraad moet de uitgave eerst vaststellen}. {De vergadering is op <DATE>|Dat staat op de agenda van <DATE>|Het besluit valt volgende week donderdag}{; direct daarna volgt de betaling|, aansluitend wordt hij betaald|, dan gaat hij de betaalrun in}.',
    '{overboeking staat op de 15e|betaling ingepland voor vrijdag|staat klaar voor <DATE>}{ 👍|, komt goed|}',
  ],
  invoice_request: [
    '{In de herinnering zit geen factuur|Ik krijg alleen deze aanmaning, zonder de factuur zelf|Er is alleen een bedrag vermeld, geen factuur}. {Kunt u de factuur en de pakbon meesturen?|Graag de oorspronkelijke factuur als bijlage.|Wilt u de nota zelf nog mailen?}',
    '{Ik heb alleen een kassabon gekregen|Wat ik kreeg is een ontvangstbewijs, geen factuur|Het document mist de btw-specificatie}{, ik heb een echte btw-factuur nodig|. Voor de boekhouding moet ik een factuur op bedrijfsnaam hebben}. {Kunt u die sturen?|Graag alsnog.}',
    '{Graag per locatie een aparte factuur|Kunt u per levering een losse factuur maken|Wij willen de verzamelfactuur gesplitst hebben per project} {in plaats van één totaalfactuur|zodat we het per bouwplaats kunnen boeken}.',
    '{We zijn verhuisd|Ons factuuradres is gewijzigd}{ en de factuur ging naar ons oude adres|}. {Wilt u hem opnieuw sturen naar <EMAIL>?|Graag nog eens naar ons nieuwe adres.}',
  ],
  wrong_contact: [
    '{Mijn moeder is vorige maand overleden|Mijn vader is op <DATE> overleden|Mijn oom is onlangs overleden}. {De nalatenschap wordt afgewikkeld door de notaris|Alle vorderingen lopen via de notaris die de erfenis regelt}{, stuurt u de vordering daarheen|; wendt u zich tot het notariskantoor|}.',
    '{dat is de rekening van mijn broer|die factuur is van mijn naamgenoot|niet van mij maar van mijn zus}{, zelfde naam, ander adres|, we wonen niet samen|}',
    '{Ik ben de boekhouder van deze zzp-er|Wij doen alleen de aangifte voor deze klant|Ik verzorg alleen de loonadministratie} {en heb geen toegang tot zijn rekening|en betaal geen facturen namens hem}. {Neemt u rechtstreeks contact met hem op.|Richt u tot de ondernemer zelf.}',
    '{U mailt naar het algemene adres van de receptie|Dit is het info-adres van de winkel|Deze inbox is voor klantvragen}. {Facturen graag naar <EMAIL>|Voor facturen is er <EMAIL>}{, hier doen wij niets met financiële zaken|}.',
    '{Ik werk sinds <DATE> niet meer bij dit bedrijf|Ik ben hier vorige maand vertrokken|Ik ben niet meer in dienst}. {Stuur je mail naar <EMAIL>|Mail voortaan <EMAIL>}{, zij zorgen dat het bij de juiste persoon komt|}. {Groet|Succes}',
  ],
  other: [
    '{Is dit wel een echte mail?|Klopt deze herinnering wel, of is het phishing?|Ik heb nooit eerder een herinnering van jullie gehad}{ Er staat een betaallink in en dat vertrouw ik niet.| Ik klik niet zomaar op links.|}',
    '{Geldt de betaaltermijn van 14 dagen ook tijdens de feestdagen?|Tellen weekenden mee in de betaaltermijn?|Vanaf welke datum gaan de 30 dagen in?}',
    '{Krijg ik korting als ik een heel jaar vooruit betaal?|Is er een voordeel bij jaarlijkse betaling?|Kan ik ook per kwartaal vooruit betalen tegen een lager tarief?}',
    '{Wij willen graag een offerte voor|Kunt u een prijsopgave doen voor|Wij overwegen} {het onderhoud van onze zonnepanelen|een tweede vestiging|het jaarlijkse onderhoud}. {Wie kan ik daarvoor bellen?|Graag het nummer van uw verkoper.|}',
    '{Wij hebben uw mail ontvangen maar weten niet waar het over gaat|Het is ons niet duidelijk waar deze mail over gaat}. {We bespreken het intern.|We komen erop terug.}',
  ],
};

export const BATCH9_EN: PhraseBook = {
  auto_reply: [
    '{This mailbox is no longer monitored|This address is not used for invoices any more|We no longer read this inbox}. {Please send invoices and reminders to <EMAIL> from now on.|Direct all billing to <EMAIL>.|For accounts matters write to <EMAIL>.}#wrong_contact',
    '{We have received your message|Your email has reached us|Thank you, your email has arrived}. {Messages are dealt with in the order they come in|All emails are handled in order of receipt|Expect a reply within five working days}{; please do not send it again|. This is an automated response|}.',
  ],
  dispute: [
    "{Money is tight right now|We're stretched this month|Cash is short at the moment}, {I won't pretend otherwise|fair enough}. {But the windows still leak|But you've billed two visits that never took place|But half the order never turned up}{ and I'm not paying for that|, so sort that out first|}.#liquidity",
    "{The part we agree on|The amount for the chairs that arrived|The first <SMALLAMT>} {went out on <DATE>|has been paid|is already in your account}. {We're holding back the rest|The balance stays unpaid} {until the credit note for the broken table arrives|until the missing parts are delivered|while the fitting complaint is open}.#already_paid",
    "{The invoice shows 40 hours|You've charged 9 days|30 boxes are billed}, {but our timesheets say 32|while our schedule shows 7|we counted 24 on arrival}. {Please send the signed job sheets|Can you back up the difference|Could you show us the delivery notes}; {payment is on hold until then|we won't pay before that}.#invoice_request",
    "{Sorry, this one slipped past us|Apologies, it sat in the pile over the holidays|I'd lost track of this one}. {Now that I've opened it though,|Looking at it properly,|On reading it now} {you've used last year's day rate|the agreed discount is missing|it lists 14 units and we got 10}. {Please send a corrected invoice.|Can you fix that?}#forgotten",
    "{another reminder|lovely, a reminder}{ for a kitchen that still isn't finished| when your engineer never showed up| for a parcel that never came}{. finish the job first|, no chance|. think again}",
  ],
  missing_po: [
    "{Your invoice is missing our VAT number|The invoice doesn't show the service period|The invoice isn't made out to our full registered name}{ and company number|}. {Without those mandatory details our finance team can't book it|Our accounts can't process it for tax purposes|AP will reject it as it stands}. {Please issue a new one.|Could you reissue it?}",
    "{The funds are there, that's not the problem|Budget isn't the issue}. {The purchase order on your invoice is fully used up|The order number you quoted has been closed|There's no balance left on that PO}{; the extra work has <PO>|, please use <PO> for this delivery|}. {Please re-invoice against it.|Change that and it will go through.}",
    "{contract number missing|no contract ref on the invoice|needs our framework contract number}{, it's mandatory here|, won't go through without it}{. pls resend|}",
  ],
  already_paid: [
    '{paid it twice by mistake|sent it two times instead of once|looks like i paid double}{, can i have the extra back|, when will you refund me?|. please send it back}',
    "{As agreed|Under the plan we set up} {I pay <SMALLAMT> every month|there are four instalments}{ and October's and November's have gone out|; the first three are already paid}. {So why a reminder for the full amount?|This reminder must be a mistake.}",
    "{The payment was set up but never sent|I'd created the transfer and forgot to approve it|The batch was still sitting as a draft in the bank}. {That's done now|Sent it off today|It has gone out since}.#forgotten",
  ],
  liquidity: [
    "{I'll transfer it|I'll pay you|You'll have the money} {as soon as my holiday pay lands|when my wages come in|once our own client has paid us}{, around the 25th|, which should be <DATE>|}. {Can't do it sooner.|Until then I'm skint.|}#promise_to_pay",
    "{I'm off work sick|I've been on long-term sick leave|My income has halved through illness} {and can't make ends meet|and a debt adviser is helping me now|and can barely cover the bills}. {Could you put the account on hold for a month?|Can you pause collection for now?|May I pay it off in small amounts?}",
  ],
  forgotten: [
    '{The first invoice never reached us|We never had the original invoice|The paper invoice never came in}{, it probably went astray in the post|, I think it got lost|, maybe it ended up in spam}. {Could you email it again?|Would you resend it?|Please send a copy to <EMAIL>.}#invoice_request',
    '{it went out with the recycling by accident|binned it with the junk mail|the envelope got lost}{, can you send it again?|, mind emailing it over again|}#invoice_request',
    "{Your invoices were going to the inbox of someone who's left|The invoice went to a former colleague's address|Your email landed in our old bookkeeper's mailbox}{, nobody checked it any more|, and it just sat there}. {Our fault.|That's on our side.} {It's been passed to accounts now|I've booked it in now}; {please use <EMAIL> going forward|could you change our address to <EMAIL>?}#wrong_contact",
  ],
  promise_to_pay: [
    "{The amount is above the department's sign-off limit|The spend has to be approved by the board|The council committee has to approve the expense}. {It meets on <DATE>|It's on the agenda for <DATE>|The decision is next Thursday}{; payment follows straight after|, then it's paid right away|, then it goes into the payment run}.",
    '{transfer set for the 15th|payment scheduled friday|booked for <DATE>}{ 👍|, all good|}',
  ],
  invoice_request: [
    '{The reminder has no invoice attached|All I got is this reminder, not the invoice itself|It only states an amount, no invoice}. {Could you send the invoice and the packing slip?|Please attach the original invoice.|Would you email the invoice itself?}',
    "{I only got a till receipt|What I received is a receipt, not an invoice|The document has no VAT breakdown}{, I need a proper VAT invoice|. For our books it has to be an invoice in the company's name}. {Can you send one?|Please send it.}",
    '{Please make a separate invoice per site|Could you invoice each delivery on its own|We need the combined invoice split by project} {instead of one total|so we can book it per job}.',
    "{We've moved|Our billing address has changed}{ and the invoice went to the old one|}. {Could you send it again to <EMAIL>?|Please resend to our new address.}",
  ],
  wrong_contact: [
    '{My mother died last month|My father passed away on <DATE>|My uncle recently passed away}. {The estate is being handled by the executors|All claims go through the solicitor dealing with the estate}{, please send the claim there|; contact the probate solicitor|}.',
    "{that's my brother's bill|that invoice belongs to someone with my name|not mine, it's my sister's}{, same name, different address|, we don't live together|}",
    "{I'm the sole trader's bookkeeper|We only do this client's tax returns|I only run the payroll for them} {and can't access his account|and don't pay invoices for him}. {Please contact him directly.|Please write to the owner himself.}",
    "{You've written to the reception's general address|This is the shop's info inbox|This mailbox is for customer questions}. {Invoices go to <EMAIL>|For billing use <EMAIL>}{, we don't handle finance here|}.",
    "{I haven't worked here since <DATE>|I left the company last month|I'm no longer with the firm}. {Please email <EMAIL>|Send it to <EMAIL> from now on}{ and they'll get it to the right person|}. {Best|Good luck}",
  ],
  other: [
    "{Is this email genuine?|Is this reminder real or phishing?|I've never had a reminder from you before.}{ There's a payment link and I don't trust it.| I don't click links just like that.|}",
    '{Does the 14-day term run over the bank holidays?|Do weekends count in the payment term?|From which date do the 30 days start?}',
    '{Is there a discount if I pay a year up front?|Any benefit to paying annually?|Can I prepay by the quarter at a lower rate?}',
    "{We'd like a quote for|Could you price up|We're considering} {servicing our solar panels|a second site|the yearly maintenance}. {Who should I call about it?|Please send your sales manager's number.|}",
    "{We got your email but don't know what it's about|It isn't clear to us what this email refers to}. {We'll discuss it internally.|We'll come back to you.}",
  ],
};

export const BATCH9_FR: PhraseBook = {
  auto_reply: [
    "{Cette boîte n'est plus relevée|Cette adresse n'est plus utilisée pour les factures|Nous ne lisons plus cette adresse}. {Merci d'envoyer factures et relances à <EMAIL>.|Adressez toute facturation à <EMAIL>.|Pour la comptabilité : <EMAIL>.}#wrong_contact",
    '{Nous avons bien reçu votre message|Votre e-mail nous est parvenu}. {Les demandes sont traitées par ordre d’arrivée|Comptez une réponse sous cinq jours ouvrés}{ ; merci de ne pas le renvoyer|. Ceci est une réponse automatique|}.',
  ],
  dispute: [
    "{C'est vrai que la trésorerie est tendue|On est juste ce mois-ci}, {je ne le cache pas|d'accord}. {Mais les fenêtres fuient toujours|Mais vous facturez deux passages qui n'ont jamais eu lieu|Mais la moitié de la commande n'est jamais arrivée}{, je ne paierai pas ça|, réglez d'abord ce problème|}.#liquidity",
    "{La partie non contestée|Le montant des chaises livrées} {a été virée le <DATE>|est déjà réglée}. {Nous retenons le reste|Le solde reste impayé} {jusqu'à l'avoir pour la table cassée|tant que les pièces manquantes ne sont pas livrées}.#already_paid",
    '{La facture indique 40 heures|Vous facturez 9 jours}, {mais nos relevés en montrent 32|alors que notre planning en compte 7}. {Envoyez-nous les bons d’intervention signés|Merci de justifier la différence}{ ; le paiement est suspendu d’ici là|, nous ne payons pas avant}.#invoice_request',
    "{Désolée, elle nous avait échappé|Pardon, elle est restée sur la pile pendant les congés}. {En l'ouvrant enfin,|En la relisant,} {je vois l'ancien tarif horaire|la remise convenue n'apparaît pas|il y a 14 pièces et nous en avons reçu 10}. {Merci de la corriger.|Pouvez-vous rectifier ?}#forgotten",
  ],
  missing_po: [
    "{Il manque notre numéro de TVA intracommunautaire sur la facture|La période de prestation ne figure pas sur la facture|La facture n'est pas à notre raison sociale complète}. {Sans ces mentions obligatoires notre comptabilité ne peut pas l'enregistrer|Notre service comptable la rejettera}. {Merci d'émettre une nouvelle facture.|Pouvez-vous la refaire ?}",
    "{Le budget n'est pas le problème|Les fonds sont là}. {Le bon de commande indiqué est soldé|Ce numéro de commande est clôturé}{ ; pour les travaux supplémentaires c'est <PO>|, utilisez <PO>|}. {Merci de refacturer sur ce bon.|Corrigez et elle passera.}",
  ],
  already_paid: [
    '{payé deux fois par erreur|viré 2 fois au lieu d’une}{, vous me remboursez quand ?|, merci de rendre le trop-perçu}',
    "{Comme convenu|Selon l'échéancier} {je paie <SMALLAMT> par mois|il y a quatre échéances}{ et celles d'octobre et novembre sont payées|; les trois premières sont réglées}. {Pourquoi une relance pour tout le montant ?|Cette relance est donc une erreur.}",
  ],
  liquidity: [
    '{Je ferai le virement|Je vous paierai} {dès que ma paie sera tombée|quand notre client nous aura réglés|à réception de mes congés payés}{, vers le 25|, normalement le <DATE>|}. {Pas avant, désolé.|Je suis à sec d’ici là.|}#promise_to_pay',
    '{Je suis en arrêt maladie|Mes revenus ont baissé de moitié à cause de la maladie} {et je ne m’en sors pas|et une association m’aide avec mon budget}. {Pouvez-vous suspendre le dossier un mois ?|Puis-je payer par petites sommes ?}',
  ],
  forgotten: [
    "{La facture d'origine ne nous est jamais parvenue|Nous n'avons jamais eu la facture papier}{, sans doute égarée par la poste|, elle a dû se perdre}. {Pouvez-vous la renvoyer par mail ?|Merci d'en envoyer une copie à <EMAIL>.}#invoice_request",
    '{jetée avec les pubs par erreur|l’enveloppe a été perdue}{, vous pouvez la renvoyer ?|, re-mail svp|}#invoice_request',
  ],
  promise_to_pay: [
    '{Le montant dépasse la délégation du service|La dépense doit être votée par le conseil municipal}. {La séance est le <DATE>|Le vote a lieu jeudi prochain}{ ; le paiement suit aussitôt|, ensuite le mandat est émis}.',
    '{virement programmé le 15|paiement prévu vendredi}{ 👍|, c’est bon|}',
  ],
  invoice_request: [
    "{La relance ne contient pas la facture|Je n'ai reçu que ce rappel, pas la facture}. {Pouvez-vous joindre la facture et le bon de livraison ?|Merci d'envoyer la facture elle-même.}",
    "{Je n'ai qu'un ticket de caisse|Le document n'a pas de détail de TVA}{, il me faut une vraie facture|}. {Pouvez-vous l'envoyer ?|Merci.}",
    '{Nous avons déménagé|Notre adresse de facturation a changé}. {Pouvez-vous la renvoyer à <EMAIL> ?|Merci de la renvoyer à la nouvelle adresse.}',
  ],
  wrong_contact: [
    "{Ma mère est décédée le mois dernier|Mon père est décédé le <DATE>}. {La succession est gérée par le notaire|Toutes les créances passent par l'étude notariale}{, adressez-vous à lui|}.",
    "{c'est la facture de mon cousin|pas la mienne, c'est un homonyme}{, même nom autre adresse|}",
    '{Je suis le comptable de cet artisan|Nous faisons seulement ses déclarations} {et je n’ai pas accès à son compte|et ne réglons pas ses factures}. {Contactez-le directement.|Adressez-vous à lui.}',
    "{Je ne travaille plus dans cette société depuis le <DATE>|J'ai quitté l'entreprise le mois dernier}. {Écrivez à <EMAIL>|Merci d'utiliser <EMAIL>}{, ils transmettront|}.",
  ],
  other: [
    '{Ce mail est-il authentique ?|Cette relance est-elle une arnaque ?}{ Il y a un lien de paiement et je me méfie.|}',
    '{Le délai de 14 jours court-il pendant les fêtes ?|À partir de quelle date comptent les 30 jours ?}',
    '{Avez-vous une remise si je paie l’année d’avance ?|Un paiement annuel donne-t-il droit à une réduction ?}',
    "{Nous aimerions un devis pour|Pouvez-vous chiffrer} {l'entretien de nos panneaux solaires|un deuxième site}. {Qui puis-je appeler ?|Merci de me donner le numéro du commercial.}",
  ],
};

export const BATCH9_DE: PhraseBook = {
  auto_reply: [
    '{Dieses Postfach wird nicht mehr gelesen|Diese Adresse wird für Rechnungen nicht mehr genutzt}. {Bitte senden Sie Rechnungen und Mahnungen künftig an <EMAIL>.|Buchhaltungsthemen bitte an <EMAIL>.}#wrong_contact',
    '{Wir haben Ihre Nachricht erhalten|Ihre E-Mail ist bei uns eingegangen}. {Anfragen werden in der Reihenfolge des Eingangs bearbeitet|Mit einer Antwort ist in fünf Werktagen zu rechnen}{; bitte senden Sie sie nicht erneut|. Dies ist eine automatische Antwort|}.',
  ],
  dispute: [
    '{Ja, das Geld ist gerade knapp|Finanziell ist es diesen Monat eng}, {das stimmt|zugegeben}. {Aber die Fenster sind immer noch undicht|Aber Sie berechnen zwei Termine, die nie stattgefunden haben|Aber die Hälfte der Bestellung kam nie an}{, das zahle ich nicht|, erst muss das geklärt sein|}.#liquidity',
    '{Den unstrittigen Teil|Den Betrag für die gelieferten Stühle} {haben wir am <DATE> überwiesen|haben wir schon bezahlt}. {Den Rest behalten wir ein|Der Restbetrag bleibt offen}, {bis die Gutschrift für den kaputten Tisch kommt|solange die fehlenden Teile nicht geliefert sind}.#already_paid',
    '{Auf der Rechnung stehen 40 Stunden|Sie berechnen 9 Tage}, {laut unseren Stundenzetteln waren es 32|unser Plan zeigt 7}. {Schicken Sie bitte die unterschriebenen Arbeitsberichte|Bitte belegen Sie die Differenz}{; bis dahin halten wir die Zahlung zurück|, vorher zahlen wir nicht}.#invoice_request',
    '{Entschuldigung, die war bei uns durchgerutscht|Sorry, lag über die Feiertage auf dem Stapel}. {Jetzt beim Öffnen sehe ich aber,|Beim genauen Lesen sehe ich,} {dass der alte Stundensatz berechnet ist|dass der vereinbarte Rabatt fehlt|dass 14 Stück berechnet sind und wir 10 bekommen haben}. {Bitte korrigieren Sie das.|Bitte um eine neue Rechnung.}#forgotten',
  ],
  missing_po: [
    '{Auf Ihrer Rechnung fehlt unsere USt-IdNr.|Der Leistungszeitraum steht nicht auf der Rechnung|Die Rechnung ist nicht auf unsere vollständige Firmierung ausgestellt}. {Ohne diese Pflichtangaben dürfen wir sie nicht buchen|Unsere Kreditorenbuchhaltung weist sie so zurück}. {Bitte stellen Sie eine neue Rechnung aus.|Bitte neu ausstellen.}',
    '{Am Budget liegt es nicht|Das Geld ist freigegeben}. {Die Bestellung auf Ihrer Rechnung ist bereits vollständig verbraucht|Die angegebene Bestellnummer ist geschlossen}{; für den Mehraufwand gilt <PO>|, bitte <PO> verwenden|}. {Bitte neu auf diese Bestellung fakturieren.|Dann geht sie durch.}',
  ],
  already_paid: [
    '{aus versehen doppelt bezahlt|zweimal überwiesen statt einmal}{, wann bekomme ich es zurück?|, bitte erstatten}',
    '{Wie vereinbart|Laut Ratenplan} {zahle ich monatlich <SMALLAMT>|gibt es vier Raten}{ und Oktober und November sind bezahlt|; die ersten drei sind überwiesen}. {Warum jetzt eine Mahnung über alles?|Die Mahnung ist also falsch.}',
  ],
  liquidity: [
    '{Ich überweise es|Sie bekommen das Geld} {sobald mein Urlaubsgeld da ist|wenn mein Gehalt eingeht|sobald unser Kunde uns bezahlt hat}{, etwa am 25.|, voraussichtlich am <DATE>|}. {Früher geht es nicht.|Bis dahin bin ich blank.|}#promise_to_pay',
    '{Ich bin krankgeschrieben|Durch Krankheit hat sich mein Einkommen halbiert} {und komme nicht über die Runden|und eine Schuldnerberatung hilft mir jetzt}. {Können Sie die Forderung einen Monat ruhen lassen?|Darf ich in kleinen Beträgen zahlen?}',
  ],
  forgotten: [
    '{Die ursprüngliche Rechnung ist nie bei uns eingegangen|Die Papierrechnung haben wir nie bekommen}{, vermutlich ist sie bei der Post verschwunden|, sie ist wohl abhandengekommen}. {Können Sie sie noch einmal mailen?|Bitte senden Sie eine Kopie an <EMAIL>.}#invoice_request',
    '{aus versehen mit dem altpapier weggeworfen|umschlag ist verloren gegangen}{, können sie sie nochmal schicken?|, bitte nochmal mailen|}#invoice_request',
  ],
  promise_to_pay: [
    '{Der Betrag liegt über der Freigabegrenze der Abteilung|Die Ausgabe muss vom Gemeinderat beschlossen werden}. {Die Sitzung ist am <DATE>|Beschlossen wird nächsten Donnerstag}{; direkt danach zahlen wir|, danach geht sie in den Zahllauf}.',
    '{überweisung terminiert zum 15.|zahlung für freitag eingeplant}{ 👍|, passt|}',
  ],
  invoice_request: [
    '{Der Mahnung liegt keine Rechnung bei|Ich habe nur diese Erinnerung bekommen, nicht die Rechnung}. {Bitte schicken Sie Rechnung und Lieferschein.|Bitte hängen Sie die Originalrechnung an.}',
    '{Ich habe nur einen Kassenbon|Auf dem Beleg fehlt die Mehrwertsteuer}{, ich brauche eine ordentliche Rechnung|}. {Können Sie die schicken?|Danke.}',
    '{Wir sind umgezogen|Unsere Rechnungsadresse hat sich geändert}. {Bitte senden Sie sie erneut an <EMAIL>.|Bitte noch einmal an die neue Adresse.}',
  ],
  wrong_contact: [
    '{Meine Mutter ist letzten Monat verstorben|Mein Vater ist am <DATE> verstorben}. {Den Nachlass regelt der Notar|Alle Forderungen laufen über den Nachlassverwalter}{, wenden Sie sich bitte dorthin|}.',
    '{das ist die rechnung meines bruders|nicht meine, ein namensvetter}{, gleicher name, andere adresse|}',
    '{Ich bin nur die Steuerberaterin des Handwerkers|Wir machen nur seine Lohnabrechnung} {und habe keinen Zugriff auf sein Konto|und zahlen keine Rechnungen für ihn}. {Bitte wenden Sie sich direkt an ihn.|Kontaktieren Sie ihn bitte selbst.}',
    '{Ich arbeite seit dem <DATE> nicht mehr hier|Ich habe die Firma letzten Monat verlassen}. {Schreiben Sie bitte an <EMAIL>|Bitte künftig an <EMAIL>}{, dort wird es weitergeleitet|}.',
  ],
  other: [
    '{Ist diese Mail echt?|Ist diese Mahnung Phishing?}{ Da ist ein Zahlungslink drin, dem traue ich nicht.|}',
    '{Läuft die Frist von 14 Tagen auch über die Feiertage?|Ab wann zählen die 30 Tage?}',
    '{Gibt es Rabatt, wenn ich ein Jahr im Voraus zahle?|Lohnt sich jährliche Zahlung?}',
    '{Wir hätten gern ein Angebot für|Können Sie uns ein Angebot machen für} {die Wartung unserer Solaranlage|einen zweiten Standort}. {Wen kann ich dazu anrufen?|Bitte um die Nummer Ihres Vertriebs.}',
  ],
};
