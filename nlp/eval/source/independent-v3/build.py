"""Builds independent-v3.jsonl from the hand-written replies in data_*.py.

Only the quoted reminder blocks (headers, dates, supplier names) are assembled
here; every reply text is written by hand in the data files.
"""
import json, random, datetime, importlib, sys, os, re

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

WD = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}
MO = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
}
MO_FR_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
MO_DE_ABBR = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]
MO_NL_ABBR = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
WD_NL_ABBR = ["ma", "di", "wo", "do", "vr", "za", "zo"]
WD_DE_ABBR = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
WD_FR_ABBR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]

SUPPLIERS = {
    "nl": [("Van Dijk Kantoorinrichting", "vandijk-kantoor.nl", "Esther van Dijk"),
           ("Groenveld Schoonmaak B.V.", "groenveldschoonmaak.nl", "Debiteurenbeheer"),
           ("Installatiebedrijf Smits", "smits-installatie.nl", "Karin Smits"),
           ("Printwerk Noord", "printwerknoord.nl", "Jeroen Hofstra"),
           ("De Vries ICT Services", "devries-ict.nl", "Team Facturatie"),
           ("Hoekstra Transport", "hoekstratransport.nl", "Marieke Hoekstra"),
           ("Zonnepanelen Oost B.V.", "zpoost.nl", "Administratie")],
    "en": [("Hartley Facilities Ltd", "hartleyfacilities.co.uk", "Accounts Receivable"),
           ("Brightwater Print & Design", "brightwaterprint.co.uk", "Sophie Marsh"),
           ("Kingsway Catering Supplies", "kingswaycatering.co.uk", "Credit Control"),
           ("Northgate IT Solutions", "northgate-it.com", "Daniel Reeve"),
           ("Pennine Plant Hire", "pennineplanthire.co.uk", "Gemma Walsh"),
           ("Oakfield Energy Services", "oakfieldenergy.co.uk", "Billing Team")],
    "de": [("Schneider Gebäudetechnik GmbH", "schneider-gt.de", "Buchhaltung"),
           ("Bürobedarf Krause", "krause-buero.de", "Petra Krause"),
           ("Weber Logistik GmbH & Co. KG", "weber-logistik.de", "Forderungsmanagement"),
           ("Hofmann IT-Service", "hofmann-it.de", "Jan Hofmann"),
           ("Elektro Bauer e.K.", "elektro-bauer.de", "Sabine Wolf")],
    "fr": [("Nettoyage Dumas SARL", "dumas-nettoyage.fr", "Service comptabilité"),
           ("Imprimerie Lefèvre", "imprimerie-lefevre.fr", "Claire Lefèvre"),
           ("Transports Mertens SA", "mertens-transports.be", "Service recouvrement"),
           ("Bureautique Rousseau", "rousseau-bureautique.fr", "Julien Rousseau"),
           ("Froid Services Wallonie", "froidservices.be", "Nathalie Peeters")],
}
TODOM = {
    "nl": ["bouwbedrijf-kok.nl", "vanderheijden.nl", "dekoffiebrander.nl", "mulderadvies.nl", "gmail.com", "hotmail.com", "kpnmail.nl", "rivierzorg.nl"],
    "en": ["fieldstone-ltd.co.uk", "gmail.com", "btinternet.com", "harrowgateclinic.co.uk", "outlook.com", "mercerhomes.co.uk", "pinewoodschool.org.uk"],
    "de": ["gmx.de", "web.de", "t-online.de", "brandt-bau.de", "kanzlei-ostermann.de", "hausverwaltung-roth.de"],
    "fr": ["orange.fr", "gmail.com", "skynet.be", "boulangerie-arnaud.fr", "cabinet-vidal.fr", "telenet.be", "laposte.net"],
}
RECIP = {"nl": ["administratie", "info", "facturen", "inkoop", "finance", "crediteuren"],
         "en": ["accounts", "info", "finance", "ap", "purchasing", "office"],
         "de": ["buchhaltung", "info", "einkauf", "rechnungseingang", "kontakt"],
         "fr": ["compta", "contact", "factures", "administration", "info"]}
FREEMAIL = {"gmail.com", "hotmail.com", "kpnmail.nl", "btinternet.com", "outlook.com", "gmx.de", "web.de", "t-online.de", "orange.fr", "skynet.be", "telenet.be", "laposte.net"}
PERSONAL = {"nl": ["j.devries", "m.bakker1978", "sanne.visser", "pdejong", "kees.meijer"],
            "en": ["sarah.jones", "mike_t", "jwilliams84", "karen.hughes", "d.evans"],
            "de": ["thomas.mueller", "s.weber", "anna.schmidt82", "k.becker"],
            "fr": ["marie.dupont", "jlmartin", "c.bernard", "nicolas.durand", "sophie.lambert"]}

SUBJ = {
    "nl": ["Betalingsherinnering factuur {inv}", "Herinnering: openstaande factuur {inv}", "Openstaande post {inv}", "1e herinnering factuur {inv}"],
    "en": ["Payment reminder: invoice {inv}", "Reminder - invoice {inv} overdue", "Overdue account: {inv}", "Invoice {inv} - payment reminder"],
    "de": ["Zahlungserinnerung Rechnung {inv}", "Erinnerung: offene Rechnung Nr. {inv}", "Offener Posten {inv}", "Freundliche Zahlungserinnerung – {inv}"],
    "fr": ["Relance : facture {inv}", "Rappel de paiement – facture n° {inv}", "Facture {inv} impayée", "Rappel amiable facture {inv}"],
}

REM = {
    "nl": [
        "Beste klant,\n\nVolgens onze administratie staat factuur {inv} van {amt} met vervaldatum {due} nog open. Wij verzoeken u vriendelijk het bedrag binnen 7 dagen over te maken.\n\nMet vriendelijke groet,\n{contact}\n{supplier}",
        "Geachte heer/mevrouw,\n\nIn onze administratie zien wij dat de betaling van onderstaande factuur nog niet is ontvangen:\n\nFactuurnummer: {inv}\nBedrag: {amt}\nVervaldatum: {due}\n\nU kunt eenvoudig betalen via {link}\n\nHeeft u inmiddels betaald, dan kunt u dit bericht als niet verzonden beschouwen.\n\nMet vriendelijke groet,\n{supplier}",
        "Hallo,\n\nMisschien is het u ontschoten: factuur {inv} ({amt}) had op {due} betaald moeten zijn. Wilt u de betaling zo spoedig mogelijk regelen? Betalen kan direct via {link}.\n\nGroet,\n{contact} | {supplier}",
        "Beste relatie,\n\nDe termijn van factuur {inv} is verstreken. Het openstaande bedrag is {amt}. Wij zien uw betaling graag binnen 14 dagen tegemoet.\n\n{supplier}\nAfdeling debiteuren",
    ],
    "en": [
        "Dear customer,\n\nOur records show that invoice {inv} for {amt}, due on {due}, remains unpaid. We would be grateful if you could arrange payment at your earliest convenience.\n\nKind regards,\n{contact}\n{supplier}",
        "Hello,\n\nThis is a friendly reminder that the following invoice is now overdue:\n\nInvoice: {inv}\nAmount: {amt}\nDue date: {due}\n\nYou can pay online here: {link}\n\nIf payment has already been made, please ignore this email.\n\nMany thanks,\n{supplier}",
        "Dear Sir/Madam,\n\nWe note that invoice {inv} ({amt}) is now past its due date of {due}. Please settle the outstanding balance within 7 days.\n\nYours faithfully,\n{contact}\n{supplier}",
        "Hi,\n\nJust a quick nudge - invoice {inv} for {amt} was due on {due}. The payment link is {link}.\n\nThanks,\n{contact}, {supplier}",
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nbei der Durchsicht unserer Konten haben wir festgestellt, dass die Rechnung {inv} über {amt} (fällig am {due}) noch offen ist. Wir bitten Sie, den Betrag innerhalb von 7 Tagen zu überweisen.\n\nMit freundlichen Grüßen\n{contact}\n{supplier}",
        "Guten Tag,\n\nsicher handelt es sich um ein Versehen: Unsere Rechnung {inv} vom {due} über {amt} ist noch nicht beglichen. Sie können bequem online bezahlen: {link}\n\nFreundliche Grüße\n{supplier}",
        "Sehr geehrte Kundin, sehr geehrter Kunde,\n\nfolgender Posten ist überfällig:\n\nRechnungsnummer: {inv}\nBetrag: {amt}\nFälligkeit: {due}\n\nBitte begleichen Sie den offenen Betrag zeitnah.\n\nMit freundlichen Grüßen\n{contact} | {supplier}",
    ],
    "fr": [
        "Madame, Monsieur,\n\nSauf erreur de notre part, la facture {inv} d'un montant de {amt}, échue le {due}, reste impayée à ce jour. Nous vous remercions de bien vouloir procéder à son règlement dans les meilleurs délais.\n\nCordialement,\n{contact}\n{supplier}",
        "Bonjour,\n\nNous nous permettons de vous rappeler que la facture suivante n'a pas encore été réglée :\n\nN° de facture : {inv}\nMontant : {amt}\nÉchéance : {due}\n\nVous pouvez payer en ligne : {link}\n\nBien à vous,\n{supplier}",
        "Chère cliente, cher client,\n\nLa facture {inv} ({amt}) est arrivée à échéance le {due}. Merci de régulariser la situation sous huitaine.\n\nSalutations distinguées,\n{contact} – {supplier}",
    ],
}

INV_FORMATS = ["{y}-{n4}", "INV-{n5}", "F{yy}/{n4}", "RE-{y}-{n4}", "FA-{n5}", "{y}{n4}", "SI-{n6}", "VF{yy}-{n4}"]


def amount(rng, lang):
    v = rng.choice([rng.uniform(85, 400), rng.uniform(300, 3000), rng.uniform(2000, 25000)])
    v = round(v, 2)
    ip, dp = f"{v:.2f}".split(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:]); ip = ip[:-3]
    groups.insert(0, ip)
    if lang == "nl":
        return "€ " + ".".join(groups) + "," + dp
    if lang == "en":
        return rng.choice(["£", "£", "€"]) + ",".join(groups) + "." + dp
    if lang == "de":
        return ".".join(groups) + "," + dp + " €"
    return "\u00a0".join(groups).replace("\u00a0", " ") + "," + dp + " €"


def fmt_date(d, lang):
    if lang == "en":
        return f"{d.day} {MO['en'][d.month-1]} {d.year}"
    return d.strftime("%d-%m-%Y") if lang == "nl" else d.strftime("%d.%m.%Y") if lang == "de" else d.strftime("%d/%m/%Y")


def header(style, name, email, to, subj, dt):
    wd = dt.weekday(); m = dt.month - 1; hh = f"{dt.hour:02d}"; mi = f"{dt.minute:02d}"
    d = dt.day; y = dt.year
    gt = ">"
    if style == "gmail_en":
        return f"On {WD['en'][wd][:3]}, {d} {MO['en'][m][:3]} {y} at {hh}:{mi}, {name} <{email}> wrote:", gt
    if style == "gmail_us":
        h12 = dt.hour % 12 or 12
        return f"On {WD['en'][wd][:3]}, {MO['en'][m][:3]} {d}, {y} at {h12}:{mi} {'PM' if dt.hour >= 12 else 'AM'} {name} <{email}> wrote:", gt
    if style == "gmail_nl":
        return f"Op {WD_NL_ABBR[wd]} {d} {MO_NL_ABBR[m]} {y} om {hh}:{mi} schreef {name} <{email}>:", gt
    if style == "gmail_de":
        return f"Am {WD_DE_ABBR[wd]}, {d}. {MO_DE_ABBR[m]} {y} um {hh}:{mi} Uhr schrieb {name} <{email}>:", gt
    if style == "gmail_fr":
        return f"Le {WD_FR_ABBR[wd]} {d} {MO_FR_ABBR[m]} {y} à {hh}:{mi}, {name} <{email}> a écrit :", gt
    if style == "thunder":
        return f"On {dt.strftime('%d/%m/%Y')} {hh}:{mi}, {name} wrote:", gt
    if style == "datefirst":
        return f"{dt.strftime('%Y-%m-%d')} {hh}:{mi} GMT+01:00 {name} <{email}>:", gt
    if style == "apple_en":
        return f"On {d} {MO['en'][m][:3]} {y}, at {hh}:{mi}, {name} <{email}> wrote:", "apple"
    if style == "apple_nl":
        return f"Op {d} {MO_NL_ABBR[m]} {y} om {hh}:{mi} heeft {name} <{email}> het volgende geschreven:", "apple"
    if style == "apple_de":
        return f"Am {dt.strftime('%d.%m.%Y')} um {hh}:{mi} schrieb {name} <{email}>:", "apple"
    if style == "apple_fr":
        return f"Le {d} {MO_FR_ABBR[m]} {y} à {hh}:{mi}, {name} <{email}> a écrit :", "apple"
    if style == "outlook_en":
        return ("________________________________\n"
                f"From: {name} <{email}>\nSent: {WD['en'][wd]}, {d} {MO['en'][m]} {y} {hh}:{mi}\nTo: {to}\nSubject: {subj}"), None
    if style == "outlook_nl":
        return (f"Van: {name} <{email}>\nVerzonden: {WD['nl'][wd]} {d} {MO['nl'][m]} {y} {hh}:{mi}\nAan: {to}\nOnderwerp: {subj}"), None
    if style == "outlook_de":
        return (f"Von: {name} <{email}>\nGesendet: {WD['de'][wd]}, {d}. {MO['de'][m]} {y} {hh}:{mi}\nAn: {to}\nBetreff: {subj}"), None
    if style == "outlook_fr":
        return (f"De : {name} <{email}>\nEnvoyé : {WD['fr'][wd]} {d} {MO['fr'][m]} {y} {hh}:{mi}\nÀ : {to}\nObjet : {subj}"), None
    if style == "orig_en":
        return ("-----Original Message-----\n"
                f"From: {name} [mailto:{email}]\nSent: {dt.strftime('%d %B %Y %H:%M')}\nTo: {to}\nSubject: {subj}"), None
    if style == "orig_de":
        return ("-----Ursprüngliche Nachricht-----\n"
                f"Von: {name} <{email}>\nGesendet: {dt.strftime('%d.%m.%Y')} {hh}:{mi}\nAn: {to}\nBetreff: {subj}"), None
    if style == "orig_nl":
        return ("-----Oorspronkelijk bericht-----\n"
                f"Van: {name} <{email}>\nVerzonden: {dt.strftime('%d-%m-%Y')} {hh}:{mi}\nAan: {to}\nOnderwerp: {subj}"), None
    if style == "orig_fr":
        return ("-----Message d'origine-----\n"
                f"De : {name} <{email}>\nEnvoyé : {dt.strftime('%d/%m/%Y')} {hh}:{mi}\nÀ : {to}\nObjet : {subj}"), None
    if style == "mobile_en":
        return (f"From: {name} <{email}>\nDate: {WD['en'][wd][:3]}, {d} {MO['en'][m][:3]} {y} at {hh}:{mi}\nTo: {to}\nSubject: {subj}"), None
    raise ValueError(style)


STYLE_LANG = {"gmail_en": "en", "gmail_us": "en", "thunder": "en", "apple_en": "en", "outlook_en": "en", "orig_en": "en", "mobile_en": "en",
              "gmail_nl": "nl", "apple_nl": "nl", "outlook_nl": "nl", "orig_nl": "nl",
              "gmail_de": "de", "apple_de": "de", "outlook_de": "de", "orig_de": "de",
              "gmail_fr": "fr", "apple_fr": "fr", "outlook_fr": "fr", "orig_fr": "fr", "datefirst": None}


def build_quote(item, rng, lang):
    style = item["q"]
    rl = item.get("rl") or STYLE_LANG[style] or lang
    if not item.get("rl") and not item.get("amt") and lang != "en":
        x = rng.random()
        if x < 0.15:
            rl = "en"
        elif lang == "fr" and x < 0.25:
            rl = "nl"
    pinned = None
    for L, lst in SUPPLIERS.items():
        for tup in lst:
            toks = [w for w in tup[2].split() + [tup[0].split()[-1]] if len(w) >= 4 and w[0].isupper()
                    and w not in ("Team", "Service", "Credit", "Accounts", "Billing", "Control", "Administratie", "Buchhaltung",
                                  "Debiteurenbeheer", "Forderungsmanagement", "Facturatie", "Services", "Supplies", "Solutions",
                                  "Hire", "Design", "GmbH", "B.V.", "SARL", "Noord", "Wallonie", "Oost", "Transport", "Krause")
                    or w in ("Krause",)]
            if any(re.search(r"\b" + re.escape(w) + r"\b", item["t"]) for w in set(toks)):
                pinned = (L, tup)
    if pinned:
        rl = pinned[0]
        sup, dom, contact = pinned[1]
    else:
        sup, dom, contact = rng.choice(SUPPLIERS[rl])
    n = rng.randint(0, 10**6)
    fmt = item.get("invfmt") or rng.choice(INV_FORMATS)
    dt = datetime.datetime(2024, 9, 2) + datetime.timedelta(days=rng.randint(0, 300), hours=rng.randint(7, 17), minutes=rng.randint(0, 59))
    if dt.weekday() >= 5:
        dt += datetime.timedelta(days=7 - dt.weekday())
    due = dt - datetime.timedelta(days=rng.choice([7, 10, 14, 21, 30]))
    inv = fmt.format(y=due.year, yy=str(due.year)[2:], n4=f"{n % 10000:04d}", n5=f"{n % 100000:05d}", n6=f"{n:06d}")
    amt = item.get("amt") or amount(rng, rl)
    link = f"https://pay.{dom}/i/{rng.randint(10**7, 10**8):x}"
    sender_name = contact if contact[0].isupper() and " " in contact and contact.split()[0] not in ("Team", "Service", "Credit", "Accounts", "Billing") else sup
    local = rng.choice({"nl": ["debiteuren", "facturatie", "administratie", "noreply"], "en": ["credit.control", "accounts", "billing", "noreply"],
                        "de": ["buchhaltung", "forderungen", "rechnungen", "noreply"], "fr": ["recouvrement", "compta", "facturation", "noreply"]}[rl])
    if sender_name == contact and rng.random() < 0.6:
        first, last = contact.split()[0], contact.split()[-1]
        local = (first[0] + "." + last).lower().replace("è", "e") if rng.random() < 0.5 else first.lower()
    email = f"{local}@{dom}"
    todom = rng.choice(TODOM[lang])
    if todom in FREEMAIL:
        to = rng.choice(PERSONAL[lang]) + "@" + todom
    else:
        to = rng.choice(RECIP[lang]) + "@" + todom
    subj = rng.choice(SUBJ[rl]).format(inv=inv)
    body = rng.choice(REM[rl]).format(inv=inv, amt=amt, due=fmt_date(due, rl), supplier=sup, contact=contact, link=link)
    hdr, mode = header(style, sender_name, email, to, subj, dt)
    if mode == ">":
        q = hdr + "\n" + "\n".join(("> " + l) if l else ">" for l in body.split("\n"))
    elif mode == "apple":
        q = "> " + hdr + "\n> \n" + "\n".join(("> " + l) if l else ">" for l in body.split("\n"))
    else:
        q = hdr + "\n\n" + body
    return q, inv, amt, sup


def main():
    out = []
    for lang in ["nl", "en", "de", "fr"]:
        mod = importlib.import_module(f"data_{lang}")
        items = list(mod.ITEMS)
        rng = random.Random(f"v3-{lang}")
        rng.shuffle(items)
        for i, it in enumerate(items, 1):
            text = it["t"]
            quoted = "q" in it and it["q"] is not None
            if quoted:
                q, inv, amt, sup = build_quote(it, rng, lang)
                text = text.replace("{inv}", inv).replace("{amt}", amt).replace("{sup}", sup)
                sep = "\n\n"
                if it.get("mob"):
                    text = text.rstrip() + "\n\n" + it["mob"]
                text = text.rstrip() + sep + q
            assert "{inv}" not in text and "{amt}" not in text, text
            out.append({"id": f"v3-{lang}-{i}", "text": text, "reason": it["r"], "secondary": list(it.get("s", [])),
                        "language": lang, "channel": it["c"], "quoted": quoted})
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "independent-v3.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out), "rows written")


if __name__ == "__main__":
    main()
