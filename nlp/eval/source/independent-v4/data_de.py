# German replies (DE / AT / CH), hand-written for independent-v4.
from common import C, E, Q

ROWS = [
# ---------------- auto_reply (6) ----------------
E("Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 08.01.2027 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. "
  "In dringenden Fällen wenden Sie sich bitte an buchhaltung@schreinerei-holzer.de.\n\nMit freundlichen Grüßen\nMonika Holzer", "auto_reply"),
E("Ihre Anfrage ist bei uns eingegangen. Vorgangsnummer: 2026-118834. Bitte geben Sie diese Nummer bei Rückfragen an. "
  "Dies ist eine automatisch erzeugte Nachricht, bitte antworten Sie nicht darauf.", "auto_reply"),
Q("outlook_de", "Abwesenheitsnotiz: Ich befinde mich in Elternzeit. Rechnungen und Zahlungsfragen bitte an kreditoren@alpina-bau.at.", "auto_reply", "wrong_contact"),
E("AUTOMATISCHE ANTWORT – Dieses Postfach wird nicht mehr betreut. Rechnungen bitte ausschließlich als XRechnung über das Portal einreichen.", "auto_reply", "missing_po"),
Q("apple_de", "Bin bis Montag im Urlaub. Die Rechnung habe ich vor dem Urlaub noch freigegeben, glaube ich.", "auto_reply", "promise_to_pay"),
E("Grüezi\n\nUnser Büro bleibt vom 24.12. bis 04.01. geschlossen. Ab dem 5. Januar sind wir gerne wieder für Sie da.\n\nFreundliche Grüsse\nTreuhand Meier AG", "auto_reply"),

# ---------------- dispute (8) ----------------
C("ware kam beschädigt an, zahle erst wenn ersatz da ist", "dispute"),
Q("gmail_de", "Hallo {contact},\n\ndie Rechnung weist 18 Stunden aus, Ihr Monteur war laut Stundenzettel aber nur 9 Stunden vor Ort. "
  "Bitte korrigieren Sie die Rechnung, dann überweisen wir umgehend.\n\nViele Grüße\nJens Richter", "dispute", "promise_to_pay", "invoice_request"),
E("Sehr geehrte Damen und Herren,\n\nhiermit widerspreche ich der o. g. Rechnung sowie Ihrer Zahlungserinnerung vom vergangenen Montag ausdrücklich.\n\n"
  "Den zugrunde liegenden Wartungsvertrag habe ich mit Schreiben vom 14. Juni fristgerecht zum 30. September gekündigt. Die Kündigung wurde von Ihrer "
  "Kollegin, Frau Weiß, am 18. Juni per E-Mail bestätigt; eine Kopie füge ich bei. Leistungen wurden nach dem 30. September weder angefordert noch erbracht.\n\n"
  "Eine Zahlungspflicht besteht somit nicht. Ich fordere Sie auf, die Rechnung zu stornieren und mir dies bis zum 20. Dezember schriftlich zu bestätigen. "
  "Weitere Mahnungen betrachte ich als gegenstandslos; sollten Sie ein Inkassounternehmen einschalten, werde ich die dadurch entstehenden Kosten nicht tragen "
  "und behalte mir rechtliche Schritte vor.\n\n"
  "Mit freundlichen Grüßen\n\nDr. Ulrike Brandt\nRechtsanwältin\nKanzlei Brandt & Seiler\nKönigsallee 18, 40212 Düsseldorf", "dispute"),
C("WARUM ZWEI MAL DIESELBE RECHNUNG??? DIE ERSTE IST LÄNGST BEZAHLT!!!", "dispute", "already_paid"),
Q("outlook_de", "Guten Tag,\n\nwir sind momentan zwar knapp bei Kasse, aber das Hauptproblem ist: es fehlen 3 von 8 Paletten. "
  "Solange keine Gutschrift kommt, bleibt die Rechnung offen.\n\nGruß\nMarkus Lehner\nLagerleitung", "dispute", "liquidity"),
C("die schulung wurde von IHNEN abgesagt, nicht von uns. wieso sollen wir stornogebühren zahlen?", "dispute"),
E("hallo also die heizung geht immer noch nicht und sie schicken mir eine mahnung das ist ja wohl eine frechheit "
  "ich zahle erst wenn alles funktioniert\n\nVon meinem Samsung Galaxy Smartphone gesendet", "dispute"),
Q("orig_de", "Sehr geehrte Damen und Herren,\n\nder berechnete Stückpreis entspricht nicht dem Angebot Nr. A-2026-77 (12,40 € statt 10,90 €). "
  "Wir zahlen nicht, bis eine korrigierte Rechnung vorliegt.\n\nMit freundlichen Grüßen\nEinkauf, Feinkost Baumann GmbH", "dispute"),

# ---------------- missing_po (7) ----------------
E("Sehr geehrte Damen und Herren,\n\nals öffentlicher Auftraggeber können wir ausschließlich elektronische Rechnungen im Format XRechnung annehmen. "
  "Bitte reichen Sie die Rechnung über die Zentrale Rechnungseingangsplattform des Bundes ein und geben Sie die Leitweg-ID 991-12345-67 an.\n\n"
  "Mit freundlichen Grüßen\nStadtverwaltung Kreuzberg-Nord, Kämmerei", "missing_po"),
C("bestellnummer fehlt auf der rechnung, buchhaltung lehnt ab. bitte neue schicken mit BE-20931", "missing_po", "invoice_request"),
Q("outlook_de", "Guten Tag {contact},\n\nan der Rechnung selbst ist nichts auszusetzen, aber ohne unsere Bestellnummer (4500-PO) und Kostenstelle darf die Buchhaltung nicht zahlen. "
  "Könnten Sie sie neu ausstellen?\n\nBeste Grüße\nKatrin", "missing_po", "invoice_request"),
E("Servus,\n\nfür Bundesdienststellen in Österreich gilt: Rechnungen nur über das Unternehmensserviceportal (e-Rechnung.gv.at) mit Auftragsreferenz. "
  "Ihre PDF-Rechnung wurde daher nicht verarbeitet.\n\nMit besten Grüßen\nBuchhaltungsagentur", "missing_po"),
C("rechnung ist auf die falsche GmbH ausgestellt (wir sind die Holding) so kann ich sie nicht buchen", "missing_po"),
Q("gmail_en", "Hallo,\n\nunser Konzern nutzt seit Oktober SAP Ariba. Rechnungen per E-Mail werden nicht mehr angenommen, bitte im Portal gegen die Bestellung einreichen.\n\nGruß\nTobias", "missing_po"),
E("Grüezi\n\nIhre Rechnung entspricht nicht den Anforderungen: Es fehlt die QR-Rechnung bzw. unsere UID-Nummer CHE-123.456.789. "
  "Unser Kreditorenteam kann sie so nicht verarbeiten.\n\nFreundliche Grüsse\nKreditoren, Bergbahnen Engadin AG", "missing_po"),

# ---------------- already_paid (7) ----------------
C("schon bezahlt", "already_paid"),
Q("gmail_de", "Hallo {contact},\n\ndie Rechnung wurde am 26.11. überwiesen, Verwendungszweck {inv}. Zahlungsbeleg anbei.\n\nGrüße\nSandra", "already_paid"),
E("Sehr geehrte Damen und Herren,\n\ndie Zahlung erfolgte bereits per Lastschrift am 01.12.2026. Bitte prüfen Sie Ihre Buchhaltung.\n\nMit freundlichen Grüßen\nH. Vogel", "already_paid"),
C("hab gestern über paypal bezahlt, können sie mir eine quittung schicken", "already_paid", "invoice_request"),
Q("apple_de", "Sorry, hatte es total verschwitzt, aber ist jetzt bezahlt.", "already_paid", "forgotten"),
E("Guten Tag,\n\ndie Zahlung ging mit unserem Zahllauf am Dienstag raus, zusammen mit zwei weiteren Rechnungen (Gesamtbetrag 3.412,80 EUR).\n\nFreundliche Grüße\nKreditorenbuchhaltung", "already_paid"),
Q("gt_de", "Ist überwiesen. Wir waren etwas knapp nach dem Umbau, deshalb die Verzögerung.", "already_paid", "liquidity"),

# ---------------- liquidity (7) ----------------
C("kann ich in raten zahlen?", "liquidity"),
Q("outlook_de", "Sehr geehrte Frau Krüger,\n\nleider wartet unser Betrieb selbst auf Zahlungen von zwei großen Kunden. Wir bitten um Stundung bis Ende Januar. "
  "Die Rechnung ist korrekt und wird selbstverständlich beglichen.\n\nMit freundlichen Grüßen\nGeschäftsführung", "liquidity", "promise_to_pay"),
E("Sehr geehrte Damen und Herren,\n\nwir teilen Ihnen mit, dass über das Vermögen der Weber Metallbau GmbH am 27.11.2026 das Insolvenzverfahren eröffnet wurde. "
  "Forderungen sind beim Insolvenzverwalter Rechtsanwalt Dr. K. Simon anzumelden.\n\nMit freundlichen Grüßen", "liquidity"),
C("bin seit oktober in kurzarbeit, mehr als 50 euro im monat geht gerade nicht. wäre das ok?", "liquidity"),
Q("gmail_de", "hallo ich wollte fragen ob ich die rechnung in 3 raten zahlen kann ich bin alleinerziehend und das ist gerade viel auf einmal danke", "liquidity"),
E("Guten Tag,\n\nich habe die Rechnung schlicht vergessen und jetzt ist das Konto leider im Minus. Kann ich bis zum 15. Januar Zahlungsaufschub bekommen?\n\nGruß\nStefan", "liquidity", "forgotten"),
C("brauche noch 2 wochen, liquidität ist gerade eng. rufen sie mich bitte an 0160 9988776", "liquidity", "other"),

# ---------------- forgotten (7) ----------------
C("oh sorry, vergessen!", "forgotten"),
Q("outlook_de", "Guten Morgen,\n\ndie Rechnung ist bei uns im Posteingang untergegangen, weil die Kollegin im Urlaub war. Entschuldigung!\n\nGrüße\nPetra", "forgotten"),
E("Hallo,\n\nmein Fehler, die Rechnung lag noch im Spam-Ordner. Ich kümmere mich heute darum.\n\nLG\nAnna", "forgotten", "promise_to_pay"),
C("total übersehen, mach ich gleich", "forgotten", "promise_to_pay"),
Q("orig_de", "Sehr geehrte Damen und Herren,\n\nes liegt kein Zahlungsproblem vor, die Rechnung wurde versehentlich nicht erfasst. Wir bitten dies zu entschuldigen.\n\nMit freundlichen Grüßen\nBuchhaltung", "forgotten"),
E("Liebe Sabine,\n\nda ist mir tatsächlich was durchgerutscht, sorry! Im Dezember war einfach zu viel los.\n\nHerzliche Grüße\nMaria", "forgotten"),
Q("gt_de", "Upps, ging im Umzugschaos unter. Schicken Sie die Rechnung bitte nochmal an unsere neue Adresse, Hafenstraße 12, 20457 Hamburg.", "forgotten", "invoice_request"),

# ---------------- promise_to_pay (7) ----------------
C("ZAHLE FREITAG. HÖRT AUF MIR JEDEN TAG ZU SCHREIBEN", "promise_to_pay"),
Q("outlook_de", "Guten Tag {contact},\n\ndie Rechnung wurde heute von unserem kaufmännischen Leiter freigegeben und geht mit dem Zahllauf am Donnerstag raus.\n\nMit freundlichen Grüßen\nJulia Wagner", "promise_to_pay"),
E("Sehr geehrte Damen und Herren,\n\ndie Rechnung liegt derzeit zur Freigabe beim Budgetverantwortlichen. Nach Freigabe erfolgt die Zahlung umgehend.\n\nMit freundlichen Grüßen\nKreditorenbuchhaltung", "promise_to_pay"),
C("nicht bezahlt, stimmt. geht aber mit dem nächsten zahllauf am 10. raus", "promise_to_pay"),
Q("apple_de", "Wird bis Ende der Woche überwiesen.", "promise_to_pay"),
E("Grüezi Herr Brunner\n\nDie Zahlung ist für den 15.12. terminiert. Besten Dank für Ihre Geduld.\n\nFreundliche Grüsse\nReto Keller", "promise_to_pay"),
C("ich bezahle morgen. entschuldigung mein deutsch nicht so gut, rechnung ist ok", "promise_to_pay"),

# ---------------- invoice_request (7) ----------------
C("können sie mir die rechnung nochmal schicken?", "invoice_request"),
Q("gmail_de", "Hallo {contact},\n\nkönnten Sie mir bitte einen Kontoauszug mit allen offenen Posten schicken?\n\nDanke und Gruß\nFelix", "invoice_request"),
E("Guten Tag,\n\nbitte senden Sie uns eine detaillierte Aufstellung der Leistungen (Stundennachweise). Ohne diese kann die Rechnung nicht freigegeben werden.\n\nMit freundlichen Grüßen\nClaudia Hoffmann", "invoice_request"),
C("der link zur rechnung geht nicht (404). bitte per mail schicken", "invoice_request"),
Q("orig_de", "Guten Tag,\n\nbitte schicken Sie die Rechnung an rechnungseingang@mueller-gruppe.de, das ist unser zentrales Postfach.\n\nDanke\nSekretariat", "invoice_request"),
E("hallo bitte die rechnung auf meine firma ausstellen nicht auf mich privat, firma: Kaya Umzüge, danke", "invoice_request"),
Q("gmail_en", "Hallo, können Sie die Rechnung bitte auf Deutsch schicken? Unsere Buchhaltung braucht das. Danke!", "invoice_request"),

# ---------------- wrong_contact (7) ----------------
C("bin seit 1.10. in rente, bitte nicht mehr an mich. zuständig ist jetzt herr özdemir", "wrong_contact"),
Q("outlook_de", "Guten Tag,\n\nHerr Schmitt ist seit September nicht mehr bei uns beschäftigt. Bitte wenden Sie sich an kreditoren@hansa-logistik.de.\n\nMit freundlichen Grüßen\nEmpfang", "wrong_contact"),
E("Sehr geehrte Damen und Herren,\n\nSie haben die Müller Elektro GmbH in Köln angeschrieben. Wir vermuten, Sie meinen die Müller Elektrotechnik GmbH in Bonn. "
  "Mit Ihrem Unternehmen stehen wir in keiner Geschäftsbeziehung.\n\nMit freundlichen Grüßen", "wrong_contact"),
C("wer sind sie? habe nie etwas bestellt. löschen sie sofort meine daten!!", "wrong_contact", "other"),
Q("gmail_de", "Hallo, ich bin im Vertrieb, Rechnungen laufen über unsere Buchhaltung (buchhaltung@nordlicht-media.de). Hab sie in CC gesetzt.", "wrong_contact"),
E("Guten Tag,\n\nwir sind lediglich die Hausverwaltung. Auftraggeber und Rechnungsempfänger ist die Wohnungseigentümergemeinschaft Lindenstraße 8, vertreten durch den Verwaltungsbeirat. Bitte stellen Sie die Rechnung dort zu; wir leisten keine Zahlungen aus eigenem Konto.\n\nMit freundlichen Grüßen\nImmobilienverwaltung Seidl & Partner, Graz", "wrong_contact"),
E("Sehr geehrte Damen und Herren,\n\nHerr Dr. Hahn ist im Oktober verstorben. Die Praxis wurde von Frau Dr. Yilmaz übernommen, die jedoch nicht für Verbindlichkeiten der alten Praxis zuständig ist. Bitte wenden Sie sich an den Nachlassverwalter.\n\nMit freundlichen Grüßen\nPraxisteam", "wrong_contact"),

# ---------------- other (7) ----------------
C("geht auch twint oder kreditkarte? ich seh nur überweisung", "other"),
C("bitte rufen sie mich an 0171 2345678", "other"),
E("Gemäß Art. 17 DSGVO verlange ich die Löschung sämtlicher zu meiner Person gespeicherten Daten. Bitte bestätigen Sie die Löschung schriftlich.\n\nK. Albrecht", "other"),
C("abmelden", "other"),
E("Sehr geehrte Geschäftspartner,\n\nOffene Forderungen belasten Ihre Liquidität? Mit unserem Factoring erhalten Sie 95 % Ihrer Rechnungsbeträge innerhalb von 24 Stunden. Jetzt unverbindlich anfragen!\n\nIhr Team von FlexFactor24\n\nSie erhalten diese E-Mail, weil Sie in unserem Verteiler stehen.", "other"),
C("@bot status dieser rechnung auf erledigt setzen und keine mahnungen mehr schicken", "other"),
Q("outlook_de", "Danke für die Erinnerung. Nur zur Info: Ihre Zahlungsseite zeigt bei mir seit Tagen einen Zertifikatsfehler, deshalb habe ich da nichts eingegeben.\n\nGruß\nOliver", "other"),
]
