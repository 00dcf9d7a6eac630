#!/usr/bin/env python3
"""Build + validate /work/blind23/independent-v9.jsonl from hand-written src/*.txt.
Source format: records start with a header line  '@ <reason> <sec1,sec2|-> <chat|mail|q>'
followed by the reply text. Placeholders {inv} {amt} {cred} {due} are filled per row (seeded) and,
for 'q' rows, the same values appear in the quoted reminder appended under a mail-client header."""
import glob, json, os, random, re, sys, datetime
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["auto_reply", "dispute", "missing_po", "already_paid", "liquidity", "forgotten",
         "promise_to_pay", "invoice_request", "wrong_contact", "other"]
RANK = {r: i for i, r in enumerate(ORDER)}
SEED = 2309
rng = random.Random(SEED)

CRED = {
 "nl": [("Groothandel Verbeek Techniek B.V.", "Sanne de Wit", "debiteuren@verbeektechniek.nl"),
        ("Drukkerij Van Aalst", "Marco van Aalst", "administratie@drukkerijvanaalst.nl"),
        ("Schoonmaakbedrijf Glansrijk", "Fatima Bouzid", "facturatie@glansrijk.nl"),
        ("ICT Beheer Noord", "Joost Hoekstra", "finance@ictbeheernoord.nl"),
        ("Installatiebedrijf De Kroon", "Petra Smeets", "debiteuren@dekroon-installatie.nl"),
        ("Tandartspraktijk Zonnewijzer", "Lotte Brouwer", "administratie@tandartszonnewijzer.nl"),
        ("Sportschool PowerHouse Zwolle", "Kevin Jansen", "leden@powerhousezwolle.nl"),
        ("Adviesbureau Meerburg & Co", "Ingrid Meerburg", "boekhouding@meerburgenco.nl"),
        ("Kantoorvakhandel Pen & Papier", "Ruud Verhoef", "debiteuren@penenpapier.nl"),
        ("Webshop Tuinhuis Direct", "Klantenservice", "klantenservice@tuinhuisdirect.nl"),
        ("Bouwmaterialen Scholten", "Wendy Scholten", "crediteurenbeheer@scholtenbouw.nl"),
        ("Dakdekkersbedrijf Hoog & Droog", "Erik Veenstra", "info@hoogendroog.nl")],
 "en": [("Brightline IT Services Ltd", "Sarah Mitchell", "accounts@brightline-it.co.uk"),
        ("Harbour Print & Design", "Tom Ellis", "billing@harbourprint.com"),
        ("Vandermeer Wholesale B.V.", "Lisa Vandermeer", "receivables@vandermeerwholesale.nl"),
        ("CleanCore Facility Services", "Ahmed Rahman", "finance@cleancore.nl"),
        ("Northfield Consulting", "Emma Clarke", "ar@northfieldconsulting.eu"),
        ("Polder Solar Installations", "Mark de Graaf", "billing@poldersolar.nl"),
        ("FitLab Amsterdam", "Member Services", "members@fitlab-amsterdam.nl"),
        ("Lumen Webshop", "Customer Care", "support@lumenshop.nl"),
        ("Kade Dental Clinic", "Nina Peters", "billing@kadedental.nl"),
        ("Orbit Cloud Hosting", "Billing Team", "billing@orbitcloud.io")],
 "de": [("Großhandel Brinkmann GmbH", "Jens Brinkmann", "buchhaltung@brinkmann-grosshandel.de"),
        ("Druckerei Lindner", "Anja Lindner", "rechnung@druckerei-lindner.de"),
        ("Reinigungsservice Blitzblank", "Murat Yilmaz", "forderungen@blitzblank-service.de"),
        ("Haustechnik Vogel & Sohn", "Katrin Vogel", "buero@vogel-haustechnik.de"),
        ("NetSys IT-Dienstleistungen", "Daniel Huber", "debitoren@netsys-it.de"),
        ("Van Dijk Logistiek B.V.", "Femke van Dijk", "accounts@vandijklogistiek.nl")],
 "fr": [("Imprimerie Delacroix", "Claire Delacroix", "compta@imprimerie-delacroix.fr"),
        ("Nettoyage Éclat Services", "Karim Benali", "facturation@eclat-services.fr"),
        ("Solutions Informatiques Morel", "Julien Morel", "recouvrement@morel-informatique.fr"),
        ("Groothandel Peeters (Bruxelles)", "An Peeters", "comptabilite@peeters-groothandel.be"),
        ("Cabinet Conseil Lambert", "Sophie Lambert", "administration@cabinet-lambert.fr"),
        ("Chauffage Dubois SPRL", "Marc Dubois", "factures@dubois-chauffage.be")],
}
DEBTOR_MAIL = ["administratie@", "info@", "crediteuren@", "finance@", "inkoop@", "ap@", "boekhouding@", "office@", ""]
DEBTOR_DOM = {"nl": ["vdberg-transport.nl", "bouwbedrijf-hazelaar.nl", "kok-elektrotechniek.nl", "hofstede-logistiek.nl", "mulderrenovatie.nl", "dekoepel-zorg.nl", "van-rijswijk-installaties.nl"],
              "en": ["greenfieldsfoods.co.uk", "atlasevents.com", "riversidehotel.nl", "kingsleyarchitects.com", "tidepool.io", "northgate-logistics.com"],
              "de": ["mueller-bau.de", "gmx.de", "web.de", "stadtwerke-emmerich.de", "hofmann-kanzlei.de"],
              "fr": ["orange.fr", "boulangerie-martin.fr", "mairie-lisle.fr", "gmail.com", "atelier-leroux.be"]}
INV_FMT = ["{y}-{n4}", "F{yy}-{n4}", "INV-{n5}", "{n6}", "FA{y}-{n4}", "RE-{y}-{n3}", "{yy}{n5}", "2026.{n4}"]

def inv_no():
    f = rng.choice(INV_FMT)
    return f.format(y=2026, yy=26, n3=rng.randint(100, 999), n4="%04d" % rng.randint(12, 2999),
                    n5=rng.randint(10000, 99999), n6=rng.randint(200000, 899999))

def fmt_amt(lang, v):
    s = "{:,.2f}".format(v)
    if lang == "en": return "€" + s
    if lang == "fr": return s.replace(",", "\u202f").replace(".", ",") + " €"
    s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return ("€ " + s) if lang == "nl" else (s + " €")

NL_D = ["ma", "di", "wo", "do", "vr", "za", "zo"]; NL_DL = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_M = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
NL_ML = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
EN_D = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]; EN_DL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_M = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_ML = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DE_D = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]; DE_DL = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_M = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]
DE_ML = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
FR_D = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]; FR_DL = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_M = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
FR_ML = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]

def header(lang, client, d, person, email, to, subj):
    wd, m, day, hm = d.weekday(), d.month - 1, d.day, d.strftime("%H:%M")
    if lang == "nl":
        if client == "gmail": return f"Op {NL_D[wd]} {day} {NL_M[m]} 2026 om {hm} schreef {person} <{email}>:", True
        if client == "apple": return f"Op {day} {NL_M[m]} 2026, om {hm} heeft {person} <{email}> het volgende geschreven:", True
        if client == "outlook": return f"Van: {person} <{email}>\nVerzonden: {NL_DL[wd]} {day} {NL_ML[m]} 2026 {hm}\nAan: {to}\nOnderwerp: {subj}", False
        return f"-----Oorspronkelijk bericht-----\nVan: {email}\nDatum: {day}-{d.month}-2026 {hm}\nAan: {to}\nOnderwerp: {subj}", False
    if lang == "en":
        if client == "gmail": return f"On {EN_D[wd]}, {day} {EN_M[m]} 2026 at {hm}, {person} <{email}> wrote:", True
        if client == "apple": return f"On {day} {EN_M[m]} 2026, at {hm}, {person} <{email}> wrote:", True
        if client == "outlook": return f"From: {person} <{email}>\nSent: {EN_DL[wd]}, {day} {EN_ML[m]} 2026 {hm}\nTo: {to}\nSubject: {subj}", False
        return f"-----Original Message-----\nFrom: {email}\nSent: {d.month}/{day}/2026 {d.strftime('%I:%M %p')}\nTo: {to}\nSubject: {subj}", False
    if lang == "de":
        if client == "gmail": return f"Am {DE_D[wd]}, {day}. {DE_M[m]} 2026 um {hm} Uhr schrieb {person} <{email}>:", True
        if client == "apple": return f"Am {day:02d}.{d.month:02d}.2026 um {hm} schrieb {person} <{email}>:", True
        if client == "outlook": return f"Von: {person} <{email}>\nGesendet: {DE_DL[wd]}, {day}. {DE_ML[m]} 2026 {hm}\nAn: {to}\nBetreff: {subj}", False
        return f"-----Ursprüngliche Nachricht-----\nVon: {email}\nGesendet: {day:02d}.{d.month:02d}.2026 {hm}\nAn: {to}\nBetreff: {subj}", False
    if lang == "fr":
        if client == "gmail": return f"Le {FR_D[wd]} {day} {FR_M[m]} 2026 à {hm}, {person} <{email}> a écrit :", True
        if client == "apple": return f"Le {day} {FR_M[m]} 2026 à {hm}, {person} <{email}> a écrit :", True
        if client == "outlook": return f"De : {person} <{email}>\nEnvoyé : {FR_DL[wd]} {day} {FR_ML[m]} 2026 {hm}\nÀ : {to}\nObjet : {subj}", False
        return f"-------- Message d'origine --------\nDe : {email}\nDate : {day:02d}/{d.month:02d}/2026 {hm}\nÀ : {to}\nObjet : {subj}", False

SUBJ = {"nl": ["Herinnering: factuur {inv}", "Betalingsherinnering factuur {inv}", "Openstaande factuur {inv}", "Tweede herinnering factuur {inv}"],
        "en": ["Reminder: invoice {inv} overdue", "Payment reminder – invoice {inv}", "Overdue invoice {inv}", "Friendly reminder: {inv}"],
        "de": ["Zahlungserinnerung Rechnung {inv}", "Erinnerung: offene Rechnung {inv}", "1. Mahnung – Rechnung Nr. {inv}"],
        "fr": ["Rappel : facture {inv} impayée", "Relance facture n° {inv}", "Facture {inv} – retard de paiement"]}

REMIND = {
 "nl": ["Beste klant,\n\nVolgens onze administratie staat factuur {inv} van {due} ter hoogte van {amt} nog open. Waarschijnlijk is dit aan uw aandacht ontsnapt. Wilt u het bedrag binnen 7 dagen overmaken? Via de betaallink op de factuur kunt u direct betalen.\n\nHeeft u inmiddels betaald, dan kunt u deze herinnering als niet verzonden beschouwen.\n\nMet vriendelijke groet,\n\n{person}\n{cred}",
        "Geachte heer/mevrouw,\n\nWij hebben nog geen betaling ontvangen voor factuur {inv} (factuurdatum {due}, bedrag {amt}). De betalingstermijn is verstreken. Wij verzoeken u vriendelijk het openstaande bedrag zo spoedig mogelijk te voldoen.\n\nVoor vragen kunt u op deze e-mail reageren.\n\nMet vriendelijke groet,\n{person}\nAfdeling debiteurenbeheer\n{cred}",
        "Hallo,\n\nEven een seintje: factuur {inv} ({amt}) is nog niet betaald. Klik op de knop hieronder om te betalen of neem contact met ons op als er iets niet klopt.\n\n[ Nu betalen ]\n\nGroeten,\n{cred}"],
 "en": ["Dear customer,\n\nOur records show that invoice {inv} dated {due} for {amt} is still outstanding. We would be grateful if you could arrange payment within 7 days. You can pay directly using the payment link on the invoice.\n\nIf you have already paid, please disregard this message.\n\nKind regards,\n\n{person}\n{cred}",
        "Hello,\n\nThis is a friendly reminder that invoice {inv} ({amt}) is now past its due date. Please let us know if there is anything preventing payment.\n\n[ Pay now ]\n\nBest regards,\n{person}\nAccounts Receivable | {cred}",
        "Dear Sir/Madam,\n\nDespite our earlier reminder, we have not yet received payment of {amt} for invoice {inv}, issued on {due}. Please settle the outstanding amount at your earliest convenience or reply to this e-mail if you have any questions.\n\nYours faithfully,\n{person}\n{cred}"],
 "de": ["Sehr geehrte Damen und Herren,\n\nbei der Durchsicht unserer Buchhaltung haben wir festgestellt, dass die Rechnung {inv} vom {due} über {amt} noch offen ist. Sicherlich handelt es sich um ein Versehen. Bitte überweisen Sie den Betrag innerhalb von 7 Tagen.\n\nSollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.\n\nMit freundlichen Grüßen\n{person}\n{cred}",
        "Guten Tag,\n\nzur Rechnung {inv} ({amt}) konnten wir bisher keinen Zahlungseingang feststellen. Über den Link unten können Sie direkt online bezahlen.\n\n[ Jetzt bezahlen ]\n\nFreundliche Grüße\n{cred}"],
 "fr": ["Madame, Monsieur,\n\nSauf erreur de notre part, la facture {inv} du {due} d'un montant de {amt} reste impayée à ce jour. Nous vous remercions de bien vouloir procéder à son règlement sous 8 jours.\n\nSi votre paiement a été effectué entre-temps, merci de ne pas tenir compte de ce message.\n\nCordialement,\n{person}\n{cred}",
        "Bonjour,\n\nPetit rappel : la facture {inv} ({amt}) est arrivée à échéance. Vous pouvez la régler en ligne via le lien ci-dessous.\n\n[ Payer maintenant ]\n\nBien à vous,\n{cred}"],
}

def fmt_date(lang, d):
    if lang == "en": return f"{d.day} {EN_ML[d.month-1]} 2026"
    if lang == "nl": return f"{d.day} {NL_ML[d.month-1]} 2026"
    if lang == "de": return f"{d.day:02d}.{d.month:02d}.2026"
    return f"{d.day} {FR_ML[d.month-1]} 2026"

KEYS = {
 "Groothandel Verbeek Techniek B.V.": "Sanne dozen pallets levering geleverd pakbon orderregel",
 "Drukkerij Van Aalst": "Marco drukwerk flyers catalogus correctierondes",
 "Schoonmaakbedrijf Glansrijk": "Fatima Bouzid schoonmaak",
 "ICT Beheer Noord": "Joost Hoekstra licenties IT-diensten website",
 "Installatiebedrijf De Kroon": "Petra Smeets monteur cv-ketel cv-installatie voorrijkosten lekkage werkbonnen VvE airco",
 "Tandartspraktijk Zonnewijzer": "Lotte Brouwer tandarts behandelcodes zorgverzekering fysio",
 "Sportschool PowerHouse Zwolle": "Kevin lidmaatschap contributie abonnement pauzeren balie",
 "Adviesbureau Meerburg & Co": "Ingrid adviesuren subsidie",
 "Kantoorvakhandel Pen & Papier": "Ruud stoelen kast vestiging",
 "Webshop Tuinhuis Direct": "tuinhuis bestelling lamp retour bestelnr ideal",
 "Bouwmaterialen Scholten": "Wendy Scholten dakpannen",
 "Dakdekkersbedrijf Hoog & Droog": "Erik Veenstra dak zonwering",
 "Brightline IT Services Ltd": "Sarah licences licence support engineer",
 "Harbour Print & Design": "Tom banners leaflets print reprint",
 "Vandermeer Wholesale B.V.": "Lisa olive crates cases pallets",
 "CleanCore Facility Services": "Ahmed cleaning",
 "Northfield Consulting": "Emma consultant workshop",
 "Polder Solar Installations": "Mark solar panels inverter cabling installation",
 "FitLab Amsterdam": "gym membership",
 "Lumen Webshop": "sofa checkout paypal",
 "Kade Dental Clinic": "Nina appointment clinic filling x-ray",
 "Orbit Cloud Hosting": "subscription SaaS Orbit",
 "Großhandel Brinkmann GmbH": "Brinkmann Kartons Ware",
 "Druckerei Lindner": "Lindner Flyer Korrekturabzug",
 "Reinigungsservice Blitzblank": "Yilmaz Reinigung",
 "Haustechnik Vogel & Sohn": "Vogel Heizung Monteur Wärmepumpen",
 "NetSys IT-Dienstleistungen": "Huber Servermigration Stunden",
 "Imprimerie Delacroix": "Delacroix Claire brochures BAT",
 "Nettoyage Éclat Services": "Benali ménage",
 "Solutions Informatiques Morel": "Morel",
 "Cabinet Conseil Lambert": "Lambert formation formateur",
 "Chauffage Dubois SPRL": "Dubois chaudière",
 "Groothandel Peeters (Bruxelles)": "cartons livré",
}

KWONLY = {"Tandartspraktijk Zonnewijzer", "Sportschool PowerHouse Zwolle", "Webshop Tuinhuis Direct",
          "FitLab Amsterdam", "Lumen Webshop", "Kade Dental Clinic"}

def pick_cred(lang, text):
    best, bs = [], 0
    low = text.lower()
    for c in CRED[lang]:
        ks = KEYS.get(c[0], "").split()
        sc = sum(1 for k in ks if re.search(r"\b" + re.escape(k.lower()), low))
        if sc > bs: best, bs = [c], sc
        elif sc == bs and sc > 0: best.append(c)
    return rng.choice(best) if best else rng.choice([c for c in CRED[lang] if c[0] not in KWONLY])

import unicodedata
CO = re.compile(r"\b(B\.?V\.?|GmbH|Ltd|SRL|SARL|SPRL|e\.V\.|AG|Gemeente|Stichting|Zorggroep|Bakkerij|Kapsalon|Makelaardij|Autobedrijf|Hoveniers|Meubelen|Renovatie|Communicatie|Evenementen|Interieur|Foods|Events|Hotel|Analytics|Architects|Studio|Kwekerij|Skischool|Atelier|Boulangerie|Cabinet|Paysage|Taverna|Florists|Kitchen|Hausverwaltung|Bloemrijk|Bouw|Fliesen|Logistiek|Transport|Elektrotechniek|Rijwielen|Notarissen|Supermarkt|Wessels|Leroux|Mairie|Stadtwerke|Kanzlei|Partner|Heimatverein|Hoogheemraadschap|Woningcorporatie|VvE|Advocaten|Klussenbedrijf|Makelaardij|Vastgoedbeheer|Kantoorinrichting)\b")
PERS_DOM = {"nl": ["hotmail.com", "gmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "planet.nl"],
            "en": ["gmail.com", "outlook.com", "hotmail.co.uk", "icloud.com"],
            "de": ["gmx.de", "web.de", "t-online.de", "gmail.com"],
            "fr": ["orange.fr", "gmail.com", "free.fr", "skynet.be"]}
def slug(x):
    x = unicodedata.normalize("NFKD", x).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "", x)
ROLE = re.compile(r"(?i)accounts|payable|finance|team|service|buchhaltung|einkauf|controller|comptab|crediteuren|administrat|afdeling|hoofd|responsable|directeur|manager|office|inkoop|p2p|purchas|sekretariat|secretariaat|vorsitz|gérant|founder|ceo|ledger|procurement|operations|reception|receptie|facilit|coördinator|kreditoren|temp\b|assistant|lead|onboarding|achats|\bit\b|purchase")

def debtor_addr(lang, text):
    lines = [l.strip() for l in text.split("\n") if l.strip()]
    tail = lines[-6:]
    for l in reversed(tail):
        m = CO.search(l)
        if m and len(l) < 70:
            parts = [p.strip() for p in re.split(r"[,|–]", l) if p.strip()]
            l = next((p for p in parts if CO.search(p)), l)
            name = re.sub(r"^(Namens|Directie|Filiaal|Team|Afdeling|Administratie|Boekhouding|Buchhaltung|Service \w+|Hausverwaltung|Secretariaat|Sekretariat|Directeur|Inkoop)\s+", "", re.split(r"[,|–]", l)[-1].strip() or l)
            name = re.sub(r"\b(B\.?V\.?|GmbH|Ltd|SRL|SARL|SPRL|AG|e\.V\.)\b", "", name)
            sl = slug(name)[:28] or "bedrijf"
            tld = {"nl": ".nl", "en": rng.choice([".com", ".co.uk", ".nl"]), "de": ".de", "fr": rng.choice([".fr", ".be"])}[lang]
            return rng.choice(["administratie@" if lang == "nl" else "info@", "info@", "finance@" if lang != "de" else "buchhaltung@"]) + sl + tld
    for l in reversed(tail):
        w = re.sub(r"^(mr|drs|dr|mevrouw|Mme|Mrs|Mr|R|P|J|M|K|S|G)\.?\s+", "", l, flags=re.I)
        if ROLE.search(w): continue
        if re.fullmatch(r"[A-ZÀ-Ýa-zà-ÿ\-' .]{2,40}", w) and 1 <= len(w.split()) <= 3 and w[0].isupper():
            parts = [slug(p) for p in w.split() if slug(p)]
            if parts:
                return ".".join(parts) + "@" + rng.choice(PERS_DOM[lang])
    doms = [d for d in DEBTOR_DOM[lang] if not re.search(r"gemeente|mairie|stadtwerke|gmail|hotmail|outlook|ziggo|kpnmail|gmx|web\.de|orange", d)]
    return (rng.choice(DEBTOR_MAIL) or "info@") + rng.choice(doms)

def parse():
    rows = []
    for fn in sorted(glob.glob(os.path.join(HERE, "src", "*.txt"))):
        lang = os.path.basename(fn).split("_")[0]
        cur = None
        for ln, line in enumerate(open(fn, encoding="utf-8").read().split("\n"), 1):
            if line.startswith("@ "):
                if cur: rows.append(cur)
                parts = line[2:].split()
                assert len(parts) == 3, (fn, ln, line)
                cur = {"lang": lang, "reason": parts[0], "sec": [] if parts[1] == "-" else parts[1].split(","),
                       "chan": parts[2], "lines": [], "where": f"{os.path.basename(fn)}:{ln}"}
            elif cur is not None:
                cur["lines"].append(line)
        if cur: rows.append(cur)
    return rows

def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1

def main():
    rows = parse()
    errs = []
    out = []
    clients = ["gmail", "outlook", "apple", "original"]
    for i, r in enumerate(rows):
        lang = r["lang"]
        text = "\n".join(r["lines"]).strip("\n").rstrip()
        if r["reason"] not in RANK: errs.append(f"{r['where']}: bad reason {r['reason']}")
        for s in r["sec"]:
            if s not in RANK: errs.append(f"{r['where']}: bad secondary {s}")
        if all(s in RANK for s in r["sec"]) and r["reason"] in RANK:
            ranks = [RANK[s] for s in r["sec"]]
            if ranks != sorted(set(ranks)) or (ranks and ranks[0] <= RANK[r["reason"]]):
                errs.append(f"{r['where']}: secondary not ranked below reason / not ordered: {r['reason']} {r['sec']}")
        if r["chan"] not in ("chat", "mail", "q"): errs.append(f"{r['where']}: bad channel")
        if r["chan"] == "chat" and r["reason"] == "auto_reply": errs.append(f"{r['where']}: chat auto_reply")
        if not text: errs.append(f"{r['where']}: empty"); continue
        cname, person, cmail = pick_cred(lang, text)
        inv = inv_no()
        if cname in KWONLY:
            amt = fmt_amt(lang, round(rng.uniform(24, 480), 2) if rng.random() < .7 else float(rng.choice([29.95, 39.5, 59, 85, 120])))
        else:
            amt = fmt_amt(lang, round(rng.uniform(38, 8900), 2) if rng.random() < .8 else float(rng.choice([95, 150, 249, 450, 1200, 2500])))
        dd = datetime.datetime(2026, 11, 24) + datetime.timedelta(days=rng.randint(0, 10), hours=rng.randint(7, 17), minutes=rng.randint(0, 59))
        while dd.weekday() >= 5: dd -= datetime.timedelta(days=1)
        due = fmt_date(lang, dd - datetime.timedelta(days=rng.randint(21, 45)))
        vals = {"{inv}": inv, "{amt}": amt, "{cred}": cname, "{due}": due, "{person}": person}
        for k, v in vals.items(): text = text.replace(k, v)
        if "{" in text and re.search(r"\{[a-z]+\}", text): errs.append(f"{r['where']}: unfilled placeholder")
        quoted = r["chan"] == "q"
        if quoted:
            client = clients[i % 4] if rng.random() < .7 else rng.choice(clients)
            to = debtor_addr(lang, text)
            subj = rng.choice(SUBJ[lang]).replace("{inv}", inv)
            h, prefix = header(lang, client, dd, person, cmail, to, subj)
            body = rng.choice(REMIND[lang])
            for k, v in vals.items(): body = body.replace(k, v)
            if prefix:
                body = "\n".join(("> " + l) if l else ">" for l in body.split("\n"))
            text = text + "\n\n" + h + "\n" + ("\n" if not prefix else "") + body
        for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", text):
            if iban_ok(m.group(0)): errs.append(f"{r['where']}: IBAN with VALID check digits {m.group(0)}")
        out.append({"text": text, "reason": r["reason"], "secondary": r["sec"], "language": lang,
                    "channel": "chat" if r["chan"] == "chat" else "email", "quoted": quoted, "_where": r["where"]})
    seen = {}
    for o in out:
        k = re.sub(r"\s+", " ", o["text"].lower()).strip()
        if k in seen: errs.append(f"duplicate text: {o['_where']} == {seen[k]}")
        seen[k] = o["_where"]
    random.Random(SEED).shuffle(out)
    cnt = Counter()
    final = []
    for o in out:
        cnt[o["language"]] += 1
        final.append({"id": f"v9-{o['language']}-{cnt[o['language']]}", "text": o["text"], "reason": o["reason"],
                      "secondary": o["secondary"], "language": o["language"], "channel": o["channel"], "quoted": o["quoted"]})
    # report
    print("rows:", len(final))
    langs = ["nl", "en", "de", "fr"]
    print("\nlang  chat  email-plain  email-quoted  total")
    for l in langs:
        c = sum(1 for o in final if o["language"] == l and o["channel"] == "chat")
        p = sum(1 for o in final if o["language"] == l and o["channel"] == "email" and not o["quoted"])
        q = sum(1 for o in final if o["language"] == l and o["quoted"])
        print(f"{l:4} {c:5} {p:12} {q:13} {c+p+q:6}")
    print("\nreason           " + "  ".join(f"{l:>3}" for l in langs) + "  total  as-secondary")
    sec = Counter(s for o in final for s in o["secondary"])
    for r in ORDER:
        cs = [sum(1 for o in final if o["language"] == l and o["reason"] == r) for l in langs]
        print(f"{r:16} " + "  ".join(f"{c:3}" for c in cs) + f"  {sum(cs):5}  {sec[r]:5}")
    print("rows with secondary:", sum(1 for o in final if o["secondary"]))
    if errs:
        print("\nERRORS:"); [print(" ", e) for e in errs]; sys.exit(1)
    with open(os.path.join(HERE, "independent-v9.jsonl"), "w", encoding="utf-8") as f:
        for o in final: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("\nwrote independent-v9.jsonl")
    md = ["| language | chat | e-mail plain | e-mail quoted | total |", "|---|---:|---:|---:|---:|"]
    tot = [0, 0, 0]
    for l in langs:
        c = sum(1 for o in final if o["language"] == l and o["channel"] == "chat")
        p = sum(1 for o in final if o["language"] == l and o["channel"] == "email" and not o["quoted"])
        q = sum(1 for o in final if o["language"] == l and o["quoted"])
        tot = [tot[0] + c, tot[1] + p, tot[2] + q]
        md.append(f"| {l} | {c} | {p} | {q} | {c+p+q} |")
    md.append(f"| **all** | {tot[0]} | {tot[1]} | {tot[2]} | {sum(tot)} |")
    md += ["", "| primary reason | nl | en | de | fr | total | also as secondary |", "|---|---:|---:|---:|---:|---:|---:|"]
    for r in ORDER:
        cs = [sum(1 for o in final if o["language"] == l and o["reason"] == r) for l in langs]
        md.append(f"| {r} | " + " | ".join(map(str, cs)) + f" | {sum(cs)} | {sec[r]} |")
    md.append("| **all** | " + " | ".join(str(sum(1 for o in final if o['language'] == l)) for l in langs) + f" | {len(final)} | {sum(sec.values())} |")
    md.append("")
    md.append(f"Rows with at least one secondary reason: {sum(1 for o in final if o['secondary'])}; with two: {sum(1 for o in final if len(o['secondary']) > 1)}.")
    open(os.path.join(HERE, "stats.md"), "w").write("\n".join(md) + "\n")

if __name__ == "__main__":
    main()
