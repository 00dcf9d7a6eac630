"""Assemble independent-v4.jsonl from the hand-written rows in data_*.py.

Quoted rows get a neutral, hand-written reminder underneath in the requested header style.
Invoice numbers, amounts, dates and suppliers are filled in with a seeded RNG; a reply that
mentions {inv}, {amt} or {contact} gets the same values as its quote.
"""
import datetime, json, os, random, re

import data_nl, data_en, data_de, data_fr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "independent-v4.jsonl"))

rng = random.Random(20261205)

# (name, domain, contact, reminder languages the supplier writes in, currency)
SUPPLIERS = [
    ("Veldkamp Installatietechniek B.V.", "veldkamp-installatie.nl", "Marieke de Wit", "nl en", "EUR"),
    ("Brightline Office Supplies Ltd", "brightline-office.co.uk", "Tom Hargreaves", "en", "GBP"),
    ("Nordwerk Logistik GmbH", "nordwerk-logistik.de", "Sabine Krüger", "de en", "EUR"),
    ("Atelier Lumière SARL", "atelier-lumiere.fr", "Camille Roux", "fr en", "EUR"),
    ("Duinzicht Schoonmaakdiensten", "duinzicht-schoonmaak.nl", "Kevin Smits", "nl", "EUR"),
    ("Hollis & Grant Catering", "hollisgrant.ie", "Aoife Byrne", "en", "EUR"),
    ("Alpentech Service AG", "alpentech.ch", "Lukas Brunner", "de fr en", "CHF"),
    ("Imprimerie Vandenberghe SRL", "vandenberghe-print.be", "Sophie Lambert", "fr nl en", "EUR"),
    ("Kade 12 Drukwerk", "kade12.nl", "Ruben Jansen", "nl", "EUR"),
    ("Castlegate IT Services", "castlegate-it.co.uk", "Priya Patel", "en", "GBP"),
    ("Groothandel Verbeke NV", "verbeke-groothandel.be", "Pieter Verbeke", "nl fr", "EUR"),
    ("Lechner Haustechnik GmbH", "lechner-haustechnik.at", "Thomas Lechner", "de", "EUR"),
]

# Neutral reminder bodies, hand-written. {inv} {amt} {due} {supplier} {contact}
REMINDERS = {
    "en": [
        "Dear customer,\n\nOur records show that invoice {inv} for {amt} was due on {due} and is still open.\n"
        "Please arrange payment at your earliest convenience, or use the link on the invoice page.\n"
        "If you have already paid, please ignore this message.\n\nKind regards,\n{contact}\n{supplier}",
        "Hello,\n\nA friendly reminder: invoice {inv} ({amt}, due {due}) has not been paid yet.\n"
        "You can pay online via the payment page. Questions? Just reply to this e-mail.\n\nBest,\n{contact}\nAccounts Receivable | {supplier}",
        "Dear Sir/Madam,\n\nWe have not yet received payment of invoice {inv} in the amount of {amt}, due {due}.\n"
        "We kindly ask you to settle this amount within 7 days.\n\nYours faithfully,\n{contact}\n{supplier}",
    ],
    "nl": [
        "Beste klant,\n\nVolgens onze administratie staat factuur {inv} van {amt} nog open. De vervaldatum was {due}.\n"
        "Wilt u het bedrag zo spoedig mogelijk overmaken? Betalen kan ook via de betaallink.\n"
        "Heeft u al betaald, dan kunt u dit bericht als niet verzonden beschouwen.\n\nMet vriendelijke groet,\n{contact}\n{supplier}",
        "Hallo,\n\nEven een herinnering: factuur {inv} ({amt}, vervallen op {due}) is nog niet voldaan.\n"
        "Je kunt direct betalen via de betaalpagina. Vragen? Beantwoord gewoon deze mail.\n\nGroet,\n{contact}\n{supplier}",
        "Geachte heer/mevrouw,\n\nOndanks onze eerdere herinnering hebben wij de betaling van factuur {inv} ten bedrage van {amt} nog niet ontvangen.\n"
        "Wij verzoeken u het bedrag binnen 7 dagen te voldoen.\n\nHoogachtend,\n{contact}\nDebiteurenbeheer {supplier}",
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nlaut unserer Buchhaltung ist die Rechnung {inv} über {amt} (fällig am {due}) noch offen.\n"
        "Bitte überweisen Sie den Betrag zeitnah oder nutzen Sie den Zahlungslink.\n"
        "Sollten Sie bereits gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.\n\nMit freundlichen Grüßen\n{contact}\n{supplier}",
        "Hallo,\n\nkurze Erinnerung: Rechnung {inv} ({amt}, fällig {due}) ist noch nicht beglichen.\n"
        "Sie können direkt auf der Zahlungsseite bezahlen.\n\nViele Grüße\n{contact}\nDebitorenbuchhaltung, {supplier}",
    ],
    "fr": [
        "Madame, Monsieur,\n\nSauf erreur de notre part, la facture {inv} d'un montant de {amt}, échue le {due}, reste impayée.\n"
        "Nous vous remercions de bien vouloir procéder au règlement dans les meilleurs délais.\n"
        "Si le paiement a déjà été effectué, merci de ne pas tenir compte de ce message.\n\nCordialement,\n{contact}\n{supplier}",
        "Bonjour,\n\nPetit rappel : la facture {inv} ({amt}, échéance {due}) n'est pas encore réglée.\n"
        "Vous pouvez payer directement sur la page de paiement.\n\nBien à vous,\n{contact}\nService comptabilité clients – {supplier}",
    ],
}

MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "nl": ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
}
DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
}


FULL_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
}


def header(style, ctx):
    dt = ctx["sent"]
    d, m, y, hh, mm = dt.day, dt.month, dt.year, dt.hour, dt.minute
    who, addr, subj = ctx["contact"], ctx["addr"], ctx["subject"]
    L = style.split("_")[-1]
    L = L if L in MONTHS else "en"
    mon, full = MONTHS[L][m - 1], FULL_MONTHS[L][m - 1]
    day = DAYS[L][dt.weekday()]
    if style == "gmail_en":
        return f"On {day[:3]}, {d} {mon} {y} at {hh:02d}:{mm:02d}, {who} <{addr}> wrote:"
    if style == "gmail_us":
        return f"On {day[:3]}, {mon} {d}, {y} at {hh % 12 or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'} {who} <{addr}> wrote:"
    if style == "gmail_nl":
        return f"Op {day[:2]} {d} {mon} {y} om {hh:02d}:{mm:02d} schreef {who} <{addr}>:"
    if style == "gmail_de":
        return f"Am {day[:2]}., {d}. {mon} {y} um {hh:02d}:{mm:02d} Uhr schrieb {who} <{addr}>:"
    if style == "gmail_fr":
        return f"Le {day[:3]}. {d} {mon} {y} à {hh:02d}:{mm:02d}, {who} <{addr}> a écrit :"
    if style == "outlook_en":
        return (f"________________________________\nFrom: {who} <{addr}>\nSent: {day}, {d} {full} {y} {hh:02d}:{mm:02d}\n"
                f"To: Accounts Payable\nSubject: {subj}\n")
    if style == "outlook_nl":
        return (f"Van: {who} <{addr}>\nVerzonden: {day} {d} {full} {y} {hh:02d}:{mm:02d}\n"
                f"Aan: Crediteurenadministratie\nOnderwerp: {subj}\n")
    if style == "outlook_de":
        return (f"Von: {who} <{addr}>\nGesendet: {day}, {d}. {full} {y} {hh:02d}:{mm:02d}\n"
                f"An: Buchhaltung\nBetreff: {subj}\n")
    if style == "outlook_fr":
        return (f"De : {who} <{addr}>\nEnvoyé : {day} {d} {full} {y} {hh:02d}:{mm:02d}\n"
                f"À : Comptabilité fournisseurs\nObjet : {subj}\n")
    if style in ("orig_en", "orig_nl", "orig_de", "orig_fr"):
        line = {"orig_en": "-----Original Message-----", "orig_nl": "-----Oorspronkelijk bericht-----",
                "orig_de": "-----Ursprüngliche Nachricht-----", "orig_fr": "-----Message d'origine-----"}[style]
        k = {"orig_en": ("From", "Sent", "To", "Subject"), "orig_nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
             "orig_de": ("Von", "Gesendet", "An", "Betreff"), "orig_fr": ("De", "Envoyé", "À", "Objet")}[style]
        return (f"{line}\n{k[0]}: {who} [mailto:{addr}]\n{k[1]}: {d:02d}.{m:02d}.{y} {hh:02d}:{mm:02d}\n"
                f"{k[2]}: info\n{k[3]}: {subj}\n")
    if style == "apple_en":
        return f"On {d} {full} {y}, at {hh:02d}:{mm:02d}, {who} <{addr}> wrote:"
    if style == "apple_nl":
        return f"Op {d} {mon} {y} om {hh:02d}:{mm:02d} heeft {who} <{addr}> het volgende geschreven:"
    if style == "apple_de":
        return f"Am {d:02d}.{m:02d}.{y} um {hh:02d}:{mm:02d} schrieb {who} <{addr}>:"
    if style == "apple_fr":
        return f"Le {d} {mon} {y} à {hh:02d}:{mm:02d}, {who} <{addr}> a écrit :"
    if style == "mobile_en":
        return f"From: {who} <{addr}>\nDate: {day}, {d} {full} {y} at {hh:02d}:{mm:02d}\nSubject: {subj}\n"
    raise KeyError(style)


MOBILE_SIG = {"mobile_en": "Sent from my iPhone", "apple_nl": "Verstuurd vanaf mijn iPhone",
              "apple_de": "Von meinem iPhone gesendet", "apple_fr": "Envoyé de mon iPhone"}

SUBJECTS = {"en": "Payment reminder – invoice {inv}", "nl": "Betalingsherinnering factuur {inv}",
            "de": "Zahlungserinnerung Rechnung {inv}", "fr": "Rappel de paiement – facture {inv}"}


def money(lang, cur, v):
    sym = {"EUR": "€", "GBP": "£", "CHF": "CHF"}[cur]
    if lang == "en":
        return f"{sym}{v:,.2f}" if cur != "CHF" else f"CHF {v:,.2f}"
    s = f"{v:,.2f}"
    if lang == "fr":
        s = s.replace(",", "\u202f").replace(".", ",")
        return f"{s} {sym}"
    s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return f"€ {s}" if lang == "nl" and cur == "EUR" else f"{s} {cur}" if lang == "de" else f"{sym} {s}"


START = datetime.datetime(2026, 11, 16, 0, 0)


def build_row(lang, r):
    style = r["style"] or ""
    qlang = style.split("_")[-1] if style else lang
    if qlang not in REMINDERS:
        qlang = "en"
    pool = [s for s in SUPPLIERS if qlang in s[3].split()]
    sup, dom, contact, _, cur = rng.choice(pool)
    m = re.search(r"\b(?:Hi|Hello|Dear|Hallo|Beste|Hoi|Liebe|Lieber|Bonjour|Chère|Cher|Frau|Herr|Madame)\s+([A-ZÀ-Ý]\w+)", r["text"])
    if m:
        for s in SUPPLIERS:
            if m.group(1) in (s[2].split()[0], s[2].split()[-1]):
                sup, dom, contact, _, cur = s
    sent = START + datetime.timedelta(days=rng.randint(0, 18), hours=rng.randint(7, 18), minutes=rng.randint(0, 59))
    while sent.weekday() > 4:
        sent -= datetime.timedelta(days=1)
    due = sent - datetime.timedelta(days=rng.randint(10, 45))
    ctx = {
        "inv": rng.choice(["INV-", "F", "2026-", "RE", "FA", "VF"]) + str(rng.randint(10000, 99999)),
        "amt": money(qlang, cur, rng.randint(35, 18000) + rng.choice([0, 0.5, 0.95, 0.25, 0.8])),
        "sent": sent, "contact": contact, "supplier": sup,
        "due": due.strftime("%d/%m/%Y") if qlang in ("en", "fr") else due.strftime("%d-%m-%Y") if qlang == "nl" else due.strftime("%d.%m.%Y"),
    }
    ctx["addr"] = rng.choice({"nl": ["debiteuren", "administratie", "facturatie"], "en": ["ar", "accounts", "billing", "credit.control"],
                              "de": ["buchhaltung", "debitoren", "mahnwesen"], "fr": ["compta", "recouvrement", "facturation"]}[qlang]) + "@" + dom
    text = r["text"].replace("{inv}", ctx["inv"]).replace("{amt}", ctx["amt"]).replace("{contact}", contact.split()[0])
    if r["kind"] == "quoted":
        body = rng.choice(REMINDERS[qlang]).format(**ctx)
        ctx["subject"] = SUBJECTS[qlang].format(**ctx)
        if style.startswith("gt"):
            head = {"en": f"{contact} <{ctx['addr']}> wrote:", "nl": f"{contact} <{ctx['addr']}> schreef:",
                    "de": f"{contact} schrieb:", "fr": f"{contact} a écrit :"}[qlang]
        else:
            head = header(style, ctx)
        if style.startswith(("gmail", "apple", "gt")):
            quoted = "\n".join(("> " + l) if l else ">" for l in body.split("\n"))
        else:
            quoted = body
        sig = MOBILE_SIG.get(style)
        if sig and rng.random() < 0.6:
            text = text.rstrip() + "\n\n" + sig
        text = text.rstrip() + "\n\n" + head + "\n" + quoted
    return {
        "text": text, "reason": r["reason"], "secondary": r["secondary"], "language": lang,
        "channel": "chat" if r["kind"] == "chat" else "email", "quoted": r["kind"] == "quoted",
    }


def main():
    out = []
    for lang, mod in (("nl", data_nl), ("en", data_en), ("de", data_de), ("fr", data_fr)):
        rows = [build_row(lang, r) for r in mod.ROWS]
        rng.shuffle(rows)
        for i, row in enumerate(rows, 1):
            out.append({"id": f"v4-{lang}-{i}", **row})
    with open(OUT, "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows to {OUT}")


if __name__ == "__main__":
    main()
